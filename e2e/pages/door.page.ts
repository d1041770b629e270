import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** The door parts of /events/{id}/checkin: the name search, its rows, and walk-ins. */
export class DoorPage {
  readonly heading: Locator;
  readonly notFoundHeading: Locator;
  readonly counter: Locator;
  readonly search: Locator;
  readonly searchButton: Locator;
  readonly rows: Locator;
  readonly empty: Locator;
  readonly walkInName: Locator;
  readonly walkInButton: Locator;
  readonly walkInFull: Locator;
  readonly status: Locator;
  readonly manageLink: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.notFoundHeading = main.getByRole("heading", { name: text("ページが見つかりません", "Page not found") });
    this.counter = main.getByTestId("checkin-counter");
    this.search = main.getByRole("searchbox", { name: fieldName("名前・ハンドル・受付番号", "Name, handle or receipt number") });
    this.searchButton = main.getByRole("button", { name: text("検索", "Search") });
    this.rows = main.getByTestId("door-row");
    this.empty = main.getByTestId("door-empty");
    this.walkInName = main.getByLabel(fieldName("名前", "Name"));
    this.walkInButton = main.getByRole("button", { name: text("当日参加を登録", "Register walk-in") });
    this.walkInFull = main.getByTestId("walk-in-full");
    this.status = main.getByRole("status");
    this.manageLink = main.getByRole("link", { name: text("参加者・参加枠の管理", "Participants and frames") });
  }

  async goto(eventId: string) {
    return this.page.goto(`/events/${eventId}/checkin`);
  }

  async find(query: string) {
    await this.search.fill(query);
    await this.searchButton.click();
    await this.page.waitForURL(/[?&]q=/);
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  checkInButton(name: string): Locator {
    return this.row(name).getByRole("button", { name: new RegExp(`^(?:${name} さんを受付する|Check in ${name})$`) });
  }

  undoButton(name: string): Locator {
    return this.row(name).getByRole("button", { name: new RegExp(`^(?:${name} さんの受付を取り消す|Undo the check-in of ${name})$`) });
  }

  async registerWalkIn(name: string) {
    await this.walkInName.fill(name);
    await this.walkInButton.click();
  }
}
