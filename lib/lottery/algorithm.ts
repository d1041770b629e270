// The Hako lottery, versions "hako-lottery-v1" and "hako-lottery-v2" (docs/lottery.md). Pure
// functions with no server imports, so the same code runs in the server, the CLI verifier and
// the browser's verifier page: a draw is recomputed from public data only.
//
//   commitment       = hex(SHA-256(seed bytes))                  published when the frame is made
//   draw key         = v1: the 32 seed bytes
//                      v2: SHA-256(seed bytes || beacon randomness bytes)   (32 + 32 bytes in)
//   key(publicId)    = hex(HMAC-SHA256(draw key, UTF-8 publicId))
//   order            = nominated (in nomination order), then the rest by key ascending
//   applicantsDigest = hex(SHA-256(sorted publicIds joined by "\n"))  stored at the close
//
// Web Crypto (crypto.subtle) is used because it exists in Node 20 and in every browser.
import { sha256 } from "@noble/hashes/sha2.js";
import { type ChainInfo, DRAND_QUICKNET, verifyBeacon } from "./beacon";

export const ALGORITHM_V1 = "hako-lottery-v1";
export const ALGORITHM_V2 = "hako-lottery-v2";
export const ALGORITHMS = [ALGORITHM_V1, ALGORITHM_V2] as const;
export type Algorithm = (typeof ALGORITHMS)[number];
/** The version without a beacon (kept under its old name for existing callers). */
export const ALGORITHM = ALGORITHM_V1;

const encoder = new TextEncoder();

function subtle(): SubtleCrypto {
  const c = globalThis.crypto;
  if (!c?.subtle) throw new Error("Web Crypto is not available");
  return c.subtle;
}

export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let out = "";
  for (const b of view) out += b.toString(16).padStart(2, "0");
  return out;
}

export function fromHex(hex: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/.test(hex)) throw new Error("not lowercase hex");
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

export function newSeed(): Uint8Array {
  const seed = new Uint8Array(32);
  globalThis.crypto.getRandomValues(seed);
  return seed;
}

export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return toHex(await subtle().digest("SHA-256", bytes as BufferSource));
}

export async function commitmentOf(seed: Uint8Array): Promise<string> {
  if (seed.length !== 32) throw new Error("the seed is 32 bytes");
  return sha256Hex(seed);
}

/** Each id's key, in the order given. Node's own HMAC when there is one, else Web Crypto. */
export async function drawKeys(seed: Uint8Array, publicIds: readonly string[]): Promise<string[]> {
  const node = nodeCrypto();
  return node ? nodeKeys(node, seed, publicIds) : webCryptoKeys(seed, publicIds);
}

/** The browser's way, also what the verifier page runs: one imported key, a promise per id. */
export async function webCryptoKeys(seed: Uint8Array, publicIds: readonly string[]): Promise<string[]> {
  const key = await subtle().importKey("raw", seed as BufferSource, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sigs = await Promise.all(publicIds.map((id) => subtle().sign("HMAC", key, encoder.encode(id))));
  return sigs.map((sig) => toHex(sig));
}

type NodeCrypto = { createHmac(algorithm: "sha256", key: Uint8Array): { update(data: string, encoding: "utf8"): { digest(encoding: "hex"): string } } };

/**
 * node:crypto, found at run time (process.getBuiltinModule, Node ≥ 20.16) so that no bundle for
 * the browser imports it. Synchronous HMACs are about ten times faster than a Web Crypto promise
 * per id: a 100,000-applicant draw takes a fifth of a second instead of two seconds.
 */
function nodeCrypto(): NodeCrypto | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof p?.getBuiltinModule === "function" ? (p.getBuiltinModule("node:crypto") as NodeCrypto | undefined) : undefined;
}

export function nodeKeys(node: NodeCrypto, seed: Uint8Array, publicIds: readonly string[]): string[] {
  return publicIds.map((id) => node.createHmac("sha256", seed).update(id, "utf8").digest("hex"));
}

/**
 * The HMAC key of a draw. v1 uses the seed itself; v2 mixes in the beacon's randomness, which
 * nobody knows before its round, so the operator who holds the seed cannot know the order either.
 */
export function drawKey(algorithm: string, seed: Uint8Array, beaconRandomness?: string | null): Uint8Array {
  if (seed.length !== 32) throw new Error("the seed is 32 bytes");
  if (algorithm === ALGORITHM_V1) return seed;
  if (algorithm !== ALGORITHM_V2) throw new Error(`unknown algorithm ${algorithm}`);
  if (!beaconRandomness || !/^[0-9a-f]{64}$/.test(beaconRandomness)) throw new Error("v2 needs the beacon's 32-byte randomness");
  const both = new Uint8Array(64);
  both.set(seed, 0);
  both.set(fromHex(beaconRandomness), 32);
  return sha256(both);
}

