import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { CfpPage, CfpSettingsPage } from "../pages/cfp.page";
import { MyTalksPage, ReviewPage } from "../pages/proposals.page";
import { TalkPage } from "../pages/talk.page";
import { SchedulePage, TimetableEditor } from "../pages/timetable.page";

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

const PHONE = { width: 390, height: 844 };

function talksUi(page: Page) {
  return { page, cfp: new CfpPage(page), cfpSettings: new CfpSettingsPage(page), review: new ReviewPage(page), myTalks: new MyTalksPage(page), editor: new TimetableEditor(page), schedule: new SchedulePage(page), talk: new TalkPage(page) };
}

test.describe("talks from the call for proposals to the timetable", () => {
  test("takes a proposal through review, confirmation and the published timetable", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    // The factory's event runs 2031-06-14 19:00–21:00 in Asia/Tokyo.
    const event = await factory.publishedEvent(await factory.group());
    const organizer = talksUi(page);
    const title = `Containers at scale ${uniqueSuffix()}`;

    await test.step("the organizer opens a call with two formats", async () => {
      await organizer.cfpSettings.goto(event.id);
      await organizer.cfpSettings.open({ opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "LT 5\nTalk 20", tracks: "Kubernetes, Security", guidelines: "## 募集要項\n\nコンテナの話ならなんでも。" });
      await organizer.cfp.goto(event.id);
      await expect(organizer.cfp.formats).toHaveText(["LT（5分）", "Talk（20分）"]);
      await expect(organizer.cfp.period).toContainText("JST");
      await expect(organizer.cfp.guidelines).toContainText("コンテナの話ならなんでも。");
    });

    const speakerEmail = uniqueEmail("speaker");
    const speaker = await openSession(speakerEmail);
    const speakerUi = talksUi(speaker.page);
    const me = (await (await speaker.page.request.get("/api/v1/me")).json()) as { name: string; handle: string };

    await test.step("a speaker finds the call from the event page and submits, after fixing an empty title", async () => {
      await speaker.eventPage.goto(event.id);
      await speaker.page.getByRole("link", { name: "プロポーザル募集中" }).click();
      await expect(speakerUi.cfp.heading).toHaveText("プロポーザル募集");
      await speakerUi.cfp.fill({ title: "", abstract: "大規模な **Kubernetes** クラスタの運用について。", format: "Talk（20分）", level: "中級", language: "日本語", tags: "kubernetes, sre", notes: "デモあり" });
      await speakerUi.cfp.submit.click();
      await expect(speakerUi.cfp.errorFor("title")).toHaveText("入力してください。");
      await expect(speakerUi.cfp.abstract).toHaveValue("大規模な **Kubernetes** クラスタの運用について。");
      await speakerUi.cfp.title.fill(title);
      await speakerUi.cfp.submit.click();
      await speaker.page.waitForURL(/\/me\/talks/);
      await expect(speakerUi.myTalks.submittedNote).toBeVisible();
      await expect(speakerUi.myTalks.status(title)).toHaveText("審査中");
    });

    await test.step("the organizer scores and accepts the proposal", async () => {
      await organizer.review.goto(event.id);
      await expect(organizer.review.row(title)).toContainText("Talk（20分）");
      await expect(organizer.review.row(title)).toContainText("デモあり");
      await organizer.review.score(title, 4, "良さそう");
      await expect(organizer.review.others(title)).toContainText("平均 4.0（1 人）");
      await organizer.review.accept(title);
      await expect(organizer.review.status(title)).toHaveText("採択（返答待ち）");
    });

    await test.step("the speaker confirms the talk on their talks page", async () => {
      await speakerUi.myTalks.goto();
      await expect(speakerUi.myTalks.status(title)).toHaveText("採択（返答待ち）");
      await speakerUi.myTalks.confirm(title);
      await expect(speakerUi.myTalks.status(title)).toHaveText("登壇確定");
      await expect(speakerUi.myTalks.confirmButton(title)).toHaveCount(0);
    });

    await test.step("the organizer builds the timetable and publishes it", async () => {
      await organizer.editor.goto(event.id);
      await organizer.editor.addRoom("Room A");
      await organizer.editor.addRoom("Room B");
      await organizer.editor.addSlot({ kind: "オープニング", startsAt: "2031-06-14T19:00", endsAt: "2031-06-14T19:10" });
      await organizer.editor.addSlot({ kind: "トーク", room: "Room B", talk: title, startsAt: "2031-06-14T19:10", endsAt: "2031-06-14T19:30" });
      await expect(organizer.editor.slot(title).getByTestId("slot-room")).toHaveText("Room B");
      await expect(organizer.editor.slot("オープニング").getByTestId("slot-room")).toHaveText("全部屋");
      await expect(organizer.editor.conflicts).toContainText("問題はありません。");
      await expect(organizer.editor.publishState).toHaveText(/非公開/);
      await organizer.editor.publish();
      await expect(organizer.editor.publishState).toHaveText("公開中");
    });

    const visitor = talksUi((await openSession()).page);
    let talkUrl = "";
    await test.step("anyone sees the talk in the Room B column of the public timetable", async () => {
      await visitor.schedule.goto(event.id);
      await expect(visitor.schedule.heading).toHaveText("タイムテーブル");
      await expect(visitor.schedule.roomHeader("Room B")).toBeVisible();
      const cell = visitor.schedule.gridSlot(title);
      await expect(cell).toHaveAttribute("data-room", "Room B");
      await expect(cell).toContainText("19:10–19:30");
      await expect(cell).toContainText(me.name);
      const header = (await visitor.schedule.roomHeader("Room B").boundingBox())!;
      const box = (await cell.boundingBox())!;
      expect(Math.abs(box.x - header.x)).toBeLessThan(2);
      expect(Math.abs(box.width - header.width)).toBeLessThan(2);
      // The opening spans both rooms.
      const opening = (await visitor.schedule.gridSlot("オープニング").boundingBox())!;
      const roomA = (await visitor.schedule.roomHeader("Room A").boundingBox())!;
      expect(Math.abs(opening.x - roomA.x)).toBeLessThan(2);
      expect(opening.x + opening.width).toBeGreaterThan(header.x + header.width - 2);
      await visitor.schedule.talkLink(title).click();
      await visitor.page.waitForURL(/\/talks\/[^/]+$/);
      talkUrl = visitor.page.url();
    });

    await test.step("during the event the running slot is marked now and the following ones next", async () => {
      const during = talksUi((await openSession()).page);
      await during.page.clock.setFixedTime(new Date("2031-06-14T19:05:00+09:00"));
      await during.schedule.goto(event.id);
      const opening = during.schedule.gridSlot("オープニング");
      const talk = during.schedule.gridSlot(title);
      await expect(opening).toHaveAttribute("aria-current", "time");
      await expect(opening.getByTestId("now-badge")).toHaveText("いま");
      await expect(talk.getByTestId("next-badge")).toHaveText("次");
      await expect(talk).not.toHaveAttribute("aria-current");
    });

    await test.step("the talk page shows the speaker, the slot and a calendar link", async () => {
      await expect(visitor.talk.heading).toHaveText(title);
      await expect(visitor.talk.meta).toContainText("Talk（20分）");
      await expect(visitor.talk.speakers).toHaveCount(1);
      await expect(visitor.talk.speakers).toContainText(me.name);
      await expect(visitor.talk.speakers.getByRole("link", { name: `@${me.handle}` })).toHaveAttribute("href", `/users/${me.handle}`);
      await expect(visitor.talk.abstract.locator("strong")).toHaveText("Kubernetes");
      await expect(visitor.talk.slot).toContainText("Room B");
      const talkId = new URL(talkUrl).pathname.split("/").pop()!;
      const href = await visitor.talk.icsLink.getAttribute("href");
      expect(href).toMatch(new RegExp(`^/api/v1/events/${event.id}/schedule\\.ics\\?slot=[^&]+$`));
      const one = await visitor.page.request.get(href!);
      expect(one.ok()).toBe(true);
      const oneIcs = await one.text();
      expect(oneIcs).toContain(`SUMMARY:${title}`);
      expect(oneIcs).not.toContain("SUMMARY:Opening");
      expect(oneIcs).toContain(`/talks/${talkId}`);
    });

    await test.step("on a phone the timetable is a list by time, and the organizers' pages fit the screen", async () => {
      await visitor.page.setViewportSize(PHONE);
      await visitor.schedule.goto(event.id);
      await expect(visitor.schedule.grid).toBeHidden();
      await expect(visitor.schedule.list.getByRole("link", { name: title, exact: true })).toBeVisible();
      await expect(visitor.schedule.list).toContainText("Room B");
      expect(await horizontalOverflow(visitor.page)).toBeLessThanOrEqual(0);
      await page.setViewportSize(PHONE);
      for (const goto of [() => organizer.editor.goto(event.id), () => organizer.review.goto(event.id)]) {
        await goto();
        await expect(organizer.page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      }
    });

    await test.step("the whole timetable's .ics export holds the talk", async () => {
      await visitor.schedule.goto(event.id);
      const href = await visitor.schedule.icsLink.getAttribute("href");
      const res = await visitor.page.request.get(href!);
      expect(res.ok()).toBe(true);
      expect(res.headers()["content-type"]).toContain("text/calendar");
      const ics = await res.text();
      expect(ics).toContain(`SUMMARY:${title}`);
      expect(ics).toContain("SUMMARY:Opening");
    });
  });
});
