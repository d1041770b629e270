// A Japan Container Days-sized timetable (two days, three tracks, 40 talks, 受付, opening, lunch
// and 懇親会): the talks and rooms come from the API, talks are placed from the list with the
// mouse and with the keyboard, cards are moved to another room and time and resized with the
// keyboard (one arrow key is one 5-minute step, even while the page scrolls under the card),
// and every change is still there after a reload.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
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
  test("shows a two-day, three-track conference, takes talks dragged in with the mouse and the keyboard, and moves and resizes cards with the keyboard", async ({ page, signIn, openSession }) => {
    test.setTimeout(300_000);
    await signIn();
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

    const down = (minutes: number) => Array(minutes / 5).fill("ArrowDown") as string[];
    await test.step("two talks are placed with the keyboard: right into the grid's first room, right twice to Track C, down in 5-minute steps", async () => {
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.talk(key1.title), ["ArrowRight", "ArrowRight", "ArrowRight", ...down(offsetPx("11:00") / 2)]);
      await expect(grid.item(key1.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.item(key1.title)).toHaveAttribute("data-start", utc(D1, "11:00"));
      await expect(grid.announcement).toContainText(`${key1.title} を 11:00、Track C に置きました。`);
      await expect(grid.status).toHaveText("保存しました。");
      // Right past the last room stays in it; left goes back one room, right forward again.
      await grid.revealColumn(grid.column(D1, rooms[0]!.id));
      await grid.dragWithKeyboard(grid.talk(key2.title), ["ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowLeft", "ArrowRight", ...down(offsetPx("11:40") / 2)]);
      await expect(grid.item(key2.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.item(key2.title)).toHaveAttribute("data-start", utc(D1, "11:40"));
      await expect(grid.unscheduled).toHaveCount(0);
    });

    // D2 16:00 and later in Track B is free; the card in Track A at 16:00 moves there, 65 minutes
    // later. It starts near the bottom of the view, so the page has to scroll under it on the way:
    // every arrow key is still exactly one 5-minute step.
    const moved = [...placed.entries()].find(([, p]) => p.day === D2 && p.time === "16:00" && p.room === 0)![0];
    const resized = [...placed.entries()].find(([, p]) => p.day === D1 && p.time === "11:00" && p.room === 0)![0];
    await test.step("a card near the bottom of the view is moved one room right and 65 minutes down with the keyboard", async () => {
      await grid.revealAt(grid.column(D2, rooms[0]!.id), offsetPx("16:00"), 850);
      const scrolledFrom = await page.evaluate(() => window.scrollY);
      await grid.dragWithKeyboard(grid.moveHandle(moved), ["ArrowRight", ...down(70), "ArrowUp"]);
      await expect(grid.item(moved)).toHaveAttribute("data-room", rooms[1]!.id);
      await expect(grid.item(moved)).toHaveAttribute("data-start", utc(D2, "17:05"));
      await expect(grid.item(moved)).toHaveAttribute("data-end", utc(D2, "17:35"));
      await expect(grid.announcement).toContainText(`${moved} を 17:05、Track B に置きました。`);
      await expect(grid.status).toHaveText("保存しました。");
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledFrom);
    });

    await test.step("a card is made 15 minutes longer with the keyboard", async () => {
      await grid.revealAt(grid.column(D1, rooms[0]!.id), offsetPx("11:00"));
      await grid.dragWithKeyboard(grid.resizeHandle(resized), down(15));
      await expect(grid.item(resized)).toHaveAttribute("data-end", utc(D1, "11:45"));
      await expect(grid.item(resized)).toHaveAttribute("data-start", utc(D1, "11:00"));
      await expect(grid.status).toHaveText("保存しました。");
    });

    await test.step("every change survives a reload", async () => {
      await page.reload();
      await expect(grid.item(mouse1.title)).toHaveAttribute("data-start", utc(D1, "16:00"));
      await expect(grid.item(key1.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.item(key1.title)).toHaveAttribute("data-start", utc(D1, "11:00"));
      await expect(grid.item(key2.title)).toHaveAttribute("data-room", rooms[2]!.id);
      await expect(grid.item(key2.title)).toHaveAttribute("data-start", utc(D1, "11:40"));
      await expect(grid.item(moved)).toHaveAttribute("data-room", rooms[1]!.id);
      await expect(grid.item(moved)).toHaveAttribute("data-start", utc(D2, "17:05"));
      await expect(grid.item(moved)).toHaveAttribute("data-end", utc(D2, "17:35"));
      await expect(grid.item(resized)).toHaveAttribute("data-end", utc(D1, "11:45"));
      await expect(grid.unscheduled).toHaveCount(0);
    });
  });
});
