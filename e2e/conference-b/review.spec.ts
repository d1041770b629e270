// A reviewer works through an assigned, anonymised queue with weighted criteria; the organizer
// stages decisions and sends them together. In Japanese and in English.
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { api, type Locale, ReviewDesk, ReviewQueue, useLocale } from "../pages/conference.page";
import { fieldName, text } from "../pages/labels";

type Talk = { id: string; title: string; status: string; speakers: { name: string | null }[] };

for (const locale of ["ja", "en"] as Locale[]) {
  test(`a reviewer scores an anonymised queue with criteria and staged decisions go out together (${locale})`, async ({ page, signIn, factory, openSession }) => {
    test.setTimeout(240_000);
    await useLocale(page, locale);
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    await api(page.request, "PUT", `/api/v1/events/${event.id}/cfp`, { opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "Talk 20", tracks: "kubernetes" });

    // Two speakers propose; their names and bios must not reach the reviewer.
    const suffix = uniqueSuffix();
    const speakers = await Promise.all([openSession(uniqueEmail("spk-a")), openSession(uniqueEmail("spk-b"))]);
    const names: string[] = [];
    const talks: Talk[] = [];
    for (const [i, s] of speakers.entries()) {
      const me = await api<{ name: string | null; handle: string }>(s.page.request, "GET", "/api/v1/me");
      names.push(me.name ?? me.handle);
      await api(s.page.request, "PUT", "/api/v1/me/speaker-profile", { bio: `bio of ${names[i]}`, pronouns: "they/them" });
      talks.push(await api<Talk>(s.page.request, "POST", `/api/v1/events/${event.id}/proposals`, { title: `Talk ${i + 1} ${suffix}`, formatId: "talk", level: "beginner", language: locale, tags: ["kubernetes"] }));
    }

    const reviewerEmail = uniqueEmail("reviewer");
    const reviewer = await openSession(reviewerEmail);
    await useLocale(reviewer.page, locale);
    const reviewerMe = await api<{ id: string }>(reviewer.page.request, "GET", "/api/v1/me");

    await test.step("the organizer adds a reviewer, sets criteria, anonymises the review and assigns one proposal", async () => {
      await page.goto(`/events/${event.id}/proposals`);
      await page.getByLabel(fieldName("ハンドル名またはメールアドレス", "Handle or email")).fill(reviewerEmail);
      await page.getByRole("button", { name: text("レビュアーに追加", "Add reviewer") }).click();
      await expect(page.getByRole("list", { name: text("レビュアー", "Reviewers") })).toBeVisible();
      await api(page.request, "PUT", `/api/v1/events/${event.id}/review/criteria`, { criteria: locale === "ja" ? "内容 3\n新規性 2\n対象者との適合 1" : "Content 3\nNovelty 2\nAudience fit 1" });
      await api(page.request, "PATCH", `/api/v1/events/${event.id}/review`, { anonymousReview: true });
      await api(page.request, "POST", `/api/v1/events/${event.id}/review/assignments`, { proposalId: talks[0]!.id, userId: reviewerMe.id });
    });

    await test.step("the reviewer sees only the assigned proposal, without its speaker, and scores it per criterion", async () => {
      const queue = new ReviewQueue(reviewer.page);
      await queue.goto(event.id);
      await expect(queue.rows).toHaveCount(1);
      await expect(queue.anonymousSpeaker(talks[0]!.title)).toHaveText(locale === "ja" ? "匿名（選考中）" : "Anonymous (under review)");
      await expect(reviewer.page.getByRole("main")).not.toContainText(names[0]!);
      await expect(reviewer.page.getByRole("main")).not.toContainText(`bio of ${names[0]}`);
      await queue.scoreCriteria(talks[0]!.title, [5, 3, 1], locale === "ja" ? "良い内容" : "Solid");
      await expect(queue.others(talks[0]!.title)).toContainText("3.67");
      // Nor through the API: the proposal has no speakers for them, the other one is not theirs.
      const viaApi = await reviewer.page.request.get(`/api/v1/proposals/${talks[0]!.id}`);
      expect(viaApi.status()).toBe(200);
      expect(await viaApi.text()).not.toContain(names[0]!);
      expect((await reviewer.page.request.get(`/api/v1/proposals/${talks[1]!.id}`)).status()).toBe(404);
      expect(await (await reviewer.page.request.get(`/api/v1/events/${event.id}/talks`)).text()).not.toContain(names[0]!);
    });

    await test.step("the organizer sees the progress, stages both decisions, and sends them together", async () => {
      const desk = new ReviewDesk(page);
      await desk.goto(event.id);
      await expect(desk.reviewers).toContainText(locale === "ja" ? "1 / 1 件 レビュー済み" : "1 of 1 reviewed");
      await desk.stage(talks[0]!.title, "accept");
      await desk.stage(talks[1]!.title, "reject");
      // Staged is not sent: the speakers still see their proposals under review.
      expect((await api<Talk>(speakers[0]!.page.request, "GET", `/api/v1/proposals/${talks[0]!.id}`)).status).toBe("submitted");
      await desk.goto(event.id);
      await desk.sendAll();
      await expect(desk.sendForm.getByRole("status")).toHaveText(locale === "ja" ? "2 件の決定を送信しました。" : "2 decisions sent.");
      expect((await api<Talk>(speakers[0]!.page.request, "GET", `/api/v1/proposals/${talks[0]!.id}`)).status).toBe("accepted");
      expect((await api<Talk>(speakers[1]!.page.request, "GET", `/api/v1/proposals/${talks[1]!.id}`)).status).toBe("rejected");
    });

    await test.step("after the decision the reviewer sees who the speaker is", async () => {
      const queue = new ReviewQueue(reviewer.page);
      await queue.goto(event.id);
      await expect(queue.row(talks[0]!.title)).toContainText(names[0]!);
    });
  });
}
