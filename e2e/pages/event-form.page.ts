import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

export type EventValues = {
  title: string;
  /** datetime-local text in the event's zone, "2031-05-20T19:00" */
  startsAt: string;
  endsAt: string;
  catchphrase?: string;
  description?: string;
  venueName?: string;
  venueAddress?: string;
  onlineUrl?: string;
  tags?: string;
  seriesNumber?: string;
};

/** /events/new and /events/{id}/edit */
export class EventForm {
  readonly group: Locator;
  readonly title: Locator;
  readonly catchphrase: Locator;
  readonly startsAt: Locator;
  readonly endsAt: Locator;
  readonly timezone: Locator;
  readonly description: Locator;
  readonly venueName: Locator;
  readonly venueAddress: Locator;
  readonly onlineUrl: Locator;
  readonly tags: Locator;
  readonly seriesNumber: Locator;
  readonly submit: Locator;
  /** The form-level message ("入力内容を確認してください。") */
  readonly formError: Locator;

  constructor(private readonly page: Page) {
    const form = page.getByRole("main").locator("form");
    this.group = form.getByLabel(fieldName("グループ", "Group"));
    this.title = form.getByLabel(fieldName("タイトル", "Title"));
    this.catchphrase = form.getByLabel(fieldName("キャッチコピー", "Catchphrase"));
    this.startsAt = form.getByLabel(fieldName("開始", "Starts"));
    this.endsAt = form.getByLabel(fieldName("終了", "Ends"));
    this.timezone = form.getByLabel(fieldName("タイムゾーン", "Time zone"));
    this.description = form.getByLabel(fieldName("説明", "Description"));
    this.venueName = form.getByLabel(fieldName("会場", "Venue"));
    this.venueAddress = form.getByLabel(fieldName("住所", "Address"));
    this.onlineUrl = form.getByLabel(fieldName("オンライン配信 URL", "Online URL"));
    this.tags = form.getByLabel(fieldName("タグ", "Tags"));
    this.seriesNumber = form.getByLabel(fieldName("回数（第◯回）", "Series number"));
    this.submit = form.getByRole("button", { name: text("作成", "Create") });
    this.formError = form.locator(":scope > [role=alert]");
  }

  async goto(groupId?: string) {
    await this.page.goto(groupId ? `/events/new?group=${encodeURIComponent(groupId)}` : "/events/new");
  }

  /** The error list under one field (by the field's form name, e.g. "endsAt"). */
  errorFor(field: string): Locator {
    return this.page.locator(`#f-${field}-error`);
  }

  async fill(values: EventValues) {
    await this.title.fill(values.title);
    if (values.catchphrase !== undefined) await this.catchphrase.fill(values.catchphrase);
    await this.startsAt.fill(values.startsAt);
    await this.endsAt.fill(values.endsAt);
    if (values.description !== undefined) await this.description.fill(values.description);
    if (values.venueName !== undefined) await this.venueName.fill(values.venueName);
    if (values.venueAddress !== undefined) await this.venueAddress.fill(values.venueAddress);
    if (values.onlineUrl !== undefined) await this.onlineUrl.fill(values.onlineUrl);
    if (values.tags !== undefined) await this.tags.fill(values.tags);
    if (values.seriesNumber !== undefined) await this.seriesNumber.fill(values.seriesNumber);
  }

  /** Creates the event and waits for its page; returns the new event's id. */
  async create(values: EventValues): Promise<string> {
    await this.fill(values);
    await this.submit.click();
    await this.page.waitForURL((url) => /^\/events\/(?!new$)[^/]+$/.test(url.pathname));
    return new URL(this.page.url()).pathname.split("/").pop()!;
  }

  /** Submits values the server is expected to refuse, and waits for the form's error message. */
  async submitRefused(values: EventValues) {
    await this.fill(values);
    await this.submit.click();
    await this.formError.waitFor();
  }
}
