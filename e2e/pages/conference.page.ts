import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { acceptNextDialog } from "./dialogs";
import { text } from "./labels";

export type Locale = "ja" | "en";

/** Shows the UI in one language for this browser context (the language switcher's cookie). */
export async function useLocale(page: Page, locale: Locale) {
  await page.context().addCookies([{ name: "hako_locale", value: locale, domain: "localhost", path: "/" }]);
}

/** A JSON API call with the page's session; throws with the body on a failure. */
export async function api<T = Record<string, unknown>>(request: APIRequestContext, method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE", path: string, data?: unknown): Promise<T> {
  const res = await request.fetch(path, { method, data, headers: data === undefined ? {} : { "content-type": "application/json" } });
  if (!res.ok()) throw new Error(`${method} ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** /events/{id}/proposals as a reviewer with criteria sees it. */
export class ReviewQueue {
  readonly rows: Locator;
  constructor(private readonly page: Page) {
    this.rows = page.getByTestId("review-row");
  }
  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/proposals`);
  }
  row(title: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("heading", { name: title, exact: true }) });
  }
  anonymousSpeaker(title: string): Locator {
    return this.row(title).getByTestId("anonymous-speaker");
  }
  others(title: string): Locator {
    return this.row(title).getByTestId("others-scores");
  }
  /** Scores each criterion (in order) and saves. */
  async scoreCriteria(title: string, scores: number[], comment: string) {
    const form = this.row(title).getByRole("form", { name: /の採点$|^Score for/ });
    const criteria = form.getByTestId("criterion");
    for (const [i, s] of scores.entries()) await criteria.nth(i).getByRole("radio").nth(s - 1).check();
    await form.getByRole("textbox").fill(comment);
    await form.getByRole("button", { name: text("採点を保存", "Save score") }).click();
    await form.getByRole("status").waitFor();
  }
}

/** /events/{id}/review: the organizers' review desk. */
export class ReviewDesk {
  readonly reviewers: Locator;
  readonly sendButton: Locator;
  readonly sendForm: Locator;
  constructor(private readonly page: Page) {
    this.reviewers = page.getByTestId("reviewer-progress");
    this.sendForm = page.getByRole("form", { name: /^(準備した決定をまとめて送信|Send staged decisions together)/ });
    this.sendButton = this.sendForm.getByRole("button");
  }
  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/review`);
  }
  proposal(title: string): Locator {
    return this.page.getByTestId("progress-proposal").filter({ hasText: title });
  }
  async stage(title: string, decision: "accept" | "reject" | "waitlist") {
    const form = this.proposal(title).getByRole("form", { name: /の決定を準備$|^Stage a decision on/ });
    await form.getByRole("combobox").selectOption(decision);
    await form.getByRole("button").click();
    await form.getByRole("status").waitFor();
  }
  async sendAll() {
    await acceptNextDialog(this.page);
    await this.sendButton.click();
    await this.sendForm.getByRole("status").waitFor();
  }
}

/** A talk page's ☆ and feedback. */
export class TalkAttendee {
  readonly star: Locator;
  readonly feedbackForm: Locator;
  readonly feedbackResults: Locator;
  constructor(private readonly page: Page) {
    this.star = page.getByTestId("star-button");
    this.feedbackForm = page.getByRole("form", { name: text("感想を送る", "Give feedback") });
    this.feedbackResults = page.getByTestId("feedback-results");
  }
  async goto(talkId: string) {
    await this.page.goto(`/talks/${talkId}`);
  }
  async giveFeedback(rating: number, comment: string) {
    await this.feedbackForm.getByRole("radio", { name: String(rating), exact: true }).check();
    await this.feedbackForm.getByRole("textbox").fill(comment);
    await this.feedbackForm.getByRole("button").click();
  }
}

/** /me/schedule. */
export class MySchedule {
  readonly entries: Locator;
  readonly icsUrl: Locator;
  readonly reset: Locator;
  constructor(private readonly page: Page) {
    this.entries = page.getByTestId("my-schedule-all").getByTestId("my-schedule-entry");
    this.icsUrl = page.getByTestId("ics-url");
    this.reset = page.getByRole("button", { name: text("URL を作り直す", "Make a new URL") });
  }
  async goto() {
    await this.page.goto("/me/schedule");
  }
}
