// hako-lottery-v2 through the services, against a local relay that speaks drand's HTTP API and
// serves quicknet's real round 1000. The chain's genesis is configuration: it is moved so that
// round 1000 comes out an hour from now, right after these lotteries' draw time.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { frameLog } from "@/lib/frame-log/service";
import { nominate, updateFrame, voidLottery } from "@/lib/frames/service";
import { ALGORITHM_V2, commitmentOf, drawKey, drawOrder, fromHex } from "@/lib/lottery/algorithm";
import { roundTime } from "@/lib/lottery/beacon";
import { publicDraw } from "@/lib/lottery/data";
import { closeDueLotteries, runDueDraws } from "@/lib/lottery/service";
import { verifyLottery } from "@/lib/lottery/verify";
import { apply, cancel } from "@/lib/registrations/service";
import { voidInput } from "@/lib/registrations/schema";
import { deadRelayUrl, startRelay } from "./support/drand-relay";
import { QUICKNET, QUICKNET_1000 } from "./support/drand-vectors";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const ROUND_AT = Math.ceil(Date.now() / 1000) * 1000 + 3600_000;
const chain = { ...QUICKNET, genesis: ROUND_AT / 1000 - (QUICKNET_1000.round - 1) * QUICKNET.period };
const relay = await startRelay({ chain, rounds: [QUICKNET_1000] });
const dead = await deadRelayUrl();
Object.assign(process.env, {
  HAKO_BEACON: "drand-quicknet",
  HAKO_BEACON_RELAYS: `${dead},${relay.url}`,
  HAKO_BEACON_GENESIS: String(chain.genesis),
  HAKO_BEACON_TIMEOUT_MS: "400",
});
afterAll(() => relay.close());

const at = (ms: number) => new Date(ROUND_AT + ms);

async function v2Lottery(applicants: number, capacity: number) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  // Closes a minute before round 1000 comes out; the draw is due a second before it.
  const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity, opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: at(-60_000).toISOString(), drawAt: at(-1000).toISOString() });
  const people = [];
  for (let i = 0; i < applicants; i++) people.push(await makeUser("applicant"));
  const regs = [];
  for (const p of people) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  return { owner, event, frame, people, regs };
}

