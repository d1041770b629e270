// Properties of the draw order and of its verification, over random applicants, nominations and
// seeds: what an applicant and an outside verifier rely on.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as nodeCrypto from "node:crypto";
import { ALGORITHM, applicantsDigest, commitmentOf, drawKeys, drawOrder, nodeKeys, toHex, verifyDraw, webCryptoKeys } from "./algorithm";

// Public ids as the service makes them: 12 characters of Crockford base32.
const publicId = fc.stringMatching(/^[0-9a-hjkmnp-tv-z]{12}$/);
const applicants = fc.uniqueArray(publicId, { minLength: 1, maxLength: 60 });
const seed = fc.uint8Array({ minLength: 32, maxLength: 32 });

/** Applicants with a nomination list drawn from them (possibly repeating, possibly empty). */
const withNominations = applicants.chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.constantFrom(...ids), { maxLength: 8 })));

/** A genuine published draw. */
async function publish(s: Uint8Array, ids: string[], nominated: string[], capacity: number) {
  const distinct = [...new Set(nominated)];
  return {
    algorithm: ALGORITHM,
    commitment: await commitmentOf(s),
    seed: toHex(s),
    capacity,
    nominated: distinct,
    applicantsDigest: await applicantsDigest(ids),
    order: await drawOrder(s, ids, distinct),
  };
}

describe("the draw order", () => {
  it("is a permutation of the applicants", async () => {
    await fc.assert(
      fc.asyncProperty(withNominations, seed, async ([ids, nominated], s) => {
        const order = await drawOrder(s, ids, nominated);
        expect(order).toHaveLength(ids.length);
        expect([...order].sort()).toEqual([...ids].sort());
      }),
      { numRuns: 100 },
    );
  });

  it("does not depend on the order the applicants are listed in", async () => {
    await fc.assert(
      fc.asyncProperty(
        applicants.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }))),
        seed,
        async ([ids, shuffled], s) => {
          expect(await drawOrder(s, shuffled)).toEqual(await drawOrder(s, ids));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("puts the nominated applicants first, in nomination order, each once", async () => {
    await fc.assert(
      fc.asyncProperty(withNominations, fc.array(publicId, { maxLength: 3 }), seed, async ([ids, nominated], strangers, s) => {
        // People who did not apply cannot be nominated into the draw.
        const order = await drawOrder(s, ids, [...strangers, ...nominated]);
        const applied = new Set(ids);
        const expectedFirst = [...new Set([...strangers, ...nominated])].filter((id) => applied.has(id));
        expect(order.slice(0, expectedFirst.length)).toEqual(expectedFirst);
        expect(order.filter((id) => !applied.has(id))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("gives the same order for the same seed", async () => {
    await fc.assert(
      fc.asyncProperty(withNominations, seed, async ([ids, nominated], s) => {
        const first = await drawOrder(s, ids, nominated);
        const again = await drawOrder(Uint8Array.from(s), [...ids].reverse(), [...nominated]);
        expect(again).toEqual(first);
      }),
      { numRuns: 100 },
    );
  });
});

describe("the keys", () => {
  it("are the same from Web Crypto (the browser's verifier) as from Node's HMAC (the server)", async () => {
    await fc.assert(
      fc.asyncProperty(applicants, seed, async (ids, s) => {
        const web = await webCryptoKeys(s, ids);
        expect(nodeKeys(nodeCrypto, s, ids)).toEqual(web);
        expect(await drawKeys(s, ids)).toEqual(web);
      }),
      { numRuns: 100 },
    );
  });
});

describe("verifying a published draw", () => {
  it("accepts a genuine draw", async () => {
    await fc.assert(
      fc.asyncProperty(withNominations, seed, fc.integer({ min: 1, max: 100 }), async ([ids, nominated], s, capacity) => {
        const v = await verifyDraw(await publish(s, ids, nominated, capacity));
        expect(v.checks.filter((c) => !c.ok)).toEqual([]);
        expect(v.ok).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects any swap of two positions", async () => {
    const draws = withNominations
      .filter(([ids]) => ids.length >= 2)
      .chain(([ids, nominated]) => fc.tuple(fc.constant(ids), fc.constant(nominated), fc.integer({ min: 0, max: ids.length - 1 }), fc.integer({ min: 0, max: ids.length - 1 })))
      .filter(([, , i, j]) => i !== j);
    await fc.assert(
      fc.asyncProperty(draws, seed, async ([ids, nominated, i, j], s) => {
        const genuine = await publish(s, ids, nominated, 10);
        const order = [...genuine.order];
        [order[i], order[j]] = [order[j]!, order[i]!];
        const v = await verifyDraw({ ...genuine, order });
        expect(v.ok).toBe(false);
        expect(v.checks.find((c) => c.name === "order")!.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects a different seed", async () => {
    await fc.assert(
      fc.asyncProperty(
        withNominations,
        fc.tuple(seed, seed).filter(([a, b]) => toHex(a) !== toHex(b)),
        async ([ids, nominated], [s, other]) => {
          const genuine = await publish(s, ids, nominated, 10);
          // Revealing another seed breaks the commitment made before anyone applied.
          const v = await verifyDraw({ ...genuine, seed: toHex(other) });
          expect(v.ok).toBe(false);
          expect(v.checks.find((c) => c.name === "commitment")!.ok).toBe(false);
          // Even with a commitment forged to match, the order only verifies if the other seed
          // happens to give the very same order (with one applicant, or by chance).
          const forged = await verifyDraw({ ...genuine, seed: toHex(other), commitment: await commitmentOf(other) });
          const sameOrder = (await drawOrder(other, ids, genuine.nominated)).every((id, k) => id === genuine.order[k]);
          expect(forged.ok).toBe(sameOrder);
        },
      ),
      { numRuns: 100 },
    );
  });
});
