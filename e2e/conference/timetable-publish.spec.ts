// Schedule versions in the browser: the organizer publishes the timetable (version 1), changes it
// in the grid by drag and drop (with the mouse to another time and room, with the keyboard to
// another room and later in the same room), publishes version 2, and a visitor reads on the
// public timetable which version it is and what changed, in Japanese and in English.
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { api, useLocale } from "../pages/conference.page";
import { TimetableGridEditor } from "../pages/timetable-grid.page";
import { SchedulePage, TimetableEditor } from "../pages/timetable.page";

test.use({ viewport: { width: 1400, height: 1000 } });

const DAY = "2031-10-20";
/** The day's grid starts at the event's start, 10:00; 2 px per minute. */
const offsetPx = (hhmm: string) => ((Number(hhmm.slice(0, 2)) - 10) * 60 + Number(hhmm.slice(3))) * 2;
const utc = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+09:00`).toISOString();
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

test.describe("schedule versions", () => {
  test("publishes version 1, moves talks by drag and drop, publishes version 2 and shows what changed in Japanese and English", async ({ page, signIn, openSession }) => {
    test.setTimeout(180_000);
    await signIn();
    const speaker = (await openSession(uniqueEmail("versions-speaker"))).page.request;
    const suffix = uniqueSuffix();
    const group = await api<{ id: string }>(page.request, "POST", "/api/v1/groups", { slug: `ver-${suffix}`, name: `Versions ${suffix}` });
    const event = await api<{ id: string }>(page.request, "POST", "/api/v1/events", { groupId: group.id, title: `Versions ${suffix}`, startsAt: `${DAY}T10:00`, endsAt: `${DAY}T18:00` });
    await api(page.request, "PATCH", `/api/v1/events/${event.id}`, { status: "published" });
    await api(page.request, "PUT", `/api/v1/events/${event.id}/cfp`, { opensAt: "2020-01-01T00:00", closesAt: "2031-09-01T00:00", formats: "Talk 30" });
    const hallA = await api<{ id: string }>(page.request, "POST", `/api/v1/events/${event.id}/rooms`, { name: "Hall A" });
    const hallB = await api<{ id: string }>(page.request, "POST", `/api/v1/events/${event.id}/rooms`, { name: "Hall B" });
    const talk = async (title: string, roomId: string, hhmm: string) => {
      const p = await api<{ id: string }>(speaker, "POST", `/api/v1/events/${event.id}/proposals`, { title, formatId: "talk", level: "beginner", language: "ja" });
      await api(page.request, "PATCH", `/api/v1/proposals/${p.id}`, { status: "accepted" });
      await api(speaker, "PATCH", `/api/v1/proposals/${p.id}`, { status: "confirmed" });
      await api(page.request, "POST", `/api/v1/events/${event.id}/schedule/items`, { kind: "talk", roomId, proposalId: p.id, startsAt: `${DAY}T${hhmm}`, endsAt: utc(`${hhmm.slice(0, 2)}:30`) });
      return title;
    };
    // Three talks: one will move to another time and room, one to another room, one later.
    const travels = await talk(`Moved talk ${suffix}`, hallA.id, "11:00");
    const later = await talk(`Later talk ${suffix}`, hallB.id, "11:00");
    const across = await talk(`Room talk ${suffix}`, hallA.id, "13:00");

    const editor = new TimetableEditor(page);
    const grid = new TimetableGridEditor(page);
    const visitor = await openSession();
    const schedule = new SchedulePage(visitor.page);

    await test.step("the organizer publishes version 1; the public timetable shows it as the first version", async () => {
      await grid.goto(event.id);
      await expect(editor.publishState).toHaveText("非公開（主催者だけが見られます）");
      await editor.publish();
      await expect(page.getByRole("main").getByText("バージョン 1 を公開しました。")).toBeVisible();
      await expect(editor.publishState).toHaveText("公開中");
      await expect(editor.pendingChanges).toHaveCount(0);
      await schedule.goto(event.id);
      await expect(schedule.versionHeading).toContainText("バージョン 1");
      await expect(schedule.version).toContainText("最初に公開したバージョンです。");
      await expect(schedule.changes).toHaveCount(0);
    });

    await test.step("the organizer moves three talks in the grid: with the mouse to 14:00 in Hall B, with the keyboard to Hall B and 30 minutes later", async () => {
      await grid.dragWithMouse(grid.moveHandle(travels), grid.column(DAY, hallB.id), offsetPx("14:00"));
      await expect(grid.item(travels)).toHaveAttribute("data-room", hallB.id);
      await expect(grid.item(travels)).toHaveAttribute("data-start", utc("14:00"));
      await expect(grid.status).toHaveText("保存しました。");

      await grid.revealAt(grid.column(DAY, hallA.id), offsetPx("13:00"));
      await grid.dragWithKeyboard(grid.moveHandle(across), ["ArrowRight"]);
      await expect(grid.item(across)).toHaveAttribute("data-room", hallB.id);
      await expect(grid.item(across)).toHaveAttribute("data-start", utc("13:00"));
      await expect(grid.status).toHaveText("保存しました。");

      await grid.revealAt(grid.column(DAY, hallB.id), offsetPx("11:00"));
      await grid.dragWithKeyboard(grid.moveHandle(later), Array(6).fill("ArrowDown") as string[]);
      await expect(grid.item(later)).toHaveAttribute("data-room", hallB.id);
      await expect(grid.item(later)).toHaveAttribute("data-start", utc("11:30"));
      await expect(grid.status).toHaveText("保存しました。");

      // Nothing is public yet: the editor counts the changes, the public page still shows version 1.
      await expect(editor.pendingChanges).toHaveText("未公開の変更が 3 件あります。");
      await schedule.goto(event.id);
      await expect(schedule.versionHeading).toContainText("バージョン 1");
    });

    await test.step("the organizer publishes version 2; the public timetable shows it and what changed, in Japanese", async () => {
      await editor.publishVersionButton(2).click();
      await expect(page.getByRole("main").getByText("バージョン 2 を公開しました。")).toBeVisible();
      await expect(editor.pendingChanges).toHaveCount(0);
      await expect(editor.publishVersionButton(3)).toHaveCount(0);

      await schedule.goto(event.id);
      await expect(schedule.versionHeading).toContainText("バージョン 2");
      // In the order of the new timetable.
      await expect(schedule.changes).toHaveText([
        new RegExp(`^移動: 「${esc(later)}」 .*11:00.* Hall B → .*11:30.* Hall B$`),
        `会場変更: 「${across}」 Hall A → Hall B`,
        new RegExp(`^移動: 「${esc(travels)}」 .*11:00.* Hall A → .*14:00.* Hall B$`),
      ]);
      await expect(schedule.gridSlot(travels)).toContainText("14:00");
    });

    await test.step("in English, the public timetable shows version 2 and the same changes", async () => {
      await useLocale(visitor.page, "en");
      await schedule.goto(event.id);
      await expect(visitor.page.locator("html")).toHaveAttribute("lang", "en");
      await expect(schedule.versionHeading).toContainText("Version 2");
      await expect(schedule.changes).toHaveText([
        new RegExp(`^Moved: “${esc(later)}” from .*11:00 AM.* Hall B to .*11:30 AM.* Hall B$`),
        `Room changed: “${across}” from Hall A to Hall B`,
        new RegExp(`^Moved: “${esc(travels)}” from .*11:00 AM.* Hall A to .*2:00 PM.* Hall B$`),
      ]);
    });
  });
});
