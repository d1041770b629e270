import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { GroupReportsSection, MaterialsPage, TalkSlidesSection, type PdfFile } from "../pages/materials.page";

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A small but well-formed one-page PDF, made in the test. */
function pdf(name: string): PdfFile {
  const body = [
    "%PDF-1.4",
    "1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj",
    "2 0 obj <</Type/Pages/Kids[3 0 R]/Count 1>> endobj",
    "3 0 obj <</Type/Page/Parent 2 0 R/MediaBox[0 0 320 180]>> endobj",
    "trailer <</Root 1 0 R>>",
    "%%EOF",
    "",
  ].join("\n");
  return { name, mimeType: "application/pdf", buffer: Buffer.from(body) };
}

async function ok<T>(res: Awaited<ReturnType<APIRequestContext["post"]>>, status: number): Promise<T> {
  expect(res.status(), await res.text()).toBe(status);
  return (await res.json()) as T;
}

/**
 * A confirmed talk, set up over the JSON API with each person's browser session: the organizer
 * opens a first-come frame and the call for proposals, the speaker submits, the organizer
 * accepts and the speaker confirms.
 */
async function confirmedTalk(organizer: Page, speaker: Page, eventId: string, title: string) {
  const frame = await ok<{ id: string }>(
    await organizer.request.post(`/api/v1/events/${eventId}/frames`, { data: { name: `一般枠 ${uniqueSuffix()}`, capacity: 50, method: "first_come", opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59" } }),
    201,
  );
  await ok(await organizer.request.put(`/api/v1/events/${eventId}/cfp`, { data: { opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "Talk 20" } }), 200);
  const proposal = await ok<{ id: string }>(
    await speaker.request.post(`/api/v1/events/${eventId}/proposals`, { data: { title, abstract: "コンテナの運用について。", formatId: "talk", level: "intermediate", language: "ja" } }),
    201,
  );
  await ok(await organizer.request.patch(`/api/v1/proposals/${proposal.id}`, { data: { status: "accepted" } }), 200);
  await ok(await speaker.request.patch(`/api/v1/proposals/${proposal.id}`, { data: { status: "confirmed" } }), 200);
  return { talkId: proposal.id, frameId: frame.id };
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe("talk materials and reports", () => {
  test("publishes a speaker's PDF and link and an attendee's report on the materials page and the feeds", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const suffix = uniqueSuffix();
    const talkTitle = `Kubernetes の運用 ${suffix}`;
    const speaker = await openSession(uniqueEmail("speaker"));
    const { talkId, frameId } = await confirmedTalk(page, speaker.page, event.id, talkTitle);
    const speakerName = ((await (await speaker.page.request.get("/api/v1/me")).json()) as { name: string }).name;
    const organizerView = new MaterialsPage(page);
    const slides = new TalkSlidesSection(speaker.page);
    const pdfTitle = `運用の実際 ${suffix}`;
    const linkTitle = `Speaker Deck 版 ${suffix}`;
    const linkUrl = `https://speakerdeck.com/hako/kubernetes-${suffix}`;

    await test.step("the organizer sees the talk listed without slides", async () => {
      await organizerView.goto(event.id);
      await expect(organizerView.heading).toHaveText("資料一覧");
      await expect(organizerView.talk(talkTitle).getByTestId("no-slides")).toHaveText("スライド未公開");
      await expect(organizerView.talk(talkTitle)).toContainText(speakerName);
      await expect(organizerView.missingSlides).toContainText("スライド未公開のトーク（1 件）");
      await expect(organizerView.missingSlides.getByRole("link", { name: talkTitle })).toHaveAttribute("href", `/talks/${talkId}`);
    });

    await test.step("the speaker uploads a PDF with the plain form on the talk page", async () => {
      await slides.goto(talkId);
      await expect(slides.section).toContainText("スライドはまだ公開されていません。");
      await expect(slides.uploadFile).toHaveAttribute("accept", /application\/pdf/);
      await slides.upload(pdf("kubernetes-ops.pdf"), pdfTitle);
      expect(new URL(speaker.page.url()).searchParams.get("uploaded")).toBe("1");
      await expect(slides.notice).toHaveText("PDF をアップロードしました。");
      await expect(slides.item(pdfTitle).getByTestId("material-file")).toHaveText(/^PDF · kubernetes-ops\.pdf · \d+ [kK]B$/);
      await expect(slides.item(pdfTitle).getByTestId("material-download")).toHaveAttribute("href", /^\/materials\/[^/]+\/file$/);
    });

    await test.step("on a wide screen the PDF opens in the page's viewer; on a phone it waits collapsed", async () => {
      await speaker.page.setViewportSize(DESKTOP);
      const viewer = slides.viewer(pdfTitle);
      await expect(viewer).toHaveAttribute("open", "");
      await expect(viewer.locator('object[type="application/pdf"]')).toHaveAttribute("data", /^\/materials\/[^/]+\/file$/);
      const phone = new TalkSlidesSection((await openSession()).page);
      await phone.section.page().setViewportSize(PHONE);
      await phone.goto(talkId);
      await expect(phone.viewer(pdfTitle)).not.toHaveAttribute("open");
      await expect(phone.viewer(pdfTitle).locator("object")).toHaveCount(0);
      await phone.viewer(pdfTitle).getByText("PDF をこのページで表示").click();
      await expect(phone.viewer(pdfTitle).locator('object[type="application/pdf"]')).toHaveCount(1);
      expect(await horizontalOverflow(phone.section.page())).toBeLessThanOrEqual(0);
    });

    await test.step("the speaker adds a Speaker Deck link, shown with its host", async () => {
      await slides.addLink({ kind: "スライド", title: linkTitle, url: linkUrl });
      await expect(slides.linkForm.getByRole("status")).toHaveText("リンクを追加しました。");
      await expect(slides.item(linkTitle).getByTestId("material-host")).toHaveText("speakerdeck.com");
      await expect(slides.item(linkTitle).getByRole("link", { name: linkTitle })).toHaveAttribute("href", linkUrl);
      await expect(slides.linkTitle).toHaveValue("");
    });

    const attendee = await openSession(uniqueEmail("attendee"));
    const attendeeName = ((await (await attendee.page.request.get("/api/v1/me")).json()) as { name: string }).name;
    const reportTitle = `参加レポート ${suffix}`;
    await test.step("an attendee applies and posts a report on the materials page", async () => {
      const reg = await ok<{ status: string }>(await attendee.page.request.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId } }), 201);
      expect(reg.status).toBe("confirmed");
      await attendee.eventPage.goto(event.id);
      await attendee.page.getByTestId("event-materials-link").getByRole("link", { name: "資料・参加レポート" }).click();
      await attendee.page.waitForURL(`**/events/${event.id}/materials`);
      const view = new MaterialsPage(attendee.page);
      await view.postReport(reportTitle, `https://zenn.dev/someone/articles/hako-${suffix}`);
      await expect(view.reportForm.getByRole("status")).toHaveText("参加レポートを投稿しました。");
      await expect(view.report(reportTitle).getByTestId("report-host")).toHaveText("zenn.dev");
      await expect(view.report(reportTitle).getByTestId("report-author")).toHaveText(attendeeName);
      await expect(view.report(reportTitle)).toContainText("JST");
    });

    await test.step("anyone sees the PDF, the link and the report on the materials page", async () => {
      const visitor = await openSession();
      const view = new MaterialsPage(visitor.page);
      await view.goto(event.id);
      await expect(view.talk(talkTitle)).toContainText(speakerName);
      await expect(view.material(talkTitle, pdfTitle).getByTestId("material-file")).toContainText("kubernetes-ops.pdf");
      await expect(view.material(talkTitle, linkTitle).getByTestId("material-host")).toHaveText("speakerdeck.com");
      await expect(view.talk(talkTitle).getByTestId("no-slides")).toHaveCount(0);
      await expect(view.report(reportTitle)).toBeVisible();
      await expect(view.missingSlides).toHaveCount(0);
      await expect(view.reportForm).toHaveCount(0);
      await expect(view.signInToPost).toBeVisible();
      await expect(visitor.page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", new RegExp(`/events/${event.id}/materials\\.atom$`));

      const href = await view.material(talkTitle, pdfTitle).getByTestId("material-download").getAttribute("href");
      const file = await visitor.page.request.get(href!);
      expect(file.status()).toBe(200);
      expect(file.headers()["content-type"]).toBe("application/pdf");
      expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");

      const feed = await visitor.page.request.get(`/events/${event.id}/materials.atom`);
      expect(feed.headers()["content-type"]).toContain("application/atom+xml");
      const xml = await feed.text();
      expect(xml).toContain(pdfTitle);
      expect(xml).toContain(linkTitle);
      expect(xml).toContain(reportTitle);
      await visitor.page.setViewportSize(PHONE);
      expect(await horizontalOverflow(visitor.page)).toBeLessThanOrEqual(0);
    });

    await test.step("the group page lists the report and links the group's feed", async () => {
      const visitor = new GroupReportsSection((await openSession()).page);
      await visitor.goto(group.slug);
      await expect(visitor.report(reportTitle)).toContainText(attendeeName);
      await expect(visitor.report(reportTitle)).toContainText(event.title);
      await expect(visitor.feedLink).toHaveAttribute("href", `/groups/${group.slug}/materials.atom`);
      const xml = await (await visitor.section.page().request.get(`/groups/${group.slug}/materials.atom`)).text();
      expect(xml).toContain(reportTitle);
    });

    await test.step("the organizer sees every talk with slides, and hides the report from everyone else", async () => {
      await organizerView.goto(event.id);
      await expect(organizerView.missingSlides).toContainText("すべてのトークにスライドがあります。");
      await organizerView.toggleHidden(reportTitle);
      await expect(organizerView.hiddenMark(reportTitle)).toHaveText("非表示");
      const visitor = new MaterialsPage((await openSession()).page);
      await visitor.goto(event.id);
      await expect(visitor.heading).toHaveText("資料一覧");
      await expect(visitor.report(reportTitle)).toHaveCount(0);
      await organizerView.toggleHidden(reportTitle);
      await expect(organizerView.hiddenMark(reportTitle)).toHaveCount(0);
    });

    await test.step("the speaker replaces the PDF and removes the link", async () => {
      await slides.goto(talkId);
      await slides.replace(pdfTitle, pdf("kubernetes-ops-v2.pdf"));
      await expect(slides.notice).toHaveText("PDF を差し替えました。");
      await expect(slides.item(pdfTitle).getByTestId("material-file")).toContainText("kubernetes-ops-v2.pdf");
      await slides.remove(linkTitle);
      await expect(slides.item(linkTitle)).toHaveCount(0);
      await expect(slides.items).toHaveCount(1);
    });
  });

  test("refuses strangers, reports from people not registered, and files that are not PDFs", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const suffix = uniqueSuffix();
    const talkTitle = `eBPF 入門 ${suffix}`;
    const speaker = await openSession(uniqueEmail("speaker"));
    const { talkId } = await confirmedTalk(page, speaker.page, event.id, talkTitle);
    const stored = async () => ((await (await page.request.get(`/api/v1/events/${event.id}/materials`)).json()) as { items: { title: string }[] }).items;

    await test.step("a stranger's link and upload through the API are refused and nothing is stored", async () => {
      const stranger = await openSession(uniqueEmail("stranger"));
      const link = await stranger.page.request.post(`/api/v1/talks/${talkId}/materials`, { data: { kind: "slides", title: `乗っ取り ${suffix}`, url: "https://example.com/x" } });
      expect(link.status()).toBe(403);
      expect(((await link.json()) as { error: { code: string } }).error.code).toBe("FORBIDDEN");
      const upload = await stranger.page.request.post(`/api/v1/talks/${talkId}/materials`, { multipart: { title: `乗っ取り PDF ${suffix}`, file: pdf("evil.pdf") } });
      expect(upload.status()).toBe(403);
      // The upload form's own target refuses them too, sending them back with the reason.
      const form = await stranger.page.request.post(`/talks/${talkId}/materials/upload`, { multipart: { title: `乗っ取り PDF ${suffix}`, file: pdf("evil.pdf") }, maxRedirects: 0 });
      expect(form.status()).toBe(303);
      expect(form.headers()["location"]).toBe(`/talks/${talkId}?error=FORBIDDEN`);
      expect(await stored()).toEqual([]);
      const slides = new TalkSlidesSection(stranger.page);
      await slides.goto(talkId);
      await expect(slides.section).toBeVisible();
      await expect(slides.uploadForm).toHaveCount(0);
      await expect(slides.linkForm).toHaveCount(0);
    });

    await test.step("a file renamed .pdf that is not a PDF is refused with the translated reason", async () => {
      const slides = new TalkSlidesSection(speaker.page);
      await slides.goto(talkId);
      await slides.upload({ name: "notes.pdf", mimeType: "application/pdf", buffer: Buffer.from("これは PDF ではありません。\n".repeat(200)) });
      expect(new URL(speaker.page.url()).searchParams.get("error")).toBe("NOT_A_PDF");
      await expect(slides.notice).toHaveText("アップロードできませんでした。PDF ファイルではありません。");
      await expect(slides.items).toHaveCount(0);
      expect(await stored()).toEqual([]);
    });

    await test.step("a link that is not http(s) is refused with a field message", async () => {
      const slides = new TalkSlidesSection(speaker.page);
      await slides.addLink({ kind: "動画", title: `録画 ${suffix}`, url: "javascript:alert(1)" });
      await expect(slides.linkError("url")).toHaveText("http:// または https:// で始まる URL を入力してください。");
      await expect(slides.linkTitle).toHaveValue(`録画 ${suffix}`);
      expect(await stored()).toEqual([]);
    });

    await test.step("someone not registered for the event cannot post a report", async () => {
      const outsider = new MaterialsPage((await openSession(uniqueEmail("outsider"))).page);
      await outsider.goto(event.id);
      await outsider.postReport(`未参加のレポート ${suffix}`, "https://example.com/report");
      await expect(outsider.reportForm.getByRole("alert")).toHaveText("参加レポートは、このイベントに参加登録した人だけが投稿できます。");
      await expect(outsider.reportItems).toHaveCount(0);
      expect(await stored()).toEqual([]);
    });
  });

  test("streams a PDF larger than the proxy's request buffer through the upload form's target", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const speaker = await openSession(uniqueEmail("speaker"));
    const { talkId } = await confirmedTalk(page, speaker.page, event.id, `大きなスライド ${uniqueSuffix()}`);
    // 12 MB: more than the 10 MB Next.js keeps of a body that passes through the proxy.
    const small = pdf("large.pdf").buffer;
    const buffer = Buffer.concat([small, Buffer.alloc(12 * 1024 * 1024 - small.length, 0x20)]);
    const res = await speaker.page.request.post(`/talks/${talkId}/materials/upload`, { multipart: { file: { name: "large.pdf", mimeType: "application/pdf", buffer } }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers()["location"]).toBe(`/talks/${talkId}?uploaded=1`);
    const [material] = ((await (await speaker.page.request.get(`/api/v1/events/${event.id}/materials`)).json()) as { items: { id: string; fileUrl: string }[] }).items;
    const head = await speaker.page.request.get(new URL(material!.fileUrl).pathname, { headers: { range: "bytes=0-4" } });
    expect(head.status()).toBe(206);
    expect(head.headers()["content-range"]).toBe(`bytes 0-4/${buffer.length}`);
    expect((await head.body()).toString()).toBe("%PDF-");
    // The e2e server shares the upload folder with development; the big file does not stay.
    expect((await speaker.page.request.delete(`/api/v1/materials/${material!.id}`)).status()).toBe(204);
  });
});
