// hako-lottery-v2 in the browser: a frame drawn with a beacon round from the local test relay,
// verified on the draw page and by `npm run lottery:verify`; a closed frame that cannot change
// and is voided in public instead.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { APIRequestContext } from "@playwright/test";
import { TEST_CHAIN } from "../../tests/support/test-chain";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { DrawPage } from "../pages/draw.page";
import { FrameForm } from "../pages/frame-form.page";
import { ManagePage } from "../pages/manage.page";

const isoFromNow = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A datetime-local value in Asia/Tokyo, `ms` from now. */
function tokyoLocal(ms: number): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(new Date(Date.now() + ms));
  const p = Object.fromEntries(parts.map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

type Frame = { id: string; commitment: string; closesAt: string; algorithm: string };

async function createFrame(request: APIRequestContext, eventId: string, values: Record<string, unknown>): Promise<Frame> {
  const res = await request.post(`/api/v1/events/${eventId}/frames`, { data: values });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as Frame;
}

async function applyOverApi(request: APIRequestContext, eventId: string, frameId: string) {
  const res = await request.post(`/api/v1/events/${eventId}/registrations`, { data: { frameId } });
  expect(res.status(), await res.text()).toBe(201);
}

test.describe("lottery v2 and the frame log", () => {
  test("draws with a verified beacon round and verifies it in the browser and from the command line", async ({ page, signIn, factory, openSession, baseURL }) => {
    test.setTimeout(120_000);
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const name = `抽選枠 v2 ${uniqueSuffix()}`;
    const frame = await createFrame(page.request, event.id, { name, capacity: 1, method: "lottery", beacon: "drand-quicknet", opensAt: isoFromNow(-3600_000), closesAt: isoFromNow(12_000) });
    expect(frame.algorithm).toBe("hako-lottery-v2");
    for (const who of ["v2-a", "v2-b", "v2-c"]) await applyOverApi((await openSession(uniqueEmail(who))).page.request, event.id, frame.id);

    const draw = new DrawPage(page);
    await test.step("before the close: the algorithm, the beacon round fixed in advance, the log's first entry", async () => {
      await draw.goto(frame.id);
      await expect(draw.algorithm).toHaveText("hako-lottery-v2");
      await expect(draw.status).toHaveText("申込受付中");
      await expect(draw.beacon).toContainText(/drand quicknet ラウンド \d+/);
      await expect(draw.beacon).toContainText("公開 quicknet ではないチェーン");
      await expect(draw.closedAt).toHaveText("締め切り時に記録されます");
      await expect(draw.logEntries).toHaveCount(1);
      await expect(draw.logEntries.first()).toContainText("作成");
      await expect(draw.logEntries.first()).toContainText("運営");
    });

    await test.step("the scheduler freezes the list, waits for the round and draws", async () => {
      await expect
        .poll(async () => ((await (await page.request.get(`/api/v1/frames/${frame.id}/draw`)).json()) as { status: string }).status, { timeout: 60_000, intervals: [1000] })
        .toBe("drawn");
    });

    await test.step("the draw page shows the round and verifies everything in the browser", async () => {
      await draw.goto(frame.id);
      await expect(draw.status).toHaveText("抽選済み");
      await expect(draw.digest).toHaveText(/^[0-9a-f]{64}$/);
      await expect(draw.verifyResult).toHaveText(/^検証 OK/, { timeout: 20_000 });
      for (const name of ["algorithm", "commitment", "beacon", "applicantsDigest", "order", "logChain", "logRecord", "frozenBeforeBeacon", "promotions"]) {
        await expect(draw.check(name)).toContainText("✓ 一致");
      }
      await expect(draw.logEntries).toHaveCount(3);
      await expect(draw.logEntries.nth(1)).toContainText("締め切り");
      await expect(draw.logEntries.nth(2)).toContainText("抽選");
      await expect(draw.order).toHaveCount(3);
    });

    await test.step("npm run lottery:verify agrees, given the test chain", async () => {
      const run = await promisify(execFile)(
        "npx",
        ["tsx", "scripts/lottery-verify.ts", `${baseURL}/frames/${frame.id}/draw`, "--chain-public-key", TEST_CHAIN.publicKey, "--chain-genesis", String(TEST_CHAIN.genesis), "--chain-period", String(TEST_CHAIN.period)],
        { timeout: 60_000 },
      );
      expect(run.stdout).toContain("✓ beacon");
      expect(run.stdout).toContain("✓ logChain (3 entries)");
      expect(run.stdout).toMatch(/MATCH: /);
    });
  });

  test("refuses to change a closed lottery and voids it in public with a reason", async ({ page, signIn, factory, openSession }) => {
    test.setTimeout(90_000);
    await signIn();
    const event = await factory.publishedEvent(await factory.group());
    const name = `抽選枠 ${uniqueSuffix()}`;
    // Closes in a few seconds; the draw is tomorrow, so the frame stays closed and undrawn.
    const frame = await createFrame(page.request, event.id, { name, capacity: 1, method: "lottery", beacon: "none", opensAt: isoFromNow(-3600_000), closesAt: isoFromNow(8_000), drawAt: isoFromNow(86_400_000) });
    await applyOverApi((await openSession(uniqueEmail("void-a"))).page.request, event.id, frame.id);
    await page.waitForTimeout(Math.max(0, Date.parse(frame.closesAt) - Date.now() + 1000));

    await test.step("the frame is frozen: the form says so and the API refuses with FRAME_FROZEN", async () => {
      const form = new FrameForm(page);
      await page.goto(`/events/${event.id}/frames/${frame.id}/edit`);
      await expect(page.getByTestId("frame-frozen")).toContainText("抽選まで日時・定員・指名・質問は変えられません");
      await expect(form.capacity).toBeDisabled();
      const res = await page.request.patch(`/api/v1/frames/${frame.id}`, { data: { capacity: 5 } });
      expect(res.status()).toBe(409);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("FRAME_FROZEN");
    });

    await test.step("the organizer voids it with a reason and new dates; the log shows it and a new commitment", async () => {
      const manage = new ManagePage(page);
      await manage.goto(event.id);
      await manage.voidLottery(name, { reason: "会場が変わったため", closesAt: tokyoLocal(86_400_000), drawAt: tokyoLocal(2 * 86_400_000) });
      // The new lottery is open again, so the page no longer offers to void it.
      await expect(manage.voidSection(name)).toHaveCount(0);
      await expect(manage.lotteryState(name)).toContainText("未抽選");
      const draw = new DrawPage(page);
      await draw.goto(frame.id);
      await expect(draw.status).toHaveText("申込受付中");
      await expect(draw.commitment).not.toHaveText(frame.commitment);
      await expect(draw.logEntries).toHaveCount(4);
      await expect(draw.logEntries.nth(2)).toContainText("無効化");
      await expect(draw.logEntries.nth(2)).toContainText("会場が変わったため");
      await expect(draw.logEntries.nth(3)).toContainText("作成");
    });
  });
});
