// The end-to-end tests' beacon chain: same scheme as drand's quicknet (bls-unchained-g1-rfc9380),
// its own key, derived from a public phrase (it protects nothing: it only lets a local relay sign
// rounds). The Hako server under test is configured with it (playwright.config.ts); the local
// relay (scripts/e2e-drand-relay.ts) signs every round whose time has come.
export const TEST_CHAIN = {
  hash: "4861a0c1e2b7c6a9f0d3e5b8a7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c8",
  phrase: "hako end-to-end test chain",
  publicKey:
    "94a0e52bdbcc6bfdac5796caf920afa0e70dfd4ff810744696522de4d0f3962ca5facd06ad9c662cbaea4352647da0a706ff3aab37667d4820092871b665b1e5657733283524771d1a8e57f916c63bf7cafc4249e820b1934b35ede1e1fe9867",
  genesis: 1692803367,
  period: 3,
};

/** The chain's key: keygen from 48 bytes, SHA-256(phrase) followed by its first 16 bytes. */
export async function testChainSecret(): Promise<Uint8Array> {
  const { bls12_381 } = await import("@noble/curves/bls12-381.js");
  const { sha256 } = await import("@noble/hashes/sha2.js");
  const h = sha256(new TextEncoder().encode(TEST_CHAIN.phrase));
  const seed = new Uint8Array(48);
  seed.set(h, 0);
  seed.set(h.slice(0, 16), 32);
  return bls12_381.shortSignatures.keygen(seed).secretKey;
}
