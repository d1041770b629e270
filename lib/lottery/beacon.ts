// The public randomness beacon of `hako-lottery-v2`: drand's quicknet chain (scheme
// `bls-unchained-g1-rfc9380`, one round every 3 s). Pure functions with no server imports: the
// server, the CLI verifier and the browser's verifier page check a round the same way.
//
//   time(round)       = genesis + (round − 1) × period                      (seconds, UTC)
//   message(round)    = SHA-256(round as 8 bytes, big-endian)
//   valid round       ⇔ BLS signature (G1, 48 bytes) over message(round) verifies under the
//                       chain's public key (G2, 96 bytes), hash-to-curve DST
//                       "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_" (RFC 9380)
//   randomness(round) = SHA-256(signature bytes)
//
// The pairing check is @noble/curves' (audited, maintained), not ours.
import { bls12_381 } from "@noble/curves/bls12-381.js";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, hexToBytes } from "@noble/hashes/utils.js";

export const BEACON_SCHEME = "bls-unchained-g1-rfc9380";
export const QUICKNET = "drand-quicknet";

/** What identifies a chain: its public key, when round 1 was, and how often rounds come. */
export type ChainInfo = {
  /** The chain's hash, as drand's HTTP API names it in URLs (`/{hash}/public/{round}`). */
  hash: string;
  /** The group public key, 96 bytes of compressed G2 in lowercase hex. */
  publicKey: string;
  /** Unix time of round 1, in seconds. */
  genesis: number;
  /** Seconds between rounds. */
  period: number;
};

/** drand's quicknet on the League of Entropy mainnet, as its `/info` publishes it. */
export const DRAND_QUICKNET: ChainInfo = {
  hash: "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971",
  publicKey:
    "83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a",
  genesis: 1692803367,
  period: 3,
};

export type BeaconRound = { round: number; randomness: string; signature: string };

/** When a round is published (ms since the epoch). */
export function roundTime(chain: ChainInfo, round: number): number {
  return (chain.genesis + (round - 1) * chain.period) * 1000;
}

/** The first round published strictly after `ms`: the round a draw at `ms` waits for. */
export function firstRoundAfter(chain: ChainInfo, ms: number): number {
  const t = ms / 1000;
  if (t < chain.genesis) return 1;
  return Math.floor((t - chain.genesis) / chain.period) + 2;
}

/** The message a round's signature signs: SHA-256 of the round number as 8 bytes big-endian. */
export function roundMessage(round: number): Uint8Array {
  const bytes = new Uint8Array(8);
  new DataView(bytes.buffer).setBigUint64(0, BigInt(round));
  return sha256(bytes);
}

export function randomnessOf(signatureHex: string): string {
  return bytesToHex(sha256(hexToBytes(signatureHex)));
}

const HEX = /^[0-9a-f]+$/;

/** A round as drand's HTTP API answers it, or null for anything else (garbage is refused, not read). */
export function parseRound(value: unknown): BeaconRound | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.round !== "number" || !Number.isSafeInteger(v.round) || v.round < 1) return null;
  if (typeof v.signature !== "string" || v.signature.length !== 96 || !HEX.test(v.signature)) return null;
  if (typeof v.randomness !== "string" || v.randomness.length !== 64 || !HEX.test(v.randomness)) return null;
  return { round: v.round, randomness: v.randomness, signature: v.signature };
}

export type BeaconCheck = { ok: true } | { ok: false; reason: "malformed" | "wrongRound" | "badSignature" | "badRandomness" };

/**
 * Whether `b` is round `expectedRound` of `chain`: its BLS signature verifies under the chain's
 * public key and its randomness is the SHA-256 of that signature.
 */
export function verifyBeacon(chain: ChainInfo, b: BeaconRound, expectedRound: number): BeaconCheck {
  const parsed = parseRound(b);
  if (!parsed) return { ok: false, reason: "malformed" };
  if (parsed.round !== expectedRound) return { ok: false, reason: "wrongRound" };
  const bls = bls12_381.shortSignatures;
  let valid = false;
  try {
    valid = bls.verify(hexToBytes(parsed.signature), bls.hash(roundMessage(parsed.round)), hexToBytes(chain.publicKey));
  } catch {
    // Bytes that are not a point on the curve: not a signature at all.
    valid = false;
  }
  if (!valid) return { ok: false, reason: "badSignature" };
  if (randomnessOf(parsed.signature) !== parsed.randomness) return { ok: false, reason: "badRandomness" };
  return { ok: true };
}

/** Whether a chain is drand's public quicknet (and not a test or private chain). */
export function isPublicQuicknet(chain: Pick<ChainInfo, "publicKey">): boolean {
  return chain.publicKey === DRAND_QUICKNET.publicKey;
}
