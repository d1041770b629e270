// The suite's fixture: page objects, sign-in, and a small factory that makes groups and events
// through the UI, the way an organizer would, so test data follows the product's rules.
// Every name a test creates carries a unique suffix: tests share one server and database, run
// in parallel, and must not depend on each other or on the demo data.
import { test as base, type APIRequestContext, type Page } from "@playwright/test";
import { EventForm, type EventValues } from "./pages/event-form.page";
import { EventPage } from "./pages/event.page";
import { EventsSearchPage } from "./pages/events-search.page";
import { GroupForm, GroupPage, type GroupValues } from "./pages/group.page";
import { Header } from "./pages/header.page";
import { HomePage } from "./pages/home.page";
import { SignInPage } from "./pages/sign-in.page";
import { TokensPage } from "./pages/tokens.page";

export { expect } from "@playwright/test";

/** A short suffix unique across workers and runs: lowercase letters and digits. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function uniqueEmail(role = "user"): string {
  return `e2e-${role}-${uniqueSuffix()}@example.com`;
}

export type Pages = {
  header: Header;
  home: HomePage;
  signInPage: SignInPage;
  groupForm: GroupForm;
  groupPage: GroupPage;
  eventForm: EventForm;
  eventPage: EventPage;
  eventsSearch: EventsSearchPage;
  tokensPage: TokensPage;
};

export function pagesFor(page: Page): Pages {
  return {
    header: new Header(page),
    home: new HomePage(page),
    signInPage: new SignInPage(page),
    groupForm: new GroupForm(page),
    groupPage: new GroupPage(page),
    eventForm: new EventForm(page),
    eventPage: new EventPage(page),
    eventsSearch: new EventsSearchPage(page),
    tokensPage: new TokensPage(page),
  };
}

/**
 * Signs in with the development credentials provider over HTTP (GET /api/auth/csrf, then
 * POST /api/auth/callback/dev). With a page's `request`, the session cookie lands in that
 * page's browser context. Faster than the sign-in page, for tests that are not about signing in.
 */
export async function signInOverHttp(request: APIRequestContext, email: string): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  if (!csrf.ok()) throw new Error(`GET /api/auth/csrf: ${csrf.status()}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/dev", { form: { csrfToken, email, json: "true" } });
  const body = res.ok() ? ((await res.json()) as { url?: string }) : {};
  if (!res.ok() || !body.url || body.url.includes("error=")) {
    throw new Error(`development sign-in as ${email} failed: ${res.status()} ${JSON.stringify(body)}`);
  }
  const session = (await (await request.get("/api/auth/session")).json()) as { user?: { email?: string } };
  if (session.user?.email !== email.toLowerCase()) throw new Error(`no session for ${email} after signing in`);
}

export type CreatedGroup = GroupValues & { id: string };
export type CreatedEvent = EventValues & { id: string; tag: string };

/** Makes groups and events through the UI as the signed-in user of `page`. */
export class Factory {
  constructor(private readonly page: Page) {}

  async group(values: Partial<GroupValues> = {}): Promise<CreatedGroup> {
    const suffix = uniqueSuffix();
    const group = { slug: `e2e-${suffix}`, name: `E2E Group ${suffix}`, description: "An end-to-end test group.", ...values };
    const pages = pagesFor(this.page);
    await pages.groupForm.goto();
    await pages.groupForm.create(group);
    const href = await pages.groupPage.newEventLink.getAttribute("href");
    const id = new URL(href!, this.page.url()).searchParams.get("group")!;
    return { ...group, id };
  }

  /** A draft event in `group`, created from the group's page; the page ends on the event. */
  async event(group: CreatedGroup, values: Partial<EventValues> = {}): Promise<CreatedEvent> {
    const suffix = uniqueSuffix();
    const tag = `e2e-${suffix}`;
    const event = {
      title: `E2E Container Night ${suffix}`,
      startsAt: "2031-06-14T19:00",
      endsAt: "2031-06-14T21:00",
      venueName: "Hako Hall",
      tags: `docker, ${tag}`,
      ...values,
    };
    const pages = pagesFor(this.page);
    await pages.groupPage.goto(group.slug);
    await pages.groupPage.startNewEvent();
    const id = await pages.eventForm.create(event);
    return { ...event, id, tag };
  }

  /** A published event: created as a draft, then published from its page. */
  async publishedEvent(group: CreatedGroup, values: Partial<EventValues> = {}): Promise<CreatedEvent> {
    const event = await this.event(group, values);
    await pagesFor(this.page).eventPage.publish();
    return event;
  }
}

// Fixture bodies call their callback `provide` (Playwright names it `use`) so React's hook lint
// rule does not mistake it for React's use().
type Fixtures = Pages & {
  /** Signs the test's browser context in as `email` (a new unique user by default); returns the email. */
  signIn: (email?: string) => Promise<string>;
  factory: Factory;
  /** A second, independent browser context (another person), signed in when given an email. */
  openSession: (email?: string) => Promise<{ page: Page } & Pages>;
};

export const test = base.extend<Fixtures>({
  header: async ({ page }, provide) => provide(new Header(page)),
  home: async ({ page }, provide) => provide(new HomePage(page)),
  signInPage: async ({ page }, provide) => provide(new SignInPage(page)),
  groupForm: async ({ page }, provide) => provide(new GroupForm(page)),
  groupPage: async ({ page }, provide) => provide(new GroupPage(page)),
  eventForm: async ({ page }, provide) => provide(new EventForm(page)),
  eventPage: async ({ page }, provide) => provide(new EventPage(page)),
  eventsSearch: async ({ page }, provide) => provide(new EventsSearchPage(page)),
  tokensPage: async ({ page }, provide) => provide(new TokensPage(page)),

  signIn: async ({ page }, provide) => {
    await provide(async (email = uniqueEmail()) => {
      await signInOverHttp(page.request, email);
      return email;
    });
  },

  factory: async ({ page }, provide) => provide(new Factory(page)),

  openSession: async ({ browser }, provide) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await provide(async (email?: string) => {
      // browser.newContext() takes the project's options (baseURL, locale, timezoneId).
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      if (email) await signInOverHttp(page.request, email);
      return { page, ...pagesFor(page) };
    });
    for (const c of contexts) await c.close();
  },
});
