import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

/** /talks/{id} */
export class TalkPage {
  readonly heading: Locator;
  readonly meta: Locator;
  readonly speakers: Locator;
  readonly slot: Locator;
  readonly icsLink: Locator;
  readonly abstract: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.meta = main.getByTestId("talk-meta");
    this.speakers = main.getByTestId("talk-speaker");
    this.slot = main.getByTestId("talk-slot");
    this.icsLink = main.getByRole("link", { name: text("カレンダーに追加 (.ics)", "Add to calendar (.ics)") });
    this.abstract = main.getByRole("region", { name: text("概要", "Abstract") });
  }

  async goto(id: string) {
    await this.page.goto(`/talks/${id}`);
  }
}
