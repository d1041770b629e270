import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { FrameForm } from "../pages/frame-form.page";
import { RegistrationPanel } from "../pages/registration.page";
import { ReportsSection } from "../pages/reports.page";

test.describe("blog frame (ブログ枠)", () => {
  test("asks applicants for a report, and shows the organizer who has not posted after the event", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const frameName = `ブログ枠 ${uniqueSuffix()}`;
    const form = new FrameForm(page);

    await test.step("the organizer adds a frame with the report checkbox", async () => {
      await form.gotoNew(event.id);
      await expect(form.requiresReport).not.toBeChecked();
      await form.requiresReport.check();
      await form.save({ name: frameName, capacity: 5, method: "first_come", opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59" });
    });

    const frames = ((await (await page.request.get(`/api/v1/events/${event.id}/frames`)).json()) as { items: { id: string; name: string; requiresReport: boolean }[] }).items;
    const frame = frames.find((f) => f.name === frameName)!;
    expect(frame.requiresReport).toBe(true);
    const frameId = frame.id;

    await test.step("the edit form keeps the box checked", async () => {
      await form.gotoEdit(event.id, frameId);
      await expect(form.requiresReport).toBeChecked();
    });

    const writer = await openSession(uniqueEmail("writer"));
    const silent = await openSession(uniqueEmail("silent"));
    const nameOf = async (p: typeof page) => ((await (await p.request.get("/api/v1/me")).json()) as { name: string }).name;
    const silentName = await nameOf(silent.page);
    const writerName = await nameOf(writer.page);

    await test.step("an applicant sees on the event page and in the form that a report is expected", async () => {
      const panel = new RegistrationPanel(silent.page);
      await panel.goto(event.id);
      await expect(panel.reportBadge(frameName)).toHaveText("ブログ枠");
      await expect(panel.reportNote(frameName)).toHaveText("この枠では、参加後に参加レポート（ブログ記事など）の投稿をお願いしています。");
      await expect(panel.applyReportNote(frameName)).toHaveText("申し込むと、イベント後に参加レポートを投稿することをお約束いただいたことになります。");
      await panel.apply(frameName);
      await expect(panel.standing(frameName)).toBeVisible();
    });

    await test.step("another participant applies and posts a report", async () => {
      expect((await writer.page.request.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId } })).status()).toBe(201);
      const res = await writer.page.request.post(`/api/v1/events/${event.id}/materials`, { data: { title: "参加レポート", url: `https://zenn.dev/writer/articles/${frameId}` } });
      expect(res.status(), await res.text()).toBe(201);
    });

    const reports = new ReportsSection(page);
    await test.step("before the event the organizer is told the list comes afterwards", async () => {
      await reports.goto(event.id);
      await expect(reports.section).toContainText("イベント終了後、まだ参加レポートを投稿していない人がここに表示されます。");
      await expect(reports.missingPeople(frameName)).toHaveCount(0);
    });

    await test.step("after the event the organizer sees who has not posted, with the count", async () => {
      const now = Date.now();
      const res = await page.request.patch(`/api/v1/events/${event.id}`, { data: { startsAt: new Date(now - 3 * 3_600_000).toISOString(), endsAt: new Date(now - 3_600_000).toISOString() } });
      expect(res.status(), await res.text()).toBe(200);
      await reports.goto(event.id);
      await expect(reports.missingCount(frameName)).toHaveText("未投稿 1 人 / 対象 2 人");
      await expect(reports.missingPeople(frameName)).toHaveCount(1);
      await expect(reports.missingPeople(frameName)).toContainText(silentName);
      await expect(reports.frame(frameName)).not.toContainText(writerName);
      await expect(reports.frame(frameName)).toContainText("依頼メールの予定");
    });
  });
});
