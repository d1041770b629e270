import type { Locator, Page } from "@playwright/test";

/** The grid editor of /events/{id}/timetable/edit: unscheduled talks, day grids, cards. */
export class TimetableGridEditor {
  readonly root: Locator;
  readonly status: Locator;
  readonly unscheduled: Locator;
  readonly items: Locator;
  readonly versionBox: Locator;
  readonly announcement: Locator;

  constructor(private readonly page: Page) {
    const main = page.getByRole("main");
    this.root = main.getByTestId("grid-editor");
    this.status = main.getByTestId("grid-status");
    this.unscheduled = main.getByTestId("unscheduled-talk");
    this.items = main.getByTestId("grid-item");
    this.versionBox = main.getByTestId("pending-changes");
    // dnd-kit's live region: what a screen reader hears while dragging.
    this.announcement = page.locator("[id^=DndLiveRegion]");
  }

  async goto(eventId: string) {
    await this.page.goto(`/events/${eventId}/timetable/edit`);
    await this.root.waitFor();
  }

  talk(title: string): Locator {
    return this.unscheduled.and(this.page.locator(`[data-title="${title}"]`));
  }

  item(title: string): Locator {
    return this.items.and(this.page.locator(`[data-title="${title}"]`));
  }

  column(day: string, roomId: string): Locator {
    return this.page.locator(`[data-grid-column="col|${day}|${roomId}"]`);
  }

  moveHandle(title: string): Locator {
    return this.item(title).getByRole("button").first();
  }

  resizeHandle(title: string): Locator {
    return this.item(title).getByTestId("grid-resize");
  }

  /** Scrolls so that the point `offsetPx` below the column's top is `at` pixels from the view's top. */
  private async reveal(column: Locator, offsetPx: number, at = 500) {
    await column.evaluate((el, [off, y]) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY + off! - y!), [offsetPx, at]);
  }

  /** Drags `source` with the mouse so that its top edge lands `offsetPx` below the column's top. */
  async dragWithMouse(source: Locator, column: Locator, offsetPx: number) {
    await this.reveal(column, offsetPx);
    const from = (await source.boundingBox())!;
    const to = (await column.boundingBox())!;
    await this.page.mouse.move(from.x + 10, from.y + 4);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 20, from.y + 12, { steps: 3 });
    await this.page.mouse.move(to.x + 20, to.y + offsetPx + 4, { steps: 12 });
    // The page may have scrolled under the pointer on the way (the drag scrolls near the view's
    // edges): aim again at where the column is now before dropping.
    const now = (await column.boundingBox())!;
    if (Math.abs(now.y - to.y) > 0.5 || Math.abs(now.x - to.x) > 0.5) await this.page.mouse.move(now.x + 20, now.y + offsetPx + 4, { steps: 3 });
    await this.page.mouse.up();
  }

  /** Picks up a focused draggable with Space, presses the keys, drops with Space. */
  async dragWithKeyboard(handle: Locator, keys: string[]) {
    await handle.focus();
    await this.page.keyboard.press("Space");
    // dnd-kit's keyboard sensor listens for the moving keys from the tick after the pick-up.
    await this.page.waitForTimeout(150);
    for (const k of keys) await this.page.keyboard.press(k);
    await this.page.keyboard.press("Space");
  }

  /** Puts the column's top near the view's top, so keyboard moves stay in view without scrolling. */
  async revealColumn(column: Locator) {
    await this.reveal(column, 0, 100);
  }

  /** Puts the point `offsetPx` below the column's top `at` pixels from the view's top (near the top by default). */
  async revealAt(column: Locator, offsetPx: number, at = 150) {
    await this.reveal(column, offsetPx, at);
  }
}
