import { bls12_381 } from "@noble/curves/bls12-381.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { describe, expect, it } from "vitest";
import { DRAND_QUICKNET, firstRoundAfter, parseRound, randomnessOf, roundMessage, roundTime, verifyBeacon } from "./beacon";

import { flipHex as flip, QUICKNET_1000, WALKTHROUGH, WALKTHROUGH_38 } from "@/tests/support/drand-vectors";

describe("the drand beacon (bls-unchained-g1-rfc9380)", () => {
  it("accepts genuine rounds of quicknet and of another chain of the scheme", () => {
    expect(verifyBeacon(DRAND_QUICKNET, QUICKNET_1000, 1000)).toEqual({ ok: true });
    expect(verifyBeacon(WALKTHROUGH, WALKTHROUGH_38, 38)).toEqual({ ok: true });
  });

  it("refuses a tampered signature, a wrong randomness, another round, another chain's key", () => {
    expect(verifyBeacon(DRAND_QUICKNET, { ...QUICKNET_1000, signature: flip(QUICKNET_1000.signature, 60) }, 1000).ok).toBe(false);
    expect(verifyBeacon(DRAND_QUICKNET, { ...QUICKNET_1000, randomness: flip(QUICKNET_1000.randomness, 5) }, 1000)).toEqual({ ok: false, reason: "badRandomness" });
    expect(verifyBeacon(DRAND_QUICKNET, { ...QUICKNET_1000, round: 1001 }, 1001)).toEqual({ ok: false, reason: "badSignature" });
    expect(verifyBeacon(DRAND_QUICKNET, QUICKNET_1000, 999)).toEqual({ ok: false, reason: "wrongRound" });
    expect(verifyBeacon(WALKTHROUGH, QUICKNET_1000, 1000)).toEqual({ ok: false, reason: "badSignature" });
  });

  it("refuses garbage from a relay before any cryptography", () => {
    for (const junk of [null, "x", { round: "1000" }, { ...QUICKNET_1000, signature: "zz" }, { ...QUICKNET_1000, round: -1 }, { ...QUICKNET_1000, randomness: QUICKNET_1000.randomness.toUpperCase() }]) {
      expect(parseRound(junk)).toBeNull();
    }
    expect(parseRound({ ...QUICKNET_1000, extra: 1 })).toEqual(QUICKNET_1000);
  });

  it("derives the randomness as SHA-256 of the signature", () => {
    expect(randomnessOf(QUICKNET_1000.signature)).toBe(QUICKNET_1000.randomness);
  });

  it("signs the SHA-256 of the round as 8 bytes big-endian, verifiable with a key of our own", () => {
    const bls = bls12_381.shortSignatures;
    const { secretKey, publicKey } = bls.keygen(new Uint8Array(48).fill(7));
    const sig = bls.sign(bls.hash(roundMessage(42)), secretKey).toHex();
    const chain = { ...DRAND_QUICKNET, publicKey: publicKey.toHex() };
    expect(verifyBeacon(chain, { round: 42, signature: sig, randomness: randomnessOf(sig) }, 42)).toEqual({ ok: true });
    expect(bytesToHex(roundMessage(1))).toBe("cd2662154e6d76b2b2b92e70c0cac3ccf534f9b74eb5b89819ec509083d00a50");
  });

  it("fixes the first round published strictly after a time", () => {
    const c = { ...DRAND_QUICKNET, genesis: 1000, period: 3 };
    expect(roundTime(c, 1)).toBe(1_000_000);
    expect(firstRoundAfter(c, 999_000)).toBe(1);
    expect(firstRoundAfter(c, 1_000_000)).toBe(2);
    expect(firstRoundAfter(c, 1_002_999)).toBe(2);
    expect(firstRoundAfter(c, 1_003_000)).toBe(3);
    for (const t of [1_000_000, 1_001_500, 1_004_000, 1_234_567]) {
      const r = firstRoundAfter(c, t);
      expect(roundTime(c, r)).toBeGreaterThan(t);
      expect(roundTime(c, r - 1)).toBeLessThanOrEqual(t);
    }
  });
});
