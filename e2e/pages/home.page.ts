import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** The top page. */
export class HomePage {
  readonly heading: Locator;
  readonly upcoming: Locator;
  readonly upcomingEvents: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.upcoming = main.getByRole("region", { name: text("開催予定のイベント", "Upcoming events") });
    this.upcomingEvents = this.upcoming.getByTestId("event-card");
  }

  async goto() {
    return this.page.goto("/");
  }

  /** Opens the first upcoming event and returns its title. */
  async openFirstUpcomingEvent(): Promise<string> {
    const link = this.upcomingEvents.first().getByRole("heading").getByRole("link");
    const title = (await link.textContent())!.trim();
    await link.click();
    await this.page.waitForURL(/\/events\/[^/?]+$/);
    return title;
  }
}
