// The CLI verifier against a local server that publishes a draw and its log as Hako's API does.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUICKNET, QUICKNET_1000 } from "@/tests/support/drand-vectors";
import { ALGORITHM_V2, applicantsDigest, commitmentOf, drawKey, drawOrder, fromHex } from "../lib/lottery/algorithm";
import { roundTime } from "../lib/lottery/beacon";
import { chainEntry, type LogActor, type LogData, type LogEntry, type LogKind } from "../lib/lottery/frame-log";
import { lotteryVerify } from "./lottery-verify";

const seedHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const ids = ["3kq9v2m7xw1p", "h8d0c4t6zr5n", "p2w7e9j1s3ab", "a1b2c3d4e5f6"];
const published: { draw?: unknown; log?: LogEntry[] } = {};
let base = "";

const server = createServer((req, res) => {
  const body = req.url?.endsWith("/draw") ? published.draw : req.url?.endsWith("/log") ? { frameId: "f1", entries: published.log } : undefined;
  if (!body) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const seed = fromHex(seedHex);
  const commitment = await commitmentOf(seed);
  const digest = await applicantsDigest(ids);
  const order = await drawOrder(drawKey(ALGORITHM_V2, seed, QUICKNET_1000.randomness), ids);
  const beacon = { chain: "drand-quicknet", ...QUICKNET_1000 };
  const t = (s: number) => new Date(roundTime(QUICKNET, 1000) + s * 1000).toISOString();
  const items: { at: string; kind: LogKind; actor: LogActor; data: LogData }[] = [
    { at: t(-600), kind: "created", actor: "organizer", data: { algorithm: ALGORITHM_V2, commitment, capacity: 2, beacon: { chain: "drand-quicknet", round: 1000 } } },
    { at: t(-60), kind: "closed", actor: "system", data: { count: 4, digest, beaconRound: 1000 } },
    { at: t(1), kind: "drawn", actor: "system", data: { algorithm: ALGORITHM_V2, seed: seedHex, capacity: 2, count: 4, digest, nominated: [], beacon } },
    { at: t(60), kind: "cancelled", actor: "applicant", data: { publicId: order[0]!, from: "confirmed" } },
    { at: t(60), kind: "promoted", actor: "system", data: { publicId: order[2]! } },
  ];
  const log: LogEntry[] = [];
  for (const e of items) log.push(chainEntry(log.at(-1) ?? null, e));
  published.draw = { frameId: "f1", algorithm: ALGORITHM_V2, status: "drawn", commitment, seed: seedHex, capacity: 2, nominated: [], applicantsCount: 4, applicantsDigest: digest, beacon, order };
  published.log = log;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("npm run lottery:verify", () => {
  it("fetches the draw and its log from a draw page URL and says MATCH", async () => {
    const r = await lotteryVerify([`${base}/frames/f1/draw`]);
    expect(r.lines.filter((l) => l.startsWith("✗"))).toEqual([]);
    expect(r.lines).toContain("✓ beacon (round 1000)");
    expect(r.lines).toContain("✓ logChain (5 entries)");
    expect(r.lines).toContain("✓ promotions (1)");
    expect(r.code).toBe(0);
  });

  it("names the first broken entry of an altered log and exits 1", async () => {
    const honest = published.log!;
    published.log = honest.map((e) => (e.seq === 4 ? { ...e, data: { ...e.data, publicId: "someone-else" } } : e));
    try {
      const r = await lotteryVerify([`${base}/api/v1/frames/f1/draw`]);
      expect(r.code).toBe(1);
      expect(r.lines).toContain("✗ logChain (entry 4: hash)");
      expect(r.lines.at(-1)).toMatch(/^MISMATCH/);
    } finally {
      published.log = honest;
    }
  });

  it("refuses a v2 draw checked against another chain's key", async () => {
    const r = await lotteryVerify([`${base}/frames/f1/draw`, "--chain-public-key", "81d320f220ee9c79e60e19dedc838c31e3ab919b15481e9feb52f643628c4f6a13fdc52129493875a818109d767272ca0541cbcdcea9335f2870d781b39b845ba8cbd44fdfe4967781cf72ca5917fc9398bcf97ca0548ed5a709016c4b1ff0f3"]);
    expect(r.code).toBe(1);
    expect(r.lines).toContain("✗ beacon (round 1000: badSignature)");
  });

  it("explains its usage without an input", async () => {
    expect((await lotteryVerify([])).code).toBe(2);
  });
});
