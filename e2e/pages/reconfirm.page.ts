import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** /reconfirm/{token}: the page a reconfirmation mail's links open (no sign-in). */
export class ReconfirmPage {
  readonly heading: Locator;
  readonly chosen: Locator;
  readonly stillComing: Locator;
  readonly cannotCome: Locator;
  readonly done: Locator;
  readonly answeredState: Locator;
  readonly invalid: Locator;
  readonly formError: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.chosen = main.getByTestId("reconfirm-chosen");
    this.stillComing = main.getByRole("button", { name: text("参加します", "Still coming") });
    this.cannotCome = main.getByRole("button", { name: text("参加できなくなりました", "Can't come") });
    this.done = main.getByTestId("reconfirm-done");
    this.answeredState = main.getByTestId("reconfirm-state");
    this.invalid = main.getByTestId("reconfirm-invalid");
    this.formError = main.getByRole("alert");
  }

  async open(url: string) {
    return this.page.goto(url);
  }
}

/** The reconfirmation part of the frame form and of the manage page. */
export class ReconfirmOrganizer {
  readonly from: Locator;
  readonly until: Locator;
  readonly overview: Locator;
  readonly save: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.from = main.getByLabel(fieldName("参加確認の開始", "Reconfirmation starts"));
    this.until = main.getByLabel(fieldName("参加確認の締め切り", "Reconfirmation ends"));
    this.overview = main.getByTestId("reconfirm-overview");
    this.save = main.locator("form").getByRole("button", { name: text("保存", "Save") });
  }

  async gotoFrame(eventId: string, frameId: string) {
    await this.page.goto(`/events/${eventId}/frames/${frameId}/edit`);
  }

  policy(name: "RELEASE" | "REMIND") {
    return this.page.getByRole("radio", { name: name === "RELEASE" ? /^(補欠に回す|Release)/ : /^(リマインドのみ|Remind only)/ });
  }

  /** Sets the window ("YYYY-MM-DDTHH:mm" in the event's zone) in the frame form and saves. */
  async setWindow(eventId: string, from: string, until: string, policy: "RELEASE" | "REMIND" = "RELEASE") {
    await this.from.fill(from);
    await this.until.fill(until);
    await this.policy(policy).check();
    await this.save.click();
    await this.page.waitForURL((url) => url.pathname === `/events/${eventId}/manage`);
  }

  count(kind: "asked" | "confirmed" | "declined" | "released" | "pending" | "rate") {
    return this.overview.getByTestId(`reconfirm-${kind}`);
  }
}

/** The newest reconfirmation mail to `email` in the development mailbox, with its two links. */
export async function reconfirmLinks(page: Page, email: string): Promise<{ yes: string; no: string; text: string }> {
  // Only this address's mail: on a busy server other tests' mail pushes it out of the newest 100.
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(email)}`);
  const mail = page.getByTestId("mail").filter({ hasText: email }).filter({ hasText: /\/reconfirm\// }).first();
  // Not there yet: fail at once, so that a retry loads the mailbox again (textContent would wait
  // for it on this page, which never changes, until the test's time ran out).
  if ((await mail.count()) === 0) throw new Error(`no reconfirmation mail to ${email} yet`);
  const body = (await mail.textContent()) ?? "";
  const yes = body.match(/https?:\/\/\S+\/reconfirm\/[A-Za-z0-9_-]{32}\?answer=yes/)?.[0];
  const no = body.match(/https?:\/\/\S+\/reconfirm\/[A-Za-z0-9_-]{32}\?answer=no/)?.[0];
  if (!yes || !no) throw new Error(`no reconfirmation links for ${email}`);
  // The mail's links carry the public base URL; the test server answers on its own.
  const local = (u: string) => new URL(u).pathname + new URL(u).search;
  return { yes: local(yes), no: local(no), text: body };
}