export async function applicantsDigest(publicIds: readonly string[]): Promise<string> {
  // sort() without a comparator orders strings by UTF-16 code units: the same in every JavaScript
  // engine and language (no locale rules).
  return sha256Hex([...publicIds].sort().join("\n"));
}

/** A key's length: hex of an HMAC-SHA256. */
const KEY_LENGTH = 64;

/**
 * The draw order under a draw key (drawKey): nominated ids first (in nomination order, only those who applied), then every
 * other applicant by HMAC key ascending. Ties (equal keys) are impossible for distinct ids in
 * practice; they fall back to id order so the function stays total.
 */
export async function drawOrder(key: Uint8Array, applicants: readonly string[], nominated: readonly string[] = []): Promise<string[]> {
  // Most lotteries nominate nobody: then there is nothing to look up among the applicants.
  const applied = nominated.length > 0 ? new Set(applicants) : null;
  const first = applied ? [...new Set(nominated)].filter((id) => applied.has(id)) : [];
  const firstSet = new Set(first);
  const rest = first.length > 0 ? applicants.filter((id) => !firstSet.has(id)) : applicants;
  const keys = await drawKeys(key, rest);
  // Every key is 64 hex digits, so "key + id" strings sort by key, then by id; the engine's own
  // string sort (code-unit order) is faster than a comparator on 100,000 pairs.
  const keyed = rest.map((id, i) => keys[i]! + id).sort();
  return first.concat(keyed.map((k) => k.slice(KEY_LENGTH)));
}

export type PublishedBeacon = { chain: string; round: number; randomness: string | null; signature: string | null };

export type PublishedDraw = {
  algorithm: string;
  commitment: string;
  seed: string | null;
  capacity: number;
  nominated: string[];
  applicantsDigest: string | null;
  order: string[];
  beacon?: PublishedBeacon | null;
};

export type CheckName = "algorithm" | "commitment" | "beacon" | "applicantsDigest" | "order" | "logChain" | "logRecord" | "frozenBeforeBeacon" | "promotions";
export type Check = { name: CheckName; ok: boolean; detail?: string };
export type Verification = { ok: boolean; checks: Check[] };

/**
 * Recomputes a published draw from its own data: what an outsider's verifier does. A v2 draw's
 * beacon round is checked against `chain` (drand's quicknet unless told otherwise).
 */
export async function verifyDraw(d: PublishedDraw, opts: { chain?: ChainInfo } = {}): Promise<Verification> {
  const checks: Check[] = [];
  const known = (ALGORITHMS as readonly string[]).includes(d.algorithm);
  checks.push({ name: "algorithm", ok: known, detail: d.algorithm });
  if (!known) return { ok: false, checks };
  if (!d.seed || !/^[0-9a-f]{64}$/.test(d.seed)) {
    checks.push({ name: "commitment", ok: false, detail: "no seed revealed yet" });
    return { ok: false, checks };
  }
  const seed = fromHex(d.seed);
  checks.push({ name: "commitment", ok: (await commitmentOf(seed)) === d.commitment });
  let key = seed;
  if (d.algorithm === ALGORITHM_V2) {
    const b = d.beacon;
    if (!b || !b.randomness || !b.signature) {
      checks.push({ name: "beacon", ok: false, detail: "no beacon round published" });
      return { ok: false, checks };
    }
    const beacon = verifyBeacon(opts.chain ?? DRAND_QUICKNET, { round: b.round, randomness: b.randomness, signature: b.signature }, b.round);
    checks.push({ name: "beacon", ok: beacon.ok, detail: beacon.ok ? `round ${b.round}` : `round ${b.round}: ${beacon.reason}` });
    if (!beacon.ok) return { ok: false, checks };
    key = drawKey(ALGORITHM_V2, seed, b.randomness);
  }
  if (d.applicantsDigest !== null) {
    checks.push({ name: "applicantsDigest", ok: (await applicantsDigest(d.order)) === d.applicantsDigest });
  }
  const recomputed = await drawOrder(key, d.order, d.nominated);
  const same = recomputed.length === d.order.length && recomputed.every((id, i) => id === d.order[i]);
  const firstDiff = same ? undefined : recomputed.findIndex((id, i) => id !== d.order[i]);
  checks.push({ name: "order", ok: same, detail: same ? undefined : `first difference at position ${firstDiff! + 1}` });
  return { ok: checks.every((c) => c.ok), checks };
}
