// The whole verification an applicant runs, on logs built here by the rules of docs/lottery.md.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { QUICKNET, QUICKNET_1000, flipHex } from "@/tests/support/drand-vectors";
import { ALGORITHM_V1, ALGORITHM_V2, applicantsDigest, commitmentOf, drawKey, drawOrder, fromHex, toHex } from "./algorithm";
import { roundTime } from "./beacon";
import { chainEntry, entryHash, GENESIS_HASH, type LogActor, type LogData, type LogEntry, type LogKind, verifyChain } from "./frame-log";
import { verifyLottery } from "./verify";

const seedHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const seed = fromHex(seedHex);
const ids = Array.from({ length: 8 }, (_, i) => `id${i}xxxxxxxxx`);
const round = QUICKNET_1000.round;
const beforeRound = (s: number) => new Date(roundTime(QUICKNET, round) - s * 1000).toISOString();

function logOf(items: [LogKind, LogActor, LogData, string?][]): LogEntry[] {
  const out: LogEntry[] = [];
  items.forEach(([kind, actor, data, at], i) => out.push(chainEntry(out[i - 1] ?? null, { at: at ?? beforeRound(100 - i), kind, actor, data })));
  return out;
}

async function v2Lottery(capacity = 3, nominated: string[] = []) {
  const commitment = await commitmentOf(seed);
  const digest = await applicantsDigest(ids);
  const order = await drawOrder(drawKey(ALGORITHM_V2, seed, QUICKNET_1000.randomness), ids, nominated);
  const beacon = { chain: "drand-quicknet", ...QUICKNET_1000 };
  const log = logOf([
    ["created", "organizer", { algorithm: ALGORITHM_V2, commitment, capacity: 5, beacon: { chain: "drand-quicknet", round } }],
    ["changed", "organizer", { capacity }],
    ...(nominated.length ? [["nominated", "organizer", { publicIds: nominated }] as [LogKind, LogActor, LogData]] : []),
    ["closed", "system", { count: ids.length, digest, beaconRound: round }],
    ["drawn", "system", { algorithm: ALGORITHM_V2, seed: seedHex, capacity, count: ids.length, digest, nominated, beacon }, new Date(roundTime(QUICKNET, round) + 1000).toISOString()],
  ]);
  const draw = { algorithm: ALGORITHM_V2, commitment, seed: seedHex, capacity, nominated, applicantsDigest: digest, order, beacon };
  return { draw, log, order };
}

const failed = (v: { checks: { name: string; ok: boolean; detail?: string }[] }) => v.checks.filter((c) => !c.ok).map((c) => `${c.name}: ${c.detail ?? ""}`);

