import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

/** The event page's participant list (参加者), 参加者への情報 and hub sections. */
export class CommunitySections {
  readonly participants: Locator;
  readonly participantInfo: Locator;
  readonly privateOnlineUrl: Locator;
  readonly talks: Locator;
  readonly share: Locator;
  readonly contact: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.participants = main.getByTestId("participant-list");
    this.participantInfo = main.getByRole("region", { name: text("参加者への情報", "Information for participants") });
    this.privateOnlineUrl = main.getByTestId("private-online-url");
    this.talks = main.getByTestId("hub-talks");
    this.share = main.getByTestId("hub-share");
    this.contact = main.getByTestId("hub-contact");
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}`);
  }

  frame(name: string): Locator {
    return this.participants.getByTestId("participant-frame").filter({ has: this.page.getByRole("heading", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }) });
  }

  people(frame: string): Locator {
    return this.frame(frame).getByTestId("participant");
  }

  counts(frame: string): Locator {
    return this.frame(frame).getByTestId("participant-counts");
  }

  shareLink(service: string): Locator {
    return this.share.getByRole("link", { name: new RegExp(service) });
  }
}

/** The application form's anonymity box, in one frame's card. */
export function anonymousCheckbox(page: Page, frameCard: Locator): Locator {
  return frameCard.getByLabel(/参加者一覧に匿名で表示する|Appear anonymously in the participant list/);
}

/** The ticket page's anonymity switch. */
export class AnonymitySwitch {
  readonly region: Locator;
  readonly hideName: Locator;
  readonly showName: Locator;
  readonly participantInfo: Locator;

  constructor(page: Page) {
    const main = page.getByRole("main");
    this.region = main.getByTestId("anonymity");
    this.hideName = this.region.getByRole("button", { name: text("匿名にする", "Appear anonymously") });
    this.showName = this.region.getByRole("button", { name: text("名前を表示する", "Show my name") });
    this.participantInfo = main.getByRole("region", { name: text("参加者への情報", "Information for participants") });
  }
}

/** The event form's participant fields. */
export class EventFormExtras {
  readonly participantInfo: Locator;
  readonly onlineUrlPrivate: Locator;
  readonly notifyRegistrants: Locator;
  readonly save: Locator;
  readonly startsAt: Locator;
  readonly endsAt: Locator;
  readonly venueName: Locator;

  constructor(private readonly page: Page) {
    const form = page.getByRole("main").locator("form");
    this.participantInfo = form.getByLabel(fieldName("参加者への情報", "Information for participants"));
    this.onlineUrlPrivate = form.getByRole("checkbox", { name: /オンライン参加URLを参加者のみに公開する|Share the online URL with participants only/ });
    this.notifyRegistrants = form.getByRole("checkbox", { name: /変更前と変更後をメールで知らせる|mail the registrants/ });
    this.save = form.getByRole("button", { name: text("保存", "Save") });
    this.startsAt = form.getByLabel(fieldName("開始", "Starts"));
    this.endsAt = form.getByLabel(fieldName("終了", "Ends"));
    this.venueName = form.getByLabel(fieldName("会場", "Venue"));
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/edit`);
  }

  /** Saves and waits for the event page. */
  async saveAndWait(eventId: string) {
    await this.save.click();
    await this.page.waitForURL((url) => url.pathname === `/events/${eventId}`);
  }
}

/** /dev/mailbox */
export class Mailbox {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/dev/mailbox");
  }

  mail(...texts: string[]): Locator {
    let l = this.page.getByTestId("mail");
    for (const t of texts) l = l.filter({ hasText: t });
    return l;
  }
}

/** /unsubscribe?token=… */
export class UnsubscribePage {
  readonly button: Locator;
  readonly done: Locator;
  readonly invalid: Locator;

  constructor(page: Page) {
    const main = page.getByRole("main");
    this.button = main.getByRole("button", { name: text("配信を停止する", "Unsubscribe") });
    this.done = main.getByTestId("unsubscribed");
    this.invalid = main.getByRole("alert");
  }
}
