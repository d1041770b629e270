import { createHash, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALGORITHM, applicantsDigest, commitmentOf, drawOrder, fromHex, toHex, verifyDraw } from "./algorithm";

const seedHex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
const seed = fromHex(seedHex);

// An independent implementation with node:crypto, straight from the DESIGN.md rule.
function referenceOrder(seedBytes: Uint8Array, ids: string[], nominated: string[] = []) {
  const key = (id: string) => createHmac("sha256", Buffer.from(seedBytes)).update(id, "utf8").digest("hex");
  const nom = nominated.filter((id, i) => ids.includes(id) && nominated.indexOf(id) === i);
  const rest = ids.filter((id) => !nom.includes(id)).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return [...nom, ...rest];
}

const publicId = fc.stringMatching(/^[A-Za-z0-9_-]{4,24}$/);

describe("hako-lottery-v1", () => {
  it("commits to the seed with its SHA-256", async () => {
    expect(await commitmentOf(seed)).toBe(createHash("sha256").update(Buffer.from(seed)).digest("hex"));
  });

  it("orders by HMAC-SHA256 of the public id, like an independent implementation", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(publicId, { maxLength: 60 }), fc.uint8Array({ minLength: 32, maxLength: 32 }), async (ids, s) => {
        expect(await drawOrder(s, ids)).toEqual(referenceOrder(s, ids));
      }),
      { numRuns: 50 },
    );
  });

  it("does not depend on the order people applied in", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(publicId, { minLength: 1, maxLength: 40 }), fc.integer(), async (ids, shift) => {
        const rotated = ids.map((_, i) => ids[(i + Math.abs(shift)) % ids.length]!);
        expect(await drawOrder(seed, rotated)).toEqual(await drawOrder(seed, ids));
      }),
      { numRuns: 50 },
    );
  });

  it("puts the nominated first in nomination order and keeps everyone exactly once", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(publicId, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 5 }), async (ids, picks) => {
        const nominated = picks.map((p) => ids[p % ids.length]!);
        const order = await drawOrder(seed, ids, nominated);
        const distinctNominated = [...new Set(nominated)];
        expect(order.slice(0, distinctNominated.length)).toEqual(distinctNominated);
        expect([...order].sort()).toEqual([...ids].sort());
        expect(order).toEqual(referenceOrder(seed, ids, nominated));
      }),
      { numRuns: 50 },
    );
  });

  it("ignores nominations of people who did not apply", async () => {
    expect(await drawOrder(seed, ["a", "b"], ["zzz", "b"])).toEqual(["b", "a"]);
  });

  it("digests the sorted applicant list", async () => {
    const expected = createHash("sha256").update("a\nb\nc").digest("hex");
    expect(await applicantsDigest(["c", "a", "b"])).toBe(expected);
  });

  it("verifies an honest draw and catches a changed order, seed or commitment", async () => {
    const ids = Array.from({ length: 30 }, (_, i) => `r${i}`);
    const order = await drawOrder(seed, ids, ["r7"]);
    const draw = { algorithm: ALGORITHM, commitment: await commitmentOf(seed), seed: seedHex, capacity: 10, nominated: ["r7"], applicantsDigest: await applicantsDigest(ids), order };
    expect((await verifyDraw(draw)).ok).toBe(true);
    const swapped = [...order];
    [swapped[3], swapped[4]] = [swapped[4]!, swapped[3]!];
    expect((await verifyDraw({ ...draw, order: swapped })).ok).toBe(false);
    expect((await verifyDraw({ ...draw, seed: toHex(new Uint8Array(32)) })).checks.find((c) => c.name === "commitment")!.ok).toBe(false);
    expect((await verifyDraw({ ...draw, order: order.slice(1) })).ok).toBe(false);
    expect((await verifyDraw({ ...draw, seed: null })).ok).toBe(false);
  });
});