describe("the frame log's hash chain", () => {
  it("hashes prevHash + canonical JSON with sorted keys and no spaces", () => {
    const e = { seq: 1, at: "2031-04-01T00:00:00.000Z", kind: "closed" as const, actor: "system" as const, data: { digest: "ab", count: 2, nested: { z: 1, a: [true, null, "é"] } } };
    const text = `${GENESIS_HASH}{"actor":"system","at":"2031-04-01T00:00:00.000Z","data":{"count":2,"digest":"ab","nested":{"a":[true,null,"é"],"z":1}},"kind":"closed","seq":1}`;
    expect(entryHash(GENESIS_HASH, e)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });

  it("names the first entry that was altered, removed or reordered", async () => {
    const { log } = await v2Lottery();
    expect(verifyChain(log)).toEqual({ ok: true, length: log.length });
    const altered = log.map((e) => (e.seq === 3 ? { ...e, data: { ...e.data, count: 9 } } : e));
    expect(verifyChain(altered)).toEqual({ ok: false, seq: 3, reason: "hash" });
    expect(verifyChain([log[0]!, ...log.slice(2)])).toMatchObject({ ok: false, seq: 2 });
    // Re-hashing an altered entry does not help: the next entry's prevHash gives it away.
    const rehashed = altered.map((e) => (e.seq === 3 ? { ...e, hash: entryHash(e.prevHash, e) } : e));
    expect(verifyChain(rehashed)).toEqual({ ok: false, seq: 4, reason: "prevHash" });
  });
});

describe("verifying a lottery with its log", () => {
  it("accepts an honest v2 draw with nominations, a cancellation and an in-order promotion", async () => {
    const { draw, log, order } = await v2Lottery(3, [ids[5]!]);
    const after = [...log];
    const add = (kind: LogKind, actor: LogActor, data: LogData) => after.push(chainEntry(after[after.length - 1]!, { at: new Date(roundTime(QUICKNET, round) + 60_000 * after.length).toISOString(), kind, actor, data }));
    add("cancelled", "applicant", { publicId: order[1]!, from: "confirmed" });
    add("promoted", "system", { publicId: order[3]! });
    add("cancelled", "applicant", { publicId: order[5]!, from: "waitlisted" });
    add("changed", "organizer", { capacity: 4 });
    add("promoted", "system", { publicId: order[4]! });
    add("applied", "applicant", { publicId: "late0000000x", status: "waitlisted" });
    const v = await verifyLottery(draw, after, { chain: QUICKNET });
    expect(failed(v)).toEqual([]);
    expect(v.ok).toBe(true);
    expect(v.checks.map((c) => c.name)).toEqual(["algorithm", "commitment", "beacon", "applicantsDigest", "order", "logChain", "logRecord", "frozenBeforeBeacon", "promotions"]);
  });

  it("catches a promotion that skipped the waitlist", async () => {
    const { draw, log, order } = await v2Lottery();
    const bad = [...log];
    bad.push(chainEntry(bad.at(-1)!, { at: new Date().toISOString(), kind: "cancelled", actor: "applicant", data: { publicId: order[0]!, from: "confirmed" } }));
    bad.push(chainEntry(bad.at(-1)!, { at: new Date().toISOString(), kind: "promoted", actor: "system", data: { publicId: order[4]! } }));
    const v = await verifyLottery(draw, bad, { chain: QUICKNET });
    expect(failed(v)).toEqual([`promotions: entry ${bad.length}: promoted ${order[4]} while ${order[3]} was first on the waitlist`]);
  });

  it("catches a change after the close, nominations the log never saw, and a draw from another list", async () => {
    const { draw, log } = await v2Lottery();
    const closedAt = log.findIndex((e) => e.kind === "closed");
    const withChange = logOf([...log.slice(0, closedAt + 1).map((e) => [e.kind, e.actor, e.data, e.at] as [LogKind, LogActor, LogData, string]), ["changed", "organizer", { capacity: 9 }], [log.at(-1)!.kind, "system", log.at(-1)!.data, log.at(-1)!.at]]);
    expect(failed(await verifyLottery(draw, withChange, { chain: QUICKNET }))).toEqual([`logRecord: entry ${closedAt + 2}: changed after the list was frozen`]);
    expect(failed(await verifyLottery({ ...draw, nominated: [ids[0]!], order: await drawOrder(drawKey(ALGORITHM_V2, seed, QUICKNET_1000.randomness), ids, [ids[0]!]) }, log, { chain: QUICKNET }))).toContain(
      `logRecord: entry ${log.length}: the nominations differ from those logged before the close`,
    );
    const fewer = ids.slice(1);
    const other = { ...draw, applicantsDigest: await applicantsDigest(fewer), order: await drawOrder(drawKey(ALGORITHM_V2, seed, QUICKNET_1000.randomness), fewer) };
    expect(failed(await verifyLottery(other, log, { chain: QUICKNET }))[0]).toMatch(/^logRecord: entry \d+: the frozen list's digest differs/);
  });

  it("refuses a tampered beacon round and a list frozen after the round was out", async () => {
    const { draw, log } = await v2Lottery();
    const tampered = { ...draw, beacon: { ...draw.beacon, signature: flipHex(draw.beacon.signature, 10) } };
    expect((await verifyLottery(tampered, log, { chain: QUICKNET })).checks.find((c) => c.name === "beacon")).toMatchObject({ ok: false });
    const lateClose = log.map((e) => [e.kind, e.actor, e.data, e.kind === "closed" ? new Date(roundTime(QUICKNET, round) + 1).toISOString() : e.at] as [LogKind, LogActor, LogData, string]);
    expect(failed(await verifyLottery(draw, logOf(lateClose), { chain: QUICKNET }))).toEqual([`frozenBeforeBeacon: entry 3 is not before round ${round}`]);
  });

  it("checks a voided lottery's revealed seed against its commitment", async () => {
    const { draw, log } = await v2Lottery();
    const oldSeed = toHex(new Uint8Array(32).fill(9));
    const first: [LogKind, LogActor, LogData][] = [
      ["created", "organizer", { algorithm: ALGORITHM_V1, commitment: await commitmentOf(fromHex(oldSeed)), capacity: 5, beacon: null }],
      ["closed", "system", { count: 8, digest: "x" }],
    ];
    const rest = log.map((e) => [e.kind, e.actor, e.data, e.at] as [LogKind, LogActor, LogData, string]);
    const honest = logOf([...first, ["voided", "organizer", { reason: "会場変更", seed: oldSeed }], ...rest]);
    expect(failed(await verifyLottery(draw, honest, { chain: QUICKNET }))).toEqual([]);
    const lying = logOf([...first, ["voided", "organizer", { reason: "会場変更", seed: seedHex }], ...rest]);
    expect(failed(await verifyLottery(draw, lying, { chain: QUICKNET }))).toEqual(["logRecord: entry 3: the voided lottery's seed does not match its commitment"]);
  });

  it("keeps verifying v1 draws made before the log existed, but not a v2 draw without its log", async () => {
    const commitment = await commitmentOf(seed);
    const v1 = { algorithm: ALGORITHM_V1, commitment, seed: seedHex, capacity: 2, nominated: [], applicantsDigest: await applicantsDigest(ids), order: await drawOrder(seed, ids) };
    expect((await verifyLottery(v1, [])).ok).toBe(true);
    const { draw } = await v2Lottery();
    expect(failed(await verifyLottery(draw, [], { chain: QUICKNET }))).toEqual(["logChain: the log is empty"]);
  });
});
