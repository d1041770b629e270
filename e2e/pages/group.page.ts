import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

export type GroupValues = { slug: string; name: string; description?: string };

/** /groups/new */
export class GroupForm {
  readonly slug: Locator;
  readonly name: Locator;
  readonly description: Locator;
  readonly submit: Locator;

  constructor(private readonly page: Page) {
    this.slug = page.getByLabel(fieldName("URL 名", "URL name"));
    this.name = page.getByLabel(fieldName("名前", "Name"));
    this.description = page.getByLabel(fieldName("説明", "Description"));
    this.submit = page.getByRole("main").getByRole("button", { name: text("作成", "Create") });
  }

  async goto() {
    await this.page.goto("/groups/new");
  }

  /** Fills and submits the form, then waits for the new group's page. */
  async create(values: GroupValues) {
    await this.slug.fill(values.slug);
    await this.name.fill(values.name);
    if (values.description !== undefined) await this.description.fill(values.description);
    await this.submit.click();
    await this.page.waitForURL(`**/groups/${values.slug}`);
  }
}

/** /groups/{slug} */
export class GroupPage {
  readonly heading: Locator;
  readonly newEventLink: Locator;
  readonly upcoming: Locator;
  readonly past: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.newEventLink = main.getByRole("link", { name: text("このグループでイベントを作成", "New event in this group") });
    this.upcoming = main.getByRole("region", { name: text("開催予定のイベント", "Upcoming events") });
    this.past = main.getByRole("region", { name: text("過去のイベント", "Past events") });
  }

  async goto(slug: string) {
    return this.page.goto(`/groups/${slug}`);
  }

  upcomingEvent(title: string): Locator {
    return this.upcoming.getByTestId("event-card").filter({ has: this.page.getByRole("link", { name: title, exact: true }) });
  }

  async startNewEvent() {
    await this.newEventLink.click();
    await this.page.waitForURL("**/events/new?group=*");
  }
}
