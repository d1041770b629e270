import { describe, expect, it } from "vitest";
import { publicKeyOf, signRound } from "@/tests/support/drand-relay";
import { TEST_CHAIN, testChainSecret } from "@/tests/support/test-chain";
import { verifyBeacon } from "./beacon";

describe("the end-to-end tests' beacon chain", () => {
  it("has the public key its secret gives, and its rounds verify under it", async () => {
    const secret = await testChainSecret();
    expect(publicKeyOf(secret)).toBe(TEST_CHAIN.publicKey);
    expect(verifyBeacon(TEST_CHAIN, signRound(secret, 123_456), 123_456)).toEqual({ ok: true });
  });
});