describe("hako-lottery-v2", () => {
  it("fixes the first round after drawAt at creation, waits for it, refuses bad relays, and draws with the verified round", async () => {
    const { owner, frame, regs } = await v2Lottery(6, 2);
    expect(frame).toMatchObject({ algorithm: ALGORITHM_V2, beaconChain: "drand-quicknet", beaconRound: 1000 });
    await nominate(owner, frame.id, [regs[3]!.publicId]);
    expect((await frameLog(frame.id))[0]).toMatchObject({ kind: "created", actor: "organizer", data: { algorithm: ALGORITHM_V2, commitment: frame.commitment, beacon: { chain: "drand-quicknet", round: 1000 } } });

    expect(await closeDueLotteries(at(-59_000))).toMatchObject({ closed: expect.any(Number) });
    // Due, but round 1000 is not out: the draw waits, and says why.
    await runDueDraws(at(-500));
    expect(await publicDraw(frame.id, at(-500))).toMatchObject({ status: "closed", waiting: { reason: "BEACON_NOT_YET" } });

    relay.setMode("tamper");
    await runDueDraws(at(1000));
    const tampered = await publicDraw(frame.id, at(1000));
    expect(tampered).toMatchObject({ status: "closed", seed: null, waiting: { reason: "BEACON_INVALID" } });
    expect(tampered.waiting!.detail).toMatch(/unreachable.*invalid \(badSignature\)/);

    relay.setMode("garbage");
    await runDueDraws(at(2000));
    expect((await publicDraw(frame.id, at(2000))).waiting).toMatchObject({ reason: "BEACON_INVALID", detail: expect.stringContaining("garbage") });

    relay.setMode("hang");
    await runDueDraws(at(3000));
    expect((await publicDraw(frame.id, at(3000))).waiting).toMatchObject({ reason: "BEACON_UNREACHABLE", detail: expect.stringContaining("timeout") });
    expect(await db().drawEntry.count({ where: { frameId: frame.id } })).toBe(0);

    relay.setMode("ok");
    await runDueDraws(at(4000));
    const d = await publicDraw(frame.id, at(4000));
    expect(d).toMatchObject({ status: "drawn", waiting: null, beacon: { round: 1000, randomness: QUICKNET_1000.randomness, signature: QUICKNET_1000.signature } });
    expect(d.order).toEqual(await drawOrder(drawKey(ALGORITHM_V2, fromHex(d.seed!), QUICKNET_1000.randomness), regs.map((r) => r.publicId), [regs[3]!.publicId]));
    const log = await frameLog(frame.id);
    expect(log.map((e) => e.kind)).toEqual(["created", "nominated", "closed", "drawn"]);
    const v = await verifyLottery(d, log, { chain });
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    expect(v.ok).toBe(true);
  });

  it("freezes a closed frame, voids it only with a reason and in public, and opens a new lottery", async () => {
    const { owner, frame, regs, people } = await v2Lottery(3, 1);
    await closeDueLotteries(at(-59_000));
    const frozen = at(-50_000);
    await expect(updateFrame(owner, frame.id, { capacity: 5 }, frozen)).rejects.toMatchObject({ code: "FRAME_FROZEN" });
    await expect(updateFrame(owner, frame.id, { closesAt: at(3600_000).toISOString() }, frozen)).rejects.toMatchObject({ code: "FRAME_FROZEN" });
    await expect(nominate(owner, frame.id, [regs[0]!.publicId], frozen)).rejects.toMatchObject({ code: "FRAME_FROZEN" });
    await expect(cancel(people[0]!, regs[0]!.id, frozen)).rejects.toMatchObject({ code: "LOTTERY_FROZEN" });
    // A name is not part of the draw.
    await updateFrame(owner, frame.id, { name: "抽選枠（改）" }, frozen);
    expect(voidInput.safeParse({ reason: "  " }).success).toBe(false);

    // Once the round is out the lottery must be drawn; voiding waits for the stated time.
    await expect(voidLottery(owner, frame.id, { reason: "会場が変わりました" }, at(10_000))).rejects.toMatchObject({ code: "VOID_TOO_EARLY" });
    expect((await publicDraw(frame.id, at(10_000))).voidableFrom).toEqual(at(60 * 60_000));
    const voided = await voidLottery(owner, frame.id, voidInput.parse({ reason: "会場が変わりました", capacity: 2, closesAt: at(7200_000).toISOString(), drawAt: at(7200_000).toISOString() }), at(60 * 60_000));
    expect(voided.commitment).not.toBe(frame.commitment);
    expect(voided).toMatchObject({ capacity: 2, closedAt: null, applicantsDigest: null, drawState: "PENDING", beaconRound: 1000 + 2400 + 1 });
    const log = await frameLog(frame.id);
    const v = log.find((e) => e.kind === "voided")!;
    expect(v).toMatchObject({ actor: "organizer", data: { reason: "会場が変わりました", commitment: frame.commitment } });
    expect(await commitmentOf(fromHex(v.data.seed as string))).toBe(frame.commitment);
    expect(log.slice(-2).map((e) => e.kind)).toEqual(["voided", "created"]);
    expect(log.at(-1)!.data).toMatchObject({ commitment: voided.commitment, capacity: 2, beacon: { round: 3401 } });
    // The new lottery is open again: applicants keep their applications.
    expect(await db().registration.count({ where: { frameId: frame.id, status: "APPLIED" } })).toBe(3);
  });

  it("draws exactly the frozen list, and refuses when it no longer matches", async () => {
    const { frame, event, people } = await v2Lottery(3, 1);
    await closeDueLotteries(at(-59_000));
    // Someone slips a registration in behind the services' back.
    const intruder = await makeUser("intruder");
    await db().registration.create({ data: { publicId: "sneaky000000", ticketCode: "t-sneaky", eventId: event.id, frameId: frame.id, userId: intruder.userId, status: "APPLIED", receiptNumber: 999, activeKey: `${event.id}:${intruder.userId}` } });
    await runDueDraws(at(5000));
    expect(await publicDraw(frame.id, at(5000))).toMatchObject({ status: "closed", seed: null, waiting: { reason: "LIST_MISMATCH", detail: "4 applicants now, 3 at the close" } });
    expect(await db().drawEntry.count({ where: { frameId: frame.id } })).toBe(0);
    expect(people).toHaveLength(3);
  });

  it("moves the round when the close is recorded after the round came out", async () => {
    const { frame } = await v2Lottery(2, 1);
    // Nobody recorded the close until after round 1000 was public.
    await closeDueLotteries(at(30_000));
    const d = await publicDraw(frame.id, at(30_000));
    expect(d.beacon!.round).toBeGreaterThan(1000);
    expect(roundTime(chain, d.beacon!.round)).toBeGreaterThan(at(30_000).getTime());
    expect((await frameLog(frame.id)).at(-1)).toMatchObject({ kind: "closed", data: { beaconRound: d.beacon!.round } });
  });
});
