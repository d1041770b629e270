// An attendee marks talks (☆), reads their schedule on the phone and in a calendar at a private
// URL, and rates a talk after it started; the speaker reads the feedback. In Japanese and English.
import { request as newRequest } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { api, type Locale, MySchedule, TalkAttendee, useLocale } from "../pages/conference.page";

const PHONE = { width: 390, height: 844 };

for (const locale of ["ja", "en"] as Locale[]) {
  test(`an attendee builds a personal schedule and leaves feedback (${locale})`, async ({ page, signIn, factory, openSession, baseURL }) => {
    test.setTimeout(240_000);
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    await api(page.request, "PUT", `/api/v1/events/${event.id}/cfp`, { opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "Talk 20" });
    const title = `Pods at scale ${uniqueSuffix()}`;
    const speaker = await openSession(uniqueEmail("speaker"));
    await useLocale(speaker.page, locale);
    const talk = await api<{ id: string }>(speaker.page.request, "POST", `/api/v1/events/${event.id}/proposals`, { title, formatId: "talk", level: "beginner", language: locale });
    await api(page.request, "PATCH", `/api/v1/proposals/${talk.id}`, { status: "accepted" });
    await api(speaker.page.request, "PATCH", `/api/v1/proposals/${talk.id}`, { status: "confirmed" });
    const frame = await api<{ id: string }>(page.request, "POST", `/api/v1/events/${event.id}/frames`, { name: "General", capacity: 10, method: "first_come", opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T00:00" });

    const attendee = await openSession(uniqueEmail("attendee"));
    await useLocale(attendee.page, locale);
    await api(attendee.page.request, "POST", `/api/v1/events/${event.id}/registrations`, { frameId: frame.id });
    const ui = new TalkAttendee(attendee.page);

    await test.step("before the talk, ☆ adds it to the schedule; feedback is not open yet", async () => {
      await ui.goto(talk.id);
      await expect(ui.feedbackForm).toHaveCount(0);
      await ui.star.click();
      await expect(ui.star).toHaveAttribute("aria-pressed", "true");
      await expect(ui.star).toHaveText(locale === "ja" ? "★ マイスケジュールから外す" : "★ Remove from my schedule");
    });

    let icsPath = "";
    await test.step("the schedule shows on the phone and at a private calendar URL that only its secret opens", async () => {
      await attendee.page.setViewportSize(PHONE);
      const mine = new MySchedule(attendee.page);
      await mine.goto();
      await expect(attendee.page.getByRole("heading", { level: 1 })).toHaveText(locale === "ja" ? "マイスケジュール" : "My schedule");
      await expect(mine.entries).toHaveText([new RegExp(title)]);
      await expect(attendee.page.getByTestId("my-schedule-now")).toBeVisible();
      icsPath = new URL(await mine.icsUrl.inputValue()).pathname;
      const anonymous = await newRequest.newContext({ baseURL });
      const ics = await anonymous.get(icsPath);
      expect(ics.status()).toBe(200);
      // The talk has no slot yet, so the calendar is valid and empty until the timetable places it.
      expect(await ics.text()).toContain("BEGIN:VCALENDAR");
      // Someone else's URL is theirs: the speaker's calendar has nothing of the attendee's.
      const theirs = new URL((await api<{ icsUrl: string }>(speaker.page.request, "GET", "/api/v1/me/schedule")).icsUrl).pathname;
      expect(theirs).not.toBe(icsPath);
      expect((await anonymous.get(theirs)).status()).toBe(200);
      expect((await anonymous.get(`${icsPath.slice(0, -2)}xx`)).status()).toBe(404);
      // A new URL replaces the old one.
      await mine.reset.click();
      await expect(attendee.page.getByRole("status")).toBeVisible();
      expect((await anonymous.get(icsPath)).status()).toBe(404);
      await mine.goto();
      expect((await anonymous.get(new URL(await mine.icsUrl.inputValue()).pathname)).status()).toBe(200);
      await anonymous.dispose();
    });

    await test.step("once the talk has started, the attendee rates it; a stranger cannot", async () => {
      const now = Date.now();
      await api(page.request, "PATCH", `/api/v1/events/${event.id}`, { startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3 * 3_600_000).toISOString() });
      await ui.goto(talk.id);
      await ui.giveFeedback(5, locale === "ja" ? "とても参考になりました" : "Very useful");
      await expect(ui.feedbackForm.getByRole("status")).toHaveText(locale === "ja" ? "感想を送りました。ありがとうございます。" : "Thank you for your feedback.");
      const stranger = await openSession(uniqueEmail("stranger"));
      const refused = await stranger.page.request.post(`/api/v1/talks/${talk.id}/feedback`, { data: { rating: 1 } });
      expect(refused.status()).toBe(403);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("NOT_ATTENDED");
      expect((await stranger.page.request.get(`/api/v1/talks/${talk.id}/feedback`)).status()).toBe(404);
    });

    await test.step("the speaker reads the feedback, without names", async () => {
      const speakerUi = new TalkAttendee(speaker.page);
      await speakerUi.goto(talk.id);
      await expect(speakerUi.feedbackResults).toContainText(locale === "ja" ? "1 件・平均 5.0" : "1 rating, average 5.0");
      await expect(speakerUi.feedbackResults).toContainText(locale === "ja" ? "とても参考になりました" : "Very useful");
    });
  });
}
