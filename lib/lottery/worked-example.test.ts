// docs/lottery.md's worked example, read from the document and checked against the code: the
// document an outsider implements from must agree with what Hako runs.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALGORITHM_V1, ALGORITHM_V2, applicantsDigest, commitmentOf, drawKey, drawKeys, drawOrder, fromHex, toHex } from "./algorithm";
import { DRAND_QUICKNET, roundTime, verifyBeacon } from "./beacon";

const doc = readFileSync(path.join(process.cwd(), "docs/lottery.md"), "utf8");
const block = doc.slice(doc.indexOf("## Worked example")).match(/```\n([\s\S]*?)```/)![1]!;
const value = (label: string) => {
  const line = block.split("\n").find((l) => l.startsWith(`${label} `));
  if (!line) throw new Error(`no "${label}" in the worked example`);
  return line.slice(label.length).trim();
};
const list = (label: string) => value(label).split(", ");

describe("the worked example of docs/lottery.md", () => {
  const seed = fromHex(value("seed"));
  const round = Number(value("beacon round").split(" ")[0]);
  const beacon = { round, randomness: value("beacon randomness"), signature: value("beacon signature") };
  const ids = list("applicants");

  it("has the commitment of its seed and a genuine quicknet round, published when it says", async () => {
    expect(await commitmentOf(seed)).toBe(value("commitment"));
    expect(verifyBeacon(DRAND_QUICKNET, beacon, round)).toEqual({ ok: true });
    expect(value("beacon round")).toContain(new Date(roundTime(DRAND_QUICKNET, round)).toISOString());
  });

  it("derives the key, each applicant's key, the digest and the order as the code does", async () => {
    const key = drawKey(ALGORITHM_V2, seed, beacon.randomness);
    expect(toHex(key)).toBe(value("draw key K"));
    const keys = await drawKeys(key, ids);
    ids.forEach((id, i) => expect(keys[i]).toBe(value(`key ${id}`)));
    expect(await applicantsDigest(ids)).toBe(value("applicantsDigest"));
    expect(await drawOrder(key, ids)).toEqual(list("order"));
    expect(await drawOrder(drawKey(ALGORITHM_V1, seed), ids)).toEqual(list("v1 order"));
  });
});
