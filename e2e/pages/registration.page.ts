import type { Locator, Page } from "@playwright/test";
import { acceptNextDialog } from "./dialogs";
import { text } from "./labels";

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Answers by question label: text for a text question, the choice's label for a choice, the labels of the boxes to tick for a multiple choice. */
export type Answers = Record<string, string | string[]>;

/** The 参加枠 / Registration section of an event page. */
export class RegistrationPanel {
  readonly section: Locator;
  readonly signInToApply: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole("main").getByRole("region", { name: text("参加枠", "Registration") });
    this.signInToApply = this.section.getByRole("link", { name: text("サインインして申し込む", "Sign in to apply") });
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}`);
  }

  frame(name: string): Locator {
    return this.section.getByRole("article", { name, exact: true });
  }

  method(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-method");
  }

  counts(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-counts");
  }

  /** ブログ枠: the badge and the note on the frame, and the note above its apply button. */
  reportBadge(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-report-badge");
  }

  reportNote(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-report-note");
  }

  applyReportNote(frame: string): Locator {
    return this.frame(frame).getByTestId("apply-report-note");
  }

  commitment(frame: string): Locator {
    return this.frame(frame).getByTestId("frame-commitment");
  }

  standing(frame: string): Locator {
    return this.frame(frame).getByTestId("standing");
  }

  myRegistration(frame: string): Locator {
    return this.frame(frame).getByTestId("my-registration");
  }

  applyButton(frame: string): Locator {
    return this.frame(frame).getByRole("button", { name: /申し込む|Apply|Enter the lottery|Join the waitlist/ });
  }

  ticketLink(frame: string): Locator {
    return this.frame(frame).getByRole("link", { name: text("チケットを表示", "Show ticket") });
  }

  drawRecordLink(frame: string): Locator {
    return this.frame(frame).getByRole("link", { name: text("抽選の記録", "Draw record") });
  }

  verifyDrawLink(frame: string): Locator {
    return this.frame(frame).getByRole("link", { name: text("抽選結果を検証する", "Verify the draw") });
  }

  cancelButton(frame: string): Locator {
    return this.frame(frame).getByRole("button", { name: text("キャンセルする", "Cancel registration") });
  }

  question(frame: string, label: string): Locator {
    return this.frame(frame).getByLabel(new RegExp(`^${escape(label)}`));
  }

  /** Answers the frame's questions and applies; waits until the page shows the new standing. */
  async apply(frame: string, answers: Answers = {}) {
    const card = this.frame(frame);
    for (const [label, value] of Object.entries(answers)) {
      const group = card.getByRole("group", { name: new RegExp(`^${escape(label)}`) });
      if (Array.isArray(value)) for (const v of value) await group.getByRole("checkbox", { name: v, exact: true }).check();
      else if (await group.count()) await group.getByRole("radio", { name: value, exact: true }).check();
      else await this.question(frame, label).fill(value);
    }
    await this.applyButton(frame).click();
    await this.standing(frame).waitFor();
  }

  /** Cancels after accepting the confirmation dialog; waits until the button is gone. */
  async cancel(frame: string) {
    await acceptNextDialog(this.page);
    await this.cancelButton(frame).click();
    await this.cancelButton(frame).waitFor({ state: "detached" });
  }
}

/** /registrations/{id}/ticket */
export class TicketPage {
  readonly heading: Locator;
  readonly receipt: Locator;
  readonly status: Locator;
  readonly name: Locator;
  readonly qr: Locator;
  readonly notConfirmed: Locator;
  readonly notFoundHeading: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.receipt = main.getByTestId("ticket-receipt");
    this.status = main.getByTestId("ticket-status");
    this.name = main.getByTestId("ticket-name");
    this.qr = main.getByRole("img", { name: /QR/ });
    this.notConfirmed = main.getByRole("note");
    this.notFoundHeading = main.getByRole("heading", { name: text("ページが見つかりません", "Page not found") });
  }

  async goto(url: string) {
    await this.page.goto(url);
  }
}

/** /me/events */
export class MyEventsPage {
  readonly heading: Locator;
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.upcoming = main.getByRole("region", { name: text("これから", "Upcoming") });
    this.past = main.getByRole("region", { name: text("過去のイベント", "Past events") });
  }

  /** Opens the page from the header, as a person would. */
  async open() {
    await this.page.getByRole("banner").getByRole("link", { name: text("参加予定", "My events") }).click();
    await this.page.waitForURL("**/me/events");
  }

  item(title: string): Locator {
    return this.upcoming.getByTestId("my-event").filter({ hasText: title });
  }

  status(title: string): Locator {
    return this.item(title).getByTestId("my-event-status");
  }
}
