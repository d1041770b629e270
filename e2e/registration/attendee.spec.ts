import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { DrawPage } from "../pages/draw.page";
import { MyEventsPage, RegistrationPanel, TicketPage } from "../pages/registration.page";

type FrameValues = { name: string; capacity: number; method: "lottery" | "first_come" | "approval"; opensAt: string; closesAt: string; questions?: { label: string; type: string; required?: boolean; choices?: string[] }[] };

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** Frames are made over the JSON API with the organizer's browser session. */
async function createFrame(page: Page, eventId: string, values: FrameValues): Promise<{ id: string; commitment: string | null; closesAt: string }> {
  const res = await page.request.post(`/api/v1/events/${eventId}/frames`, { data: values });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string; commitment: string | null; closesAt: string };
}

function panelsFor(page: Page) {
  return { panel: new RegistrationPanel(page), ticket: new TicketPage(page), myEvents: new MyEventsPage(page), draw: new DrawPage(page) };
}

test.describe("registering as an attendee", () => {
  test("confirms a first-come seat, waitlists the next person and promotes them when the first cancels", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const frame = `一般枠 ${uniqueSuffix()}`;
    await createFrame(page, event.id, { name: frame, capacity: 1, method: "first_come", opensAt: minutesFromNow(-60), closesAt: minutesFromNow(24 * 60), questions: [
        { label: "職業", type: "text", required: true },
        { label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
      ],
    });

    await test.step("a visitor sees the frame and is asked to sign in", async () => {
      const visitor = panelsFor((await openSession()).page);
      await visitor.panel.goto(event.id);
      await expect(visitor.panel.method(frame)).toHaveText("先着");
      await expect(visitor.panel.counts(frame)).toHaveText("確定 0/1");
      await expect(visitor.panel.frame(frame)).toContainText("JST");
      await expect(visitor.panel.signInToApply).toHaveAttribute("href", `/signin?callbackUrl=${encodeURIComponent(`/events/${event.id}`)}`);
      await expect(visitor.panel.applyButton(frame)).toHaveCount(0);
    });

    const a = await openSession(uniqueEmail("attendee-a"));
    const aUi = panelsFor(a.page);
    let ticketUrl = "";
    await test.step("A applies, answering the questions, and gets the seat with a receipt number", async () => {
      await aUi.panel.goto(event.id);
      await expect(aUi.panel.applyButton(frame)).toHaveText("参加を申し込む");
      await aUi.panel.apply(frame, { 職業: "SRE", 懇親会: "参加" });
      await expect(aUi.panel.standing(frame)).toHaveText("参加確定 — 受付番号 #1");
      await expect(aUi.panel.counts(frame)).toHaveText("確定 1/1");
      await expect(aUi.panel.applyButton(frame)).toHaveCount(0);
    });

    await test.step("A's ticket shows the receipt number and a QR code", async () => {
      await aUi.panel.ticketLink(frame).click();
      await expect(a.page).toHaveURL(/\/registrations\/[^/]+\/ticket$/);
      ticketUrl = a.page.url();
      await expect(aUi.ticket.heading).toHaveText(event.title);
      await expect(aUi.ticket.receipt).toHaveText("#1");
      await expect(aUi.ticket.status).toHaveText("参加確定 — 受付番号 #1");
      await expect(aUi.ticket.qr.locator("svg")).toBeVisible();
      await expect(a.page.getByRole("main")).toContainText(frame);
      await expect(a.page.getByRole("main")).toContainText("JST");
    });

    const b = await openSession(uniqueEmail("attendee-b"));
    const bUi = panelsFor(b.page);
    await test.step("B applies to the full frame and lands on the waitlist", async () => {
      await bUi.panel.goto(event.id);
      await expect(bUi.panel.applyButton(frame)).toHaveText("補欠として申し込む");
      await bUi.panel.apply(frame, { 職業: "Developer", 懇親会: "不参加" });
      await expect(bUi.panel.standing(frame)).toHaveText("補欠 1 番目");
      await expect(bUi.panel.counts(frame)).toHaveText("確定 1/1 · 補欠 1");
      await expect(bUi.panel.ticketLink(frame)).toHaveCount(0);
    });

    await test.step("B cannot open A's ticket", async () => {
      await bUi.ticket.goto(ticketUrl);
      await expect(bUi.ticket.notFoundHeading).toBeVisible();
      await expect(b.page.getByRole("main")).not.toContainText(event.title);
    });

    await test.step("A cancels after confirming, and B is promoted", async () => {
      await aUi.panel.goto(event.id);
      await aUi.panel.cancel(frame);
      await expect(aUi.panel.standing(frame)).toHaveText("キャンセル済み");
      await aUi.ticket.goto(ticketUrl);
      await expect(aUi.ticket.qr).toHaveCount(0);
      await expect(aUi.ticket.notConfirmed).toBeVisible();

      await bUi.panel.goto(event.id);
      await expect(bUi.panel.standing(frame)).toHaveText("参加確定 — 受付番号 #2");
      await expect(bUi.panel.counts(frame)).toHaveText("確定 1/1");
    });

    await test.step("B's events list it with the standing and a ticket", async () => {
      await bUi.myEvents.open();
      await expect(bUi.myEvents.heading).toHaveText("参加予定のイベント");
      await expect(bUi.myEvents.status(event.title)).toHaveText("参加確定 — 受付番号 #2");
      await expect(bUi.myEvents.item(event.title)).toContainText(frame);
      await bUi.myEvents.item(event.title).getByRole("link", { name: "チケット", exact: true }).click();
      await expect(bUi.ticket.receipt).toHaveText("#2");
      await expect(bUi.ticket.qr.locator("svg")).toBeVisible();
    });
  });

  test("shows an approval frame's standing in English", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const frame = `Blog frame ${uniqueSuffix()}`;
    await createFrame(page, event.id, { name: frame, capacity: 5, method: "approval", opensAt: minutesFromNow(-60), closesAt: minutesFromNow(24 * 60) });

    const attendee = await openSession(uniqueEmail("attendee-en"));
    const ui = panelsFor(attendee.page);
    await ui.panel.goto(event.id);
    await attendee.header.switchLanguage("en");

    await expect(ui.panel.method(frame)).toHaveText("Approval");
    await expect(ui.panel.counts(frame)).toHaveText("Confirmed 0/5");
    await expect(ui.panel.frame(frame)).toContainText("The organizers review applications and confirm them.");
    await expect(ui.panel.applyButton(frame)).toHaveText("Apply");
    await ui.panel.apply(frame);
    await expect(ui.panel.standing(frame)).toHaveText("Waiting for approval");
    await expect(ui.panel.counts(frame)).toHaveText("Confirmed 0/5 · Pending 1");
    await expect(ui.panel.cancelButton(frame)).toHaveText("Cancel registration");

    await ui.myEvents.open();
    await expect(ui.myEvents.heading).toHaveText("My events");
    await expect(ui.myEvents.status(event.title)).toHaveText("Waiting for approval");
    await expect(ui.myEvents.item(event.title)).toContainText(`Frame: ${frame}`);
  });

  test("publishes a lottery's commitment before the draw and verifies the draw in the browser", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const a = await openSession(uniqueEmail("lottery-a"));
    const b = await openSession(uniqueEmail("lottery-b"));
    const aUi = panelsFor(a.page);
    const bUi = panelsFor(b.page);
    const frame = `抽選枠 ${uniqueSuffix()}`;
    // Applications close a few seconds from now, so the draw can run within the test.
    const created = await createFrame(page, event.id, { name: frame, capacity: 1, method: "lottery", opensAt: minutesFromNow(-60), closesAt: new Date(Date.now() + 15_000).toISOString() });
    expect(created.commitment).toMatch(/^[0-9a-f]{64}$/);

    await test.step("both apply; the frame shows applicants, the draw time and the commitment", async () => {
      await aUi.panel.goto(event.id);
      await expect(aUi.panel.method(frame)).toHaveText("抽選");
      await expect(aUi.panel.counts(frame)).toHaveText("応募 0 / 定員 1");
      await expect(aUi.panel.commitment(frame)).toHaveText(`${created.commitment!.slice(0, 16)}…`);
      await expect(aUi.panel.applyButton(frame)).toHaveText("抽選に申し込む");
      await aUi.panel.apply(frame);
      await expect(aUi.panel.standing(frame)).toHaveText(/^申込済み — 抽選は .+JST$/);
      await expect(aUi.panel.counts(frame)).toHaveText("応募 1 / 定員 1");

      await bUi.panel.goto(event.id);
      await bUi.panel.apply(frame);
      await expect(bUi.panel.standing(frame)).toHaveText(/^申込済み — 抽選は /);
    });

    await test.step("before the draw the record shows the commitment and keeps the seed secret", async () => {
      await aUi.panel.drawRecordLink(frame).click();
      await expect(a.page).toHaveURL(new RegExp(`/frames/${created.id}/draw$`));
      await expect(aUi.draw.heading).toHaveText(`抽選の記録: ${frame}`);
      await expect(aUi.draw.pendingNote).toContainText("まだ抽選していません");
      await expect(aUi.draw.commitment).toHaveText(created.commitment!);
      await expect(aUi.draw.seed).toHaveText("抽選後に公開します");
      await expect(aUi.draw.verifyResult).toHaveCount(0);
      await expect(aUi.draw.cli).toHaveText(new RegExp(`^npm run lottery:verify -- https?://.+/frames/${created.id}/draw$`));
    });

    await test.step("the organizer draws after the close", async () => {
      await expect.poll(() => Date.now(), { timeout: 20_000 }).toBeGreaterThan(Date.parse(created.closesAt) + 500);
      // The scheduler may have drawn it already; either way there is exactly one draw.
      const res = await page.request.post(`/api/v1/frames/${created.id}/draw`);
      expect([200, 409], await res.text()).toContain(res.status());
      await expect
        .poll(async () => ((await (await page.request.get(`/api/v1/frames/${created.id}/draw`)).json()) as { seed: string | null }).seed, { timeout: 15_000 })
        .toMatch(/^[0-9a-f]{64}$/);
    });

    await test.step("the draw page verifies the result in the browser", async () => {
      await a.page.reload();
      await expect(aUi.draw.pendingNote).toHaveCount(0);
      await expect(aUi.draw.seed).toHaveText(/^[0-9a-f]{64}$/);
      await expect(aUi.draw.verifyResult).toHaveText("検証 OK: 公開された情報だけから、この抽選結果を再現できました。");
      // The draw, and its frame log: made, frozen, drawn; no promotion yet.
      await expect(aUi.draw.checks).toHaveCount(7);
      for (const check of await aUi.draw.checks.all()) await expect(check).toContainText("✓ 一致");
      await expect(aUi.draw.logEntries).toHaveCount(3);
      await expect(aUi.draw.order).toHaveCount(2);
      await expect(aUi.draw.order.first()).toContainText("当選");
      await expect(aUi.draw.order.last()).toContainText("補欠 1");
      await expect(aUi.draw.myPlace).toHaveText(/^あなたの公開 ID [0-9a-z]{12} は [12] 番目です。$/);

      await aUi.draw.verifyButton.click();
      await expect(aUi.draw.verifyResult).toHaveText(/^検証 OK/);

      // "Find my public id": the place and the outcome of a public id, or that it is not there.
      const mine = /公開 ID ([0-9a-z]{12}) は/.exec((await aUi.draw.myPlace.textContent())!)![1]!;
      await aUi.draw.find(mine.toUpperCase());
      await expect(aUi.draw.found).toHaveText(new RegExp(`^${mine} は [12] 番目です: (当選|補欠 1)。$`));
      await expect(aUi.draw.findField).toHaveValue(mine);
      await aUi.draw.find("nobody000000");
      await expect(aUi.draw.found).toContainText("nobody000000 はこの抽選にありません。");
      await expect(aUi.draw.order).toHaveCount(2);
    });

    await test.step("one of the two won; the other is first on the waitlist", async () => {
      const standings: string[] = [];
      for (const ui of [aUi, bUi]) {
        await ui.panel.goto(event.id);
        await expect(ui.panel.verifyDrawLink(frame)).toBeVisible();
        await expect(ui.panel.standing(frame)).toHaveText(/^(参加確定 — 受付番号 #\d+|落選（補欠 1 番目）)$/);
        standings.push((await ui.panel.standing(frame).textContent())!);
      }
      expect(standings.filter((s) => s.startsWith("参加確定"))).toHaveLength(1);
      expect(standings.filter((s) => s.startsWith("落選"))).toHaveLength(1);
    });
  });
});

test.describe("on a phone-sized screen", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("shows the registration panel and the ticket without sideways scrolling", async ({ page, signIn, factory }) => {
    await signIn();
    const event = await factory.publishedEvent(await factory.group(), { venueName: "渋谷ストリーム・ホール 4F イベントスペース (受付は 2F)" });
    const frame = `一般枠 ${uniqueSuffix()}`;
    await createFrame(page, event.id, { name: frame, capacity: 50, method: "first_come", opensAt: minutesFromNow(-60), closesAt: minutesFromNow(24 * 60) });
    const ui = panelsFor(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await ui.panel.goto(event.id);
    await ui.panel.apply(frame);
    await expect(ui.panel.standing(frame)).toHaveText("参加確定 — 受付番号 #1");
    expect(await overflow()).toBeLessThanOrEqual(0);

    await ui.panel.ticketLink(frame).click();
    await expect(ui.ticket.receipt).toHaveText("#1");
    await expect(ui.ticket.qr.locator("svg")).toBeInViewport({ ratio: 0.5 });
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
