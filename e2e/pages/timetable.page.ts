import type { Locator, Page } from "@playwright/test";
import { fieldName, text } from "./labels";

export type SlotValues = {
  /** The kind's label: "トーク", "オープニング", … */
  kind: string;
  /** A room's name, or undefined for all rooms */
  room?: string;
  /** datetime-local text in the event's zone */
  startsAt: string;
  endsAt: string;
  /** For talks: the talk's title */
  talk?: string;
  title?: string;
};

/** /events/{id}/timetable/edit */
export class TimetableEditor {
  readonly heading: Locator;
  readonly rooms: Locator;
  readonly roomName: Locator;
  readonly addRoomButton: Locator;
  readonly slotForm: Locator;
  readonly slots: Locator;
  readonly conflicts: Locator;
  readonly publishState: Locator;
  readonly publishButton: Locator;
  readonly unpublishButton: Locator;
  /** "未公開の変更が n 件あります。": changes since the last published version */
  readonly pendingChanges: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.rooms = main.getByTestId("room-row");
    const addRoom = main.getByRole("form", { name: text("部屋を追加", "Add room") });
    this.roomName = addRoom.getByLabel(text("部屋の名前", "Room name"));
    this.addRoomButton = addRoom.getByRole("button", { name: text("部屋を追加", "Add room") });
    this.slotForm = main.getByRole("form", { name: text("枠を追加", "Add a slot") });
    this.slots = main.getByTestId("slot-row");
    this.conflicts = main.getByRole("region", { name: text("問題点", "Problems") });
    this.publishState = main.getByTestId("publish-state");
    this.publishButton = main.getByRole("button", { name: text("公開する", "Publish") });
    this.unpublishButton = main.getByRole("button", { name: text("非公開にする", "Unpublish") });
    this.pendingChanges = main.getByTestId("pending-changes");
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/timetable/edit`);
  }

  /** The button that publishes the changes as version `n` (2 and later). */
  publishVersionButton(n: number): Locator {
    return this.page.getByRole("main").getByRole("button", { name: text(`バージョン ${n} を公開`, `Publish version ${n}`) });
  }

  room(name: string): Locator {
    return this.page.getByRole("main").locator(`[data-testid="room-row"][aria-label="${name.replace(/"/g, '\\"')}"]`);
  }

  async addRoom(name: string) {
    const before = await this.rooms.count();
    await this.roomName.fill(name);
    await this.addRoomButton.click();
    await this.rooms.nth(before).waitFor();
  }

  slot(title: string): Locator {
    return this.slots.filter({ hasText: title });
  }

  async addSlot(values: SlotValues) {
    const form = this.slotForm;
    const before = await this.slots.count();
    await form.getByLabel(fieldName("種類", "Kind")).selectOption({ label: values.kind });
    await form.getByLabel(fieldName("部屋", "Room")).selectOption(values.room ? { label: values.room } : { value: "" });
    if (values.talk) {
      const select = form.getByLabel(fieldName("トーク", "Talk"));
      const value = await select.locator("option", { hasText: values.talk }).getAttribute("value");
      await select.selectOption(value!);
    }
    await form.getByLabel(fieldName("開始", "Starts")).fill(values.startsAt);
    await form.getByLabel(fieldName("終了", "Ends")).fill(values.endsAt);
    if (values.title !== undefined) await form.getByLabel(fieldName("表示名", "Title")).fill(values.title);
    await form.getByRole("button", { name: text("追加", "Add") }).click();
    await this.slots.nth(before).waitFor();
  }

  async publish() {
    await this.publishButton.click();
    await this.unpublishButton.waitFor();
  }
}

/** /events/{id}/schedule: the public timetable. */
export class SchedulePage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly list: Locator;
  readonly notPublished: Locator;
  readonly icsLink: Locator;
  readonly jsonLink: Locator;
  readonly frabLink: Locator;
  /** The current version's heading and its changelog (older versions are folded below it). */
  readonly version: Locator;
  readonly versionHeading: Locator;
  readonly changes: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.heading = main.getByRole("heading", { level: 1 });
    this.grid = main.getByTestId("timetable-grid");
    this.list = main.getByTestId("timetable-list");
    this.notPublished = main.getByRole("note");
    this.icsLink = main.getByRole("link", { name: /\.ics/ });
    this.jsonLink = main.getByRole("link", { name: "JSON", exact: true });
    this.frabLink = main.getByRole("link", { name: "frab XML", exact: true });
    this.version = main.getByTestId("schedule-version");
    this.versionHeading = this.version.getByRole("heading", { level: 2 });
    this.changes = this.version.locator(":scope > [data-testid=version-changes] > li");
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/schedule`);
  }

  roomHeader(name: string): Locator {
    return this.grid.getByTestId("room-header").filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) });
  }

  /** A slot of the wide-screen grid by its title. */
  gridSlot(title: string): Locator {
    return this.grid.locator("[data-slot-id]").filter({ has: this.page.getByTestId("slot-title").filter({ hasText: title }) });
  }

  talkLink(title: string): Locator {
    return this.grid.getByRole("link", { name: title, exact: true });
  }
}
