import type { Locator, Page } from "@playwright/test";
import { text } from "./labels";

export type SearchValues = { keyword?: string; when?: "upcoming" | "past" | "all" };

/** /events: the search form and its results. */
export class EventsSearchPage {
  readonly form: Locator;
  readonly keyword: Locator;
  readonly tag: Locator;
  readonly when: Locator;
  readonly submit: Locator;
  readonly resultsCount: Locator;
  readonly results: Locator;

  constructor(private readonly page: Page) {
    this.form = page.getByRole("search");
    this.keyword = this.form.getByRole("searchbox", { name: text("キーワード", "Keyword") });
    this.tag = this.form.getByRole("combobox", { name: text("タグ", "Tag") });
    this.when = this.form.getByRole("combobox", { name: text("開催時期", "When") });
    this.submit = this.form.getByRole("button", { name: text("検索", "Search") });
    this.resultsCount = page.getByTestId("results-count");
    this.results = page.getByRole("main").getByTestId("event-card");
  }

  async goto(query = "") {
    await this.page.goto(`/events${query}`);
  }

  async search(values: SearchValues) {
    if (values.keyword !== undefined) await this.keyword.fill(values.keyword);
    if (values.when !== undefined) await this.when.selectOption(values.when);
    await this.submit.click();
    await this.page.waitForURL((url) => url.pathname === "/events" && url.searchParams.has("keyword"));
  }

  result(title: string): Locator {
    return this.results.filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  /** Follows a tag link on a result card, the way a visitor narrows a search to one tag. */
  async followTag(title: string, tag: string) {
    await this.result(title).getByRole("link", { name: `#${tag}`, exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get("tag") === tag);
  }

  async openResult(title: string) {
    await this.result(title).getByRole("link", { name: title, exact: true }).click();
    await this.page.waitForURL(/\/events\/[^/?]+$/);
  }
}
