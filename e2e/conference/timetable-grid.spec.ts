// A Japan Container Days-sized timetable (two days, three tracks, 40 talks, 受付, opening, lunch
// and 懇親会): the talks and rooms come from the API, several talks are placed, moved and resized
// in the grid with the mouse and with the keyboard, then the timetable is published, changed and
// published again, and the changelog is checked, in Japanese and in English.
import type { APIRequestContext } from "@playwright/test";
import { expect, signInOverHttp, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { TimetableGridEditor } from "../pages/timetable-grid.page";

test.use({ viewport: { width: 1400, height: 1000 } });

const D1 = "2031-09-10";
const D2 = "2031-09-11";
const TIMES = ["11:00", "11:40", "13:20", "14:00", "14:40", "15:20", "16:00"];
/** Both day grids start at 09:00 (受付 at 09:30); 2 px per minute. */
const offsetPx = (hhmm: string) => ((Number(hhmm.slice(0, 2)) - 9) * 60 + Number(hhmm.slice(3))) * 2;
const utc = (day: string, hhmm: string) => new Date(`${day}T${hhmm}:00+09:00`).toISOString();

async function ok<T>(res: Promise<import("@playwright/test").APIResponse>, status = [200, 201]): Promise<T> {
  const r = await res;
  if (!status.includes(r.status())) throw new Error(`${r.url()}: ${r.status()} ${await r.text()}`);
  return (r.status() === 204 ? null : await r.json()) as T;
}

async function conference(org: APIRequestContext, speakers: APIRequestContext[]) {
  const suffix = uniqueSuffix();
  const group = await ok<{ id: string }>(org.post("/api/v1/groups", { data: { slug: `jcd-${suffix}`, name: `Japan Container Days ${suffix}` } }));
  const event = await ok<{ id: string }>(org.post("/api/v1/events", { data: { groupId: group.id, title: `Japan Container Days ${suffix}`, startsAt: `${D1}T10:00`, endsAt: `${D2}T18:00` } }));
  await ok(org.patch(`/api/v1/events/${event.id}`, { data: { status: "published" } }));
  await ok(org.put(`/api/v1/events/${event.id}/cfp`, { data: { opensAt: "2020-01-01T00:00", closesAt: "2031-08-01T00:00", formats: "Talk 30" } }));
  const rooms: { id: string; name: string }[] = [];
  for (const name of ["Track A", "Track B", "Track C"]) rooms.push(await ok(org.post(`/api/v1/events/${event.id}/rooms`, { data: { name } })));
  const talks: { id: string; title: string }[] = [];
  for (let i = 0; i < 40; i++) {
    const speaker = speakers[i % speakers.length]!;
    const title = `JCD talk ${String(i + 1).padStart(2, "0")} ${suffix}`;
    const p = await ok<{ id: string }>(speaker.post(`/api/v1/events/${event.id}/proposals`, { data: { title, formatId: "talk", level: "intermediate", language: "ja" } }));
    await ok(org.patch(`/api/v1/proposals/${p.id}`, { data: { status: "accepted" } }));
    await ok(speaker.patch(`/api/v1/proposals/${p.id}`, { data: { status: "confirmed" } }));
    talks.push({ id: p.id, title });
  }
  const item = (data: Record<string, unknown>) => ok<{ id: string; version: number }>(org.post(`/api/v1/events/${event.id}/schedule/items`, { data }));
  await item({ kind: "reception", roomId: null, startsAt: `${D1}T09:30`, endsAt: `${D1}T10:00` });
  await item({ kind: "opening", roomId: null, startsAt: `${D1}T10:00`, endsAt: `${D1}T10:20` });
  await item({ kind: "keynote", roomId: null, title: "Keynote", startsAt: `${D1}T10:20`, endsAt: `${D1}T11:00` });
  for (const day of [D1, D2]) await item({ kind: "lunch", roomId: null, startsAt: `${day}T12:20`, endsAt: `${day}T13:20` });
  await item({ kind: "party", roomId: null, title: "懇親会", startsAt: `${D2}T18:00`, endsAt: `${D2}T20:00` });
  // Positions left free: two for keyboard drops, two for mouse drops, two for later moves.
  const free = new Set([`${D1} 11:00 2`, `${D1} 11:40 2`, `${D1} 16:00 1`, `${D1} 16:00 2`, `${D2} 16:00 1`, `${D2} 16:00 2`]);
  const placed = new Map<string, { slotId: string; version: number; day: string; time: string; room: number }>();
  let next = 0;
  for (const day of [D1, D2])
    for (const time of TIMES)
      for (let room = 0; room < 3; room++) {
        if (free.has(`${day} ${time} ${room}`)) continue;
        const talk = talks[next++]!;
        const end = new Date(new Date(`${day}T${time}:00+09:00`).getTime() + 30 * 60_000).toISOString();
        const s = await item({ kind: "talk", roomId: rooms[room]!.id, proposalId: talk.id, startsAt: `${day}T${time}`, endsAt: end });
        placed.set(talk.title, { slotId: s.id, version: s.version, day, time, room });
      }
  return { event, rooms, talks, placed, unscheduled: talks.slice(next) };
}

test.describe("the timetable grid editor", () => {
  test("builds a two-day, three-track conference by drag and drop, publishes, changes and republishes it", async ({ page, signIn, openSession, browser }) => {
    test.setTimeout(300_000);
    const organizerEmail = await signIn();
    const speakers = [];
    for (let i = 0; i < 4; i++) speakers.push((await openSession(uniqueEmail(`jcd-speaker${i}`))).page.request);
    const jcd = await conference(page.request, speakers);
    const { event, rooms, placed, unscheduled } = jcd;
    const grid = new TimetableGridEditor(page);
    expect(unscheduled).toHaveLength(4);
    const pick = (i: number) => unscheduled[i]!;
    const [mouse1, mouse2, key1, key2] = [pick(0), pick(1), pick(2), pick(3)];

    await test.step("the grid shows both days, the rooms as columns and the items before the start as such", async () => {
      await grid.goto(event.id);
      await expect(page.getByTestId("grid-day")).toHaveCount(2);
      await expect(grid.unscheduled).toHaveCount(4);
      await expect(grid.item("受付")).toContainText("開始前");
      await expect(grid.item("懇親会")).toContainText("終了後");
      await expect(grid.item("受付")).toHaveAttribute("data-conflicts", "");
      await expect(page.getByTestId("conflicts")).toHaveCount(0);
    });

    await test.step("two talks are dragged in from the list with the mouse", async () => {
      await grid.dragWithMouse(grid.talk(mouse1.title), grid.column(D1, rooms[1]!.id), offsetPx("16:00"));
      await expect(grid.item(mouse1.title)).toHaveAttribute("data-start", utc(D1, "16:00"));
      await expect(grid.item(mouse1.title)).toHaveAttribute("data-room", rooms[1]!.id);
      await expect(grid.status).toHaveText("保存しました。");
      await grid.dragWithMouse(grid.talk(mouse2.title), grid.column(D1, rooms[2]!.id), offsetPx("16:00"));
      await expect(grid.item(mouse2.title)).toHaveAttribute("data-start", utc(D1, "16:00"));
      await expect(grid.item(mouse2.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.unscheduled).toHaveCount(2);
    });

    await test.step("two talks are placed with the keyboard: right into the grid, right to Track C, down in 5-minute steps", async () => {
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      const down = (hhmm: string) => Array(offsetPx(hhmm) / 10).fill("ArrowDown") as string[];
      await grid.dragWithKeyboard(grid.talk(key1.title), ["ArrowRight", "ArrowRight", "ArrowRight", ...down("11:00")]);
      await expect(grid.item(key1.title)).toHaveAttribute("data-start", utc(D1, "11:00"));
      await expect(grid.item(key1.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.talk(key2.title), ["ArrowRight", "ArrowRight", "ArrowRight", ...down("11:40")]);
      await expect(grid.item(key2.title)).toHaveAttribute("data-start", utc(D1, "11:40"));
      await expect(grid.item(key2.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.unscheduled).toHaveCount(0);
    });

    const first = [...placed.entries()].find(([, p]) => p.day === D1 && p.time === "11:00" && p.room === 0)![0];
    const second = [...placed.entries()].find(([, p]) => p.day === D1 && p.time === "13:20" && p.room === 1)![0];
    await test.step("a card is moved by 10 minutes and another made 15 minutes longer with the keyboard; the overlap shows at once", async () => {
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.moveHandle(second), ["ArrowDown", "ArrowDown"]);
      await expect(grid.item(second)).toHaveAttribute("data-start", utc(D1, "13:30"));
      await expect(grid.item(second)).toHaveAttribute("data-end", utc(D1, "14:00"));
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.resizeHandle(first), ["ArrowDown", "ArrowDown", "ArrowDown"]);
      await expect(grid.item(first)).toHaveAttribute("data-end", utc(D1, "11:45"));
      await expect(grid.item(first).getByTestId("grid-conflict")).toHaveText("⚠ 会場が重複");
    });

    await test.step("a resize to zero length is refused with a message, and nothing changes", async () => {
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.resizeHandle(second), Array(6).fill("ArrowUp") as string[]);
      await expect(grid.status).toHaveText("終了は開始より後にしてください。");
      await expect(grid.item(second)).toHaveAttribute("data-end", utc(D1, "14:00"));
    });

    await test.step("every change survives a reload", async () => {
      await page.reload();
      await expect(grid.item(mouse1.title)).toHaveAttribute("data-start", utc(D1, "16:00"));
      await expect(grid.item(key2.title)).toHaveAttribute("data-start", utc(D1, "11:40"));
      await expect(grid.item(second)).toHaveAttribute("data-start", utc(D1, "13:30"));
      await expect(grid.item(first)).toHaveAttribute("data-end", utc(D1, "11:45"));
      await expect(grid.items).toHaveCount(46);
    });

    await test.step("the API refuses a stale version, another event's room and a zero length", async () => {
      const slot = placed.get(first)!;
      const stale = await page.request.patch(`/api/v1/slots/${slot.slotId}`, { data: { startsAt: `${D1}T11:00`, endsAt: `${D1}T11:30`, version: 1 } });
      expect(stale.status()).toBe(409);
      expect((await stale.json()).error.code).toBe("STALE_VERSION");
      const suffix = uniqueSuffix();
      const otherGroup = await ok<{ id: string }>(page.request.post("/api/v1/groups", { data: { slug: `other-${suffix}`, name: `Other ${suffix}` } }));
      const other = await ok<{ id: string }>(page.request.post("/api/v1/events", { data: { groupId: otherGroup.id, title: `Other ${suffix}`, startsAt: `${D1}T19:00`, endsAt: `${D1}T21:00` } }));
      const otherRoom = await ok<{ id: string }>(page.request.post(`/api/v1/events/${other.id}/rooms`, { data: { name: "Elsewhere" } }));
      const foreign = await page.request.patch(`/api/v1/slots/${slot.slotId}`, { data: { roomId: otherRoom.id, startsAt: `${D1}T11:00`, endsAt: `${D1}T11:30`, version: 2 } });
      expect(foreign.status()).toBe(400);
      expect((await foreign.json()).error.fields.roomId).toBeTruthy();
      const zero = await page.request.patch(`/api/v1/slots/${slot.slotId}`, { data: { startsAt: `${D1}T11:00`, endsAt: `${D1}T11:00`, version: 2 } });
      expect(zero.status()).toBe(400);
    });

    await test.step("publishing makes version 1; the public page shows it", async () => {
      await grid.goto(event.id);
      await page.getByRole("button", { name: "公開する", exact: true }).click();
      await expect(page.getByRole("button", { name: "非公開にする" })).toBeVisible();
      await page.goto(`/events/${event.id}/schedule`);
      await expect(page.getByTestId("schedule-version")).toContainText("バージョン 1");
      await expect(page.getByTestId("schedule-version")).toContainText("最初に公開したバージョンです。");
    });

    const moved = [...placed.entries()].find(([, p]) => p.day === D2 && p.time === "14:00" && p.room === 0)![0];
    const cancelled = [...placed.entries()].find(([, p]) => p.day === D2 && p.time === "15:20" && p.room === 1)![0];
    await test.step("a talk is moved to another room and time with the mouse and another is taken off; version 2 lists both", async () => {
      await grid.goto(event.id);
      const target = grid.column(D2, rooms[2]!.id);
      await grid.dragWithMouse(grid.moveHandle(moved), target, offsetPx("16:00"));
      await expect(grid.item(moved)).toHaveAttribute("data-start", utc(D2, "16:00"));
      await expect(grid.item(moved)).toHaveAttribute("data-room", rooms[2]!.id);
      await ok(page.request.delete(`/api/v1/slots/${placed.get(cancelled)!.slotId}`), [204]);
      await page.reload();
      await expect(grid.versionBox).toContainText("未公開の変更が");
      await page.getByRole("button", { name: "バージョン 2 を公開" }).click();
      await expect(page.getByText("バージョン 2 を公開しました。")).toBeVisible();
      await page.goto(`/events/${event.id}/schedule`);
      const box = page.getByTestId("schedule-version");
      await expect(box).toContainText("バージョン 2");
      await expect(box.getByTestId("version-changes").first()).toContainText(`移動: 「${moved}」`);
      await expect(box.getByTestId("version-changes").first()).toContainText(`中止: 「${cancelled}」`);
      await expect(box.getByTestId("version-changes").first()).toContainText(`「${first}」`);
      const xml = await (await page.request.get(`/api/v1/events/${event.id}/schedule.xml`)).text();
      expect(xml).toContain("<version>2</version>");
      const api = await ok<{ version: number; items: { version: number; changes: string[] }[] }>(page.request.get(`/api/v1/events/${event.id}/schedule/versions`));
      expect(api.version).toBe(2);
      expect(api.items[0]!.changes.some((c) => c.startsWith(`Moved: "${moved}"`))).toBe(true);
    });

    await test.step("in English: the grid, its conflicts, a stale save refused with a clear message, and the changelog", async () => {
      const context = await browser.newContext({ locale: "en-US", viewport: { width: 1400, height: 1000 } });
      const en = await context.newPage();
      await signInOverHttp(en.request, organizerEmail);
      const enGrid = new TimetableGridEditor(en);
      await enGrid.goto(event.id);
      await expect(en.getByRole("heading", { name: "Timetable grid" })).toBeVisible();
      await expect(enGrid.item(first).getByTestId("grid-conflict")).toHaveText("⚠ Room booked twice");
      await expect(enGrid.item("受付")).toContainText("Before the event");
      // Another organizer moves the talk meanwhile; this page still holds the old version.
      const slot = placed.get(second)!;
      await ok(page.request.patch(`/api/v1/slots/${slot.slotId}`, { data: { startsAt: `${D1}T13:20`, endsAt: `${D1}T13:50`, version: 2 } }));
      await enGrid.revealColumn(enGrid.column(D1, rooms[0]!.id));
      await enGrid.dragWithKeyboard(enGrid.moveHandle(second), ["ArrowDown"]);
      await expect(enGrid.status).toContainText("Someone else changed this item meanwhile");
      await expect(enGrid.item(second)).toHaveAttribute("data-start", utc(D1, "13:20"));
      await en.goto(`/events/${event.id}/schedule`);
      await expect(en.getByTestId("schedule-version")).toContainText("Version 2");
      await expect(en.getByTestId("version-changes").first()).toContainText(`Moved: “${moved}”`);
      await expect(en.getByTestId("version-changes").first()).toContainText(`Cancelled: “${cancelled}”`);
      await context.close();
    });
  });
});
