import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** The ブログ枠 section of an event's manage page: per frame, who has not posted a report. */
export class ReportsSection {
  readonly section: Locator;

  constructor(private readonly page: Page) {
    this.section = page.getByRole("main").getByRole("region", { name: text("ブログ枠の参加レポート", "Reports from blog frames") });
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/manage`);
  }

  frame(name: string): Locator {
    return this.section.getByTestId("reports-frame").filter({ has: this.page.getByRole("heading", { name, exact: true }) });
  }

  missingCount(frame: string): Locator {
    return this.frame(frame).getByTestId("reports-missing-count");
  }

  missingPeople(frame: string): Locator {
    return this.frame(frame).getByTestId("reports-missing-person");
  }
}
