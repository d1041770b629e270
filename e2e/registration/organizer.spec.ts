import { readFileSync } from "node:fs";
import { chromium, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { expect, signInOverHttp, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { CheckInPage } from "../pages/checkin.page";
import { acceptNextDialog } from "../pages/dialogs";
import { FrameForm } from "../pages/frame-form.page";
import { ManagePage } from "../pages/manage.page";
import { TicketPage } from "../pages/registration.page";
import { decodeQr, qrPixels, writeQrVideo } from "./ticket-qr";

const MINUTE = 60_000;

/** A datetime-local value in Asia/Tokyo, `minutes` from now. */
function tokyoLocal(minutes: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(Date.now() + minutes * MINUTE));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

const isoFromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

type Registration = { id: string; receiptNumber: number; status: string; publicId: string };

/** Applies with the person's own browser session, over the JSON API. */
async function applyOverApi(request: APIRequestContext, eventId: string, frameId: string): Promise<Registration> {
  const res = await request.post(`/api/v1/events/${eventId}/registrations`, { data: { frameId } });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Registration;
}

async function framesOf(request: APIRequestContext, eventId: string) {
  const res = await request.get(`/api/v1/events/${eventId}/frames`);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { id: string; name: string }[] }).items;
}

/** Frames with exact times are made over the JSON API with the organizer's session. */
async function createFrameOverApi(request: APIRequestContext, eventId: string, values: Record<string, unknown>): Promise<{ id: string }> {
  const res = await request.post(`/api/v1/events/${eventId}/frames`, { data: values });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

/** A person's display name: development sign-in derives it from the address. */
const nameOf = (email: string) => email.split("@")[0]!;

/** The staff's phone at the door: a separate, phone-sized context signed in as `email`. */
async function phoneAtTheDoor(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInOverHttp(page.request, email);
  return { context, page, checkIn: new CheckInPage(page) };
}

async function horizontalOverflow(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.describe("running registration as an organizer", () => {
  test("adds a first-come frame, finds and exports participants, checks them in at the door and messages them", async ({ page, browser, signIn, factory, openSession }) => {
    const organizer = await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const manage = new ManagePage(page);
    const form = new FrameForm(page);
    const frame = `一般枠 ${uniqueSuffix()}`;

    await test.step("the event page's organizer tools lead to the manage page", async () => {
      await manage.openFromEventPage(event.id);
      await expect(page).toHaveURL(new RegExp(`/events/${event.id}/manage$`));
      await expect(manage.heading).toHaveText("参加者・参加枠の管理");
      await expect(manage.noFrames).toBeVisible();
    });

    await test.step("a frame closing before it opens is refused in Japanese, and nothing is stored", async () => {
      await manage.addFrameLink.click();
      await expect(form.heading).toHaveText("参加枠を追加");
      await expect(page.getByRole("main")).toContainText("Asia/Tokyo の日時で入力してください。");
      await form.submitRefused({ name: frame, capacity: 1, method: "first_come", opensAt: tokyoLocal(-60), closesAt: tokyoLocal(-120) });
      await expect(form.formError).toHaveText("入力内容を確認してください。");
      await expect(form.errorFor("closesAt")).toHaveText("締め切りは受付開始より後にしてください。");
      await expect(form.closesAt).toHaveAttribute("aria-invalid", "true");
      // The typed values stay for the correction.
      await expect(form.name).toHaveValue(frame);
      await expect(form.method("first_come")).toBeChecked();
      expect(await framesOf(page.request, event.id)).toEqual([]);
    });

    await test.step("the corrected frame is created and shown with its numbers", async () => {
      await form.closesAt.fill(tokyoLocal(7 * 24 * 60));
      await form.submit.click();
      await page.waitForURL(/\/manage$/);
      await expect(manage.method(frame)).toHaveText("先着");
      await expect(manage.count(frame, "capacity")).toHaveText("1");
      await expect(manage.count(frame, "confirmed")).toHaveText("0");
      await expect(manage.frame(frame)).toContainText("JST");
      await expect(manage.participantCount).toHaveText("0 件");
    });

    const frameId = (await framesOf(page.request, event.id)).find((f) => f.name === frame)!.id;
    const aEmail = uniqueEmail("door-a");
    const bEmail = uniqueEmail("door-b");
    const a = await openSession(aEmail);
    const b = await openSession(bEmail);
    const regA = await applyOverApi(a.page.request, event.id, frameId);
    const regB = await applyOverApi(b.page.request, event.id, frameId);
    expect(regA).toMatchObject({ status: "confirmed" });
    expect(regB).toMatchObject({ status: "waitlisted" });

    await test.step("the participants appear in the list and can be found by name", async () => {
      await manage.goto(event.id);
      await expect(manage.participantCount).toHaveText("2 件");
      await expect(manage.count(frame, "confirmed")).toHaveText("1");
      await expect(manage.count(frame, "waitlisted")).toHaveText("1");
      await expect(manage.participantStatus(aEmail)).toHaveText("参加確定");
      await expect(manage.participantStatus(bEmail)).toHaveText("補欠 1 番目");
      await manage.filter({ q: nameOf(aEmail) });
      await expect(manage.participantCount).toHaveText("1 件");
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.participant(aEmail)).toContainText(`#${regA.receiptNumber}`);
      await manage.filter({ q: regB.publicId });
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.participant(bEmail)).toBeVisible();
      await manage.filter({ q: "", status: "補欠" });
      await expect(manage.participants).toHaveCount(1);
      await expect(manage.participant(bEmail)).toBeVisible();
    });

    await test.step("the CSV export has a byte order mark, Japanese headers and the people", async () => {
      const download = await manage.downloadCsv();
      expect(download.suggestedFilename()).toBe(`participants-${event.id}.csv`);
      const bytes = readFileSync((await download.path())!);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString("utf8").split("\r\n");
      expect(lines[0]).toBe("受付番号,名前,ハンドル名,メールアドレス,参加枠,状態,補欠順位,申込日時,受付日時");
      expect(lines.find((l) => l.includes(aEmail))).toMatch(new RegExp(`^${regA.receiptNumber},${nameOf(aEmail)},[^,]+,${aEmail},${frame},参加確定,,`));
      expect(lines.find((l) => l.includes(bEmail))).toContain(",補欠,1,");

      const res = await page.request.get(`/events/${event.id}/participants.csv`);
      expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers()["content-disposition"]).toBe(`attachment; filename="participants-${event.id}.csv"`);
    });

    await test.step("at the door, on a phone, receipt numbers check people in once", async () => {
      const door = await phoneAtTheDoor(browser, organizer);
      try {
        await door.checkIn.goto(event.id);
        await expect(door.checkIn.heading).toHaveText("受付");
        await expect(door.checkIn.counter).toHaveText("受付済み 0 / 1 人");

        await door.checkIn.checkInByReceipt(regA.receiptNumber);
        await expect(door.checkIn.result).toHaveAttribute("data-outcome", "ok");
        await expect(door.checkIn.resultTitle).toHaveText("受付しました");
        await expect(door.checkIn.resultName).toHaveText(nameOf(aEmail));
        await expect(door.checkIn.resultReceipt).toHaveText(`受付番号 #${regA.receiptNumber}`);
        await expect(door.checkIn.result).toContainText(`参加枠: ${frame}`);
        await expect(door.checkIn.counter).toHaveText("受付済み 1 / 1 人");
        await expect(door.checkIn.receiptNumber).toHaveValue("");

        await door.checkIn.checkInByReceipt(regA.receiptNumber);
        await expect(door.checkIn.result).toHaveAttribute("data-outcome", "already");
        await expect(door.checkIn.resultTitle).toHaveText(/^すでに受付済み（\d{2}:\d{2} JST）$/);
        await expect(door.checkIn.resultName).toHaveText(nameOf(aEmail));

        await door.checkIn.checkInByReceipt(regB.receiptNumber);
        await expect(door.checkIn.result).toHaveAttribute("data-outcome", "not-valid");
        await expect(door.checkIn.resultTitle).toHaveText("このチケットでは入場できません（補欠）");
        await expect(door.checkIn.resultName).toHaveText(nameOf(bEmail));

        await door.checkIn.checkInByReceipt(9999);
        await expect(door.checkIn.result).toHaveAttribute("data-outcome", "not-found");
        await expect(door.checkIn.resultTitle).toHaveText("見つかりません");
        await expect(door.checkIn.counter).toHaveText("受付済み 1 / 1 人");
        expect(await horizontalOverflow(door.page)).toBeLessThanOrEqual(0);

        // The wide participant table scrolls inside its box, not the page.
        await new ManagePage(door.page).goto(event.id);
        await expect(new ManagePage(door.page).participant(aEmail)).toBeVisible();
        expect(await horizontalOverflow(door.page)).toBeLessThanOrEqual(0);
      } finally {
        await door.context.close();
      }
    });

    await test.step("the list shows who came", async () => {
      await manage.goto(event.id);
      await expect(manage.participantStatus(aEmail)).toContainText("受付済み");
      await expect(manage.count(frame, "attended")).toHaveText("1");
    });

    const subject = `会場のご案内 ${uniqueSuffix()}`;
    await test.step("a message reaches the confirmed participants through the mailbox", async () => {
      await manage.sendMessage(subject, "受付は 18:30 から 5 階です。");
      await expect(manage.messageStatus).toHaveText("1 人に送信しました。");
      await expect(manage.messageSubject).toHaveValue("");
      await page.goto("/dev/mailbox");
      const mail = page.getByTestId("mail").filter({ hasText: subject });
      await expect(mail).toHaveCount(1);
      await expect(mail).toContainText(aEmail);
      await expect(mail).toContainText("受付は 18:30 から 5 階です。");
      await expect(page.getByTestId("mail").filter({ hasText: subject }).filter({ hasText: bEmail })).toHaveCount(0);
    });

    await test.step("raising the capacity in the edit form promotes the waitlisted person", async () => {
      await manage.goto(event.id);
      await manage.editLink(frame).click();
      await expect(form.heading).toHaveText("参加枠を編集");
      await expect(form.fixedMethod).toHaveText("割り当て方法: 先着（作成後は変更できません）");
      await expect(form.name).toHaveValue(frame);
      await form.capacity.fill("2");
      await form.submit.click();
      await page.waitForURL(/\/manage$/);
      await expect(manage.count(frame, "capacity")).toHaveText("2");
      await expect(manage.participantStatus(bEmail)).toHaveText("参加確定");
    });
  });

  test("draws a lottery by hand once applications close, and reports a second draw", async ({ page, signIn, factory, openSession }) => {
    test.setTimeout(90_000);
    const organizer = await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const frame = `抽選枠 ${uniqueSuffix()}`;
    // Applications close in a few seconds; the draw is set for tomorrow, so only the button draws.
    const closesAt = isoFromNow(12_000);
    const { id: frameId } = await createFrameOverApi(page.request, event.id, { name: frame, capacity: 1, method: "lottery", opensAt: isoFromNow(-60 * MINUTE), closesAt, drawAt: isoFromNow(24 * 60 * MINUTE) });
    const applicants = [uniqueEmail("lottery-a"), uniqueEmail("lottery-b")];
    for (const email of applicants) await applyOverApi((await openSession(email)).page.request, event.id, frameId);

    const manage = new ManagePage(page);
    await manage.goto(event.id);
    await expect(manage.method(frame)).toHaveText("抽選");
    await expect(manage.count(frame, "applied")).toHaveText("2");
    await expect(manage.lotteryState(frame)).toContainText("未抽選");
    await expect(manage.drawButton(frame)).toBeDisabled();
    await expect(manage.frame(frame)).toContainText("受付締め切り");
    await expect(manage.drawRecordLink(frame)).toHaveAttribute("href", `/frames/${frameId}/draw`);

    await page.waitForTimeout(Math.max(0, new Date(closesAt).getTime() - Date.now() + 1_000));
    const other = await openSession(organizer);
    const otherManage = new ManagePage(other.page);
    await otherManage.goto(event.id);
    await manage.goto(event.id);
    await expect(manage.drawButton(frame)).toBeEnabled();

    await manage.draw(frame);
    await expect(manage.lotteryState(frame)).toContainText("抽選済み");
    await expect(manage.count(frame, "confirmed")).toHaveText("1");
    await expect(manage.count(frame, "waitlisted")).toHaveText("1");
    await expect(manage.drawButton(frame)).toHaveCount(0);

    // A second organizer's page was loaded before the draw.
    await otherManage.draw(frame);
    await expect(otherManage.drawMessage(frame)).toHaveText("抽選はすでに行われました。");
  });

  test("approves and rejects applications of an approval frame", async ({ page, signIn, factory, openSession, header }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const frame = `ブログ枠 ${uniqueSuffix()}`;
    const { id: frameId } = await createFrameOverApi(page.request, event.id, { name: frame, capacity: 3, method: "approval", opensAt: isoFromNow(-60 * MINUTE), closesAt: isoFromNow(24 * 60 * MINUTE) });
    const [yes, no] = [uniqueEmail("blog-yes"), uniqueEmail("blog-no")];
    for (const email of [yes, no]) await applyOverApi((await openSession(email)).page.request, event.id, frameId);

    const manage = new ManagePage(page);
    await manage.goto(event.id);
    await expect(manage.count(frame, "applied")).toHaveText("2");
    await expect(manage.participantStatus(yes)).toHaveText("申込済み");

    await manage.approveButton(nameOf(yes)).click();
    await expect(manage.participantStatus(yes)).toHaveText("参加確定");
    await acceptNextDialog(page);
    await manage.rejectButton(nameOf(no)).click();
    await expect(manage.participantStatus(no)).toHaveText("却下");
    await expect(manage.count(frame, "confirmed")).toHaveText("1");
    await expect(manage.count(frame, "rejected")).toHaveText("1");
    await expect(manage.approveButton(nameOf(yes))).toHaveCount(0);

    await header.switchLanguage("en");
    await expect(manage.heading).toHaveText("Participants and frames");
    await expect(manage.method(frame)).toHaveText("Approval");
    await expect(manage.participantStatus(yes)).toHaveText("Confirmed");
    await expect(manage.participantStatus(no)).toHaveText("Rejected");
    await expect(manage.participantCount).toHaveText("2 participants");
  });

  test("checks a ticket in from its QR code: the URL asks first, the camera scans it", async ({ page, signIn, factory, openSession }, testInfo) => {
    const organizer = await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const { id: frameId } = await createFrameOverApi(page.request, event.id, { name: `QR 枠 ${uniqueSuffix()}`, capacity: 5, method: "first_come", opensAt: isoFromNow(-60 * MINUTE), closesAt: isoFromNow(24 * 60 * MINUTE) });
    const people = [uniqueEmail("qr-a"), uniqueEmail("qr-b")];
    const tickets: { email: string; url: URL; pixels: Awaited<ReturnType<typeof qrPixels>> }[] = [];
    for (const email of people) {
      const session = await openSession(email);
      const reg = await applyOverApi(session.page.request, event.id, frameId);
      const ticket = new TicketPage(session.page);
      await ticket.goto(`/registrations/${reg.id}/ticket`);
      const pixels = await qrPixels(ticket.qr);
      const text = decodeQr(pixels);
      expect(text).toMatch(new RegExp(`/events/${event.id}/checkin\\?code=[A-Za-z0-9_-]+$`));
      tickets.push({ email, url: new URL(text!), pixels });
    }

    await test.step("opening the QR code's URL only offers the check-in", async () => {
      const checkIn = new CheckInPage(page);
      const [first] = tickets;
      await page.goto(`${first!.url.pathname}${first!.url.search}`);
      await expect(checkIn.confirmCodeButton).toBeVisible();
      await expect(checkIn.counter).toHaveText("受付済み 0 / 2 人");
      await page.reload();
      await expect(checkIn.counter).toHaveText("受付済み 0 / 2 人");
      await checkIn.confirmCode();
      await expect(checkIn.resultTitle).toHaveText("受付しました");
      await expect(checkIn.resultName).toHaveText(nameOf(first!.email));
      await expect(checkIn.counter).toHaveText("受付済み 1 / 2 人");
      await expect(checkIn.confirmCodeButton).toHaveCount(0);
    });

    await test.step("the camera reads the other ticket", async () => {
      const second = tickets[1]!;
      const video = testInfo.outputPath("ticket.y4m");
      writeQrVideo(video, second.pixels);
      const launch = testInfo.project.use.launchOptions ?? {};
      const camera = await chromium.launch({ ...launch, args: [...(launch.args ?? []), "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`] });
      try {
        const context = await camera.newContext({ baseURL: testInfo.project.use.baseURL, locale: "ja-JP", timezoneId: "Asia/Tokyo", viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
        await context.grantPermissions(["camera"]);
        const phone = await context.newPage();
        await signInOverHttp(phone.request, organizer);
        const checkIn = new CheckInPage(phone);
        await checkIn.goto(event.id);
        await checkIn.startCamera.click();
        await expect(checkIn.video).toBeVisible();
        await expect(checkIn.resultTitle).toHaveText("受付しました", { timeout: 20_000 });
        await expect(checkIn.resultName).toHaveText(nameOf(second.email));
        await expect(checkIn.counter).toHaveText("受付済み 2 / 2 人");
      } finally {
        await camera.close();
      }
    });
  });

  test("keeps the manage page, the CSV and the check-in page from other signed-in users", async ({ signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const other = await openSession(uniqueEmail("outsider"));
    const manage = new ManagePage(other.page);
    const checkIn = new CheckInPage(other.page);

    const res = await manage.goto(event.id);
    expect(res?.status()).toBe(404);
    await expect(manage.notFoundHeading).toBeVisible();
    await expect(manage.csvLink).toHaveCount(0);

    const csv = await other.page.request.get(`/events/${event.id}/participants.csv`);
    expect([403, 404]).toContain(csv.status());
    expect(csv.headers()["content-type"]).toContain("application/json");
    expect(((await csv.json()) as { error: { code: string } }).error.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);

    expect((await checkIn.goto(event.id))?.status()).toBe(404);
    await expect(checkIn.notFoundHeading).toBeVisible();
    expect((await new FrameForm(other.page).gotoNew(event.id))?.status()).toBe(404);

    const anonymous = await openSession();
    expect((await anonymous.page.request.get(`/events/${event.id}/participants.csv`)).status()).toBe(401);
  });
});
