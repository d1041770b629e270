import type { Locator, Page } from "@playwright/test";
import { acceptNextDialog } from "./dialogs";
import { text } from "./labels";

/** /events/{id}/proposals: scoring, and for organizers deciding. */
export class ReviewPage {
  readonly heading: Locator;
  readonly count: Locator;
  readonly bulkForm: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.count = main.getByTestId("proposal-count");
    this.bulkForm = main.getByRole("form", { name: text("まとめて採否を決める", "Decide on several at once") });
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/proposals`);
  }

  row(title: string): Locator {
    return this.page.getByTestId("review-row").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  status(title: string): Locator {
    return this.row(title).getByTestId("proposal-status");
  }

  /** The speaker's answers to the call's questions. */
  answers(title: string): Locator {
    return this.row(title).getByTestId("proposal-answers");
  }

  /** Others' scores, or the note that they show once one has scored. */
  others(title: string): Locator {
    return this.row(title).getByTestId("others-scores");
  }

  async score(title: string, score: number, comment = "") {
    const form = this.row(title).getByRole("form", { name: /の採点$|^Score for/ });
    await form.getByRole("radio", { name: String(score), exact: true }).check();
    await form.getByLabel(text("コメント", "Comment")).fill(comment);
    await form.getByRole("button", { name: text("採点を保存", "Save score") }).click();
    await form.getByRole("status").waitFor();
  }

  async accept(title: string) {
    await this.row(title).getByRole("button", { name: text("採択", "Accept") }).click();
  }

  async reject(title: string) {
    await this.row(title).getByRole("button", { name: text("不採択", "Reject") }).click();
  }
}

/** /me/talks: a speaker's proposals and invitations. */
export class MyTalksPage {
  readonly heading: Locator;
  readonly submittedNote: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.submittedNote = main.getByRole("status");
  }

  async goto() {
    await this.page.goto("/me/talks");
  }

  talk(title: string): Locator {
    return this.page.getByTestId("my-talk").filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }

  status(title: string): Locator {
    return this.talk(title).getByTestId("proposal-status");
  }

  confirmButton(title: string): Locator {
    return this.talk(title).getByRole("button", { name: text("登壇を確定する", "Confirm my talk") });
  }

  async confirm(title: string) {
    await this.confirmButton(title).click();
  }

  /** Withdraws, accepting the browser's confirmation dialog. */
  async withdraw(title: string) {
    await acceptNextDialog(this.page);
    await this.talk(title).getByRole("button", { name: text("取り下げる", "Withdraw") }).click();
  }
}
