import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** /events/{id} */
export class EventPage {
  readonly heading: Locator;
  readonly draftNotice: Locator;
  readonly organizerTools: Locator;
  readonly publishButton: Locator;
  readonly editLink: Locator;
  readonly when: Locator;
  readonly calendarLink: Locator;
  readonly description: Locator;
  readonly groupLink: Locator;
  readonly notFoundHeading: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.draftNotice = main.getByRole("note").filter({ hasText: /下書き|draft/ });
    this.organizerTools = main.getByRole("region", { name: text("主催者メニュー", "Organizer tools") });
    this.publishButton = main.getByRole("button", { name: text("公開する", "Publish") });
    this.editLink = main.getByRole("link", { name: text("イベントを編集", "Edit event") });
    this.when = main.getByTestId("event-when");
    this.calendarLink = main.getByRole("link", { name: /\.ics/ });
    // The organizer's markdown, rendered: the only prose block on the page.
    this.description = main.locator("article .prose");
    this.groupLink = main.locator("article > header").getByRole("link").first();
    this.notFoundHeading = main.getByRole("heading", { name: text("ページが見つかりません", "Page not found") });
  }

  async goto(id: string) {
    return this.page.goto(`/events/${id}`);
  }

  async gotoEdit(id: string) {
    return this.page.goto(`/events/${id}/edit`);
  }

  tagLink(tag: string): Locator {
    return this.page.getByRole("main").locator("article > header").getByRole("link", { name: `#${tag}`, exact: true });
  }

  meta(property: string): Locator {
    return this.page.locator(`head meta[property="${property}"]`);
  }

  /** Publishes the draft and waits until the page no longer offers to publish it. */
  async publish() {
    await this.publishButton.click();
    await this.publishButton.waitFor({ state: "detached" });
  }
}
