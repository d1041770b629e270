// The frame log: a public, append-only, hash-chained record of every act that can change the
// outcome of a lottery frame (docs/lottery.md, "The frame log"). Pure functions with no server
// imports: the server appends with them, the CLI and the browser verify with them.
//
//   entry     = { seq, at, kind, actor, data }         seq from 1; at an ISO 8601 UTC string
//   hash      = hex(SHA-256(prevHash + canonicalJson(entry)))   (UTF-8 of the concatenation)
//   prevHash  = the previous entry's hash; 64 zeros for entry 1
//
// canonicalJson is RFC 8785 (JCS) for the values the log holds (objects, arrays, strings,
// integers, booleans, null): keys sorted by UTF-16 code units at every level, no spaces.
import canonicalize from "canonicalize";
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";

export const GENESIS_HASH = "0".repeat(64);

export const LOG_KINDS = ["created", "changed", "nominated", "closed", "voided", "drawn", "applied", "cancelled", "promoted", "released", "event_cancelled"] as const;
export type LogKind = (typeof LOG_KINDS)[number];
export const LOG_ACTORS = ["organizer", "applicant", "system"] as const;
export type LogActor = (typeof LOG_ACTORS)[number];

export type LogData = { [key: string]: LogValue };
export type LogValue = string | number | boolean | null | LogValue[] | LogData;

export type LogEntry = { seq: number; at: string; kind: LogKind; actor: LogActor; data: LogData; prevHash: string; hash: string };

const encoder = new TextEncoder();

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error("not representable as JSON");
  return text;
}

export function entryHash(prevHash: string, e: Pick<LogEntry, "seq" | "at" | "kind" | "actor" | "data">): string {
  const body = canonicalJson({ seq: e.seq, at: e.at, kind: e.kind, actor: e.actor, data: e.data });
  return bytesToHex(sha256(encoder.encode(prevHash + body)));
}

/** The next entry after `last` (or the first one), with its hashes. */
export function chainEntry(last: Pick<LogEntry, "seq" | "hash"> | null, e: { at: string; kind: LogKind; actor: LogActor; data: LogData }): LogEntry {
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS_HASH;
  return { seq, at: e.at, kind: e.kind, actor: e.actor, data: e.data, prevHash, hash: entryHash(prevHash, { seq, ...e }) };
}

export type ChainCheck = { ok: true; length: number } | { ok: false; seq: number; reason: "seq" | "prevHash" | "hash" | "shape" };

/** Checks the chain from entry 1 and names the first entry that does not fit. */
export function verifyChain(entries: readonly LogEntry[]): ChainCheck {
  let prev = GENESIS_HASH;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    if (!isEntryShape(e)) return { ok: false, seq: i + 1, reason: "shape" };
    if (e.seq !== i + 1) return { ok: false, seq: i + 1, reason: "seq" };
    if (e.prevHash !== prev) return { ok: false, seq: e.seq, reason: "prevHash" };
    if (entryHash(prev, e) !== e.hash) return { ok: false, seq: e.seq, reason: "hash" };
    prev = e.hash;
  }
  return { ok: true, length: entries.length };
}

function isEntryShape(e: unknown): e is LogEntry {
  if (typeof e !== "object" || e === null) return false;
  const v = e as Record<string, unknown>;
  return (
    typeof v.seq === "number" &&
    typeof v.at === "string" &&
    (LOG_KINDS as readonly string[]).includes(v.kind as string) &&
    (LOG_ACTORS as readonly string[]).includes(v.actor as string) &&
    typeof v.data === "object" &&
    v.data !== null &&
    !Array.isArray(v.data) &&
    typeof v.prevHash === "string" &&
    typeof v.hash === "string"
  );
}

// ── Reading the log: one lottery per `created` entry ─────────────────────────────────────────

/** One lottery of a frame, from its `created` entry to its draw or its voiding. */
export type Lottery = {
  created: LogEntry;
  capacity: number;
  beaconRound: number | null;
  nominated: string[];
  closed: LogEntry | null;
  drawn: LogEntry | null;
  voided: LogEntry | null;
  /** Entries that changed the lottery after its list was frozen: never allowed. */
  afterClose: LogEntry[];
  /** Cancellations, promotions, late applications and capacity changes after the draw. */
  afterDraw: LogEntry[];
  eventCancelled: LogEntry | null;
};

const str = (v: LogValue | undefined) => (typeof v === "string" ? v : null);
const num = (v: LogValue | undefined) => (typeof v === "number" ? v : null);
const strings = (v: LogValue | undefined) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const beaconRoundOf = (d: LogData) => {
  const b = d.beacon;
  if (b && typeof b === "object" && !Array.isArray(b)) return num(b.round);
  return num(d.beaconRound);
};

/** Splits a (chain-checked) log into its lotteries, in order; the last one is the current one. */
export function lotteriesOf(entries: readonly LogEntry[]): Lottery[] {
  const out: Lottery[] = [];
  let cur: Lottery | null = null;
  for (const e of entries) {
    if (e.kind === "created") {
      cur = { created: e, capacity: num(e.data.capacity) ?? 0, beaconRound: beaconRoundOf(e.data), nominated: [], closed: null, drawn: null, voided: null, afterClose: [], afterDraw: [], eventCancelled: null };
      out.push(cur);
      continue;
    }
    if (!cur) continue;
    if (e.kind === "event_cancelled") {
      cur.eventCancelled = e;
      continue;
    }
    if (e.kind === "voided") {
      cur.voided = e;
      continue;
    }
    if (cur.drawn) {
      cur.afterDraw.push(e);
      continue;
    }
    if (e.kind === "drawn") {
      cur.drawn = e;
      continue;
    }
    if (e.kind === "closed") {
      if (cur.closed) cur.afterClose.push(e);
      cur.closed = e;
      const r = beaconRoundOf(e.data);
      if (r !== null) cur.beaconRound = r;
      continue;
    }
    if (cur.closed) {
      cur.afterClose.push(e);
      continue;
    }
    if (e.kind === "nominated") cur.nominated = strings(e.data.publicIds);
    if (e.kind === "changed") {
      cur.capacity = num(e.data.capacity) ?? cur.capacity;
      const r = num(e.data.beaconRound);
      if (r !== null) cur.beaconRound = r;
    }
  }
  return out;
}

export type PromotionCheck = { ok: true; promotions: number } | { ok: false; seq: number; detail: string };

/**
 * Replays what happened after a draw and checks that every promotion took the first person on
 * the waitlist, and only when a seat was free. Starts from the published order and the capacity
 * of the draw.
 */
export function checkPromotions(order: readonly string[], capacity: number, afterDraw: readonly LogEntry[]): PromotionCheck {
  const seated = new Set(order.slice(0, capacity));
  const waitlist = order.slice(capacity);
  let cap = capacity;
  let promotions = 0;
  for (const e of afterDraw) {
    const id = str(e.data.publicId);
    if (e.kind === "changed") {
      cap = num(e.data.capacity) ?? cap;
    } else if (e.kind === "released") {
      // Reconfirmation: an unanswered seat goes to the end of the waitlist (the seat is then
      // refilled by the "promoted" entries that follow).
      if (!id) return { ok: false, seq: e.seq, detail: "no public id" };
      if (!seated.delete(id)) return { ok: false, seq: e.seq, detail: `${id} was released without holding a seat` };
      waitlist.push(id);
    } else if (e.kind === "cancelled") {
      if (!id) return { ok: false, seq: e.seq, detail: "no public id" };
      if (seated.delete(id)) continue;
      const at = waitlist.indexOf(id);
      if (at < 0) return { ok: false, seq: e.seq, detail: `${id} held no seat and was not on the waitlist` };
      waitlist.splice(at, 1);
    } else if (e.kind === "promoted") {
      if (!id) return { ok: false, seq: e.seq, detail: "no public id" };
      if (waitlist[0] !== id) return { ok: false, seq: e.seq, detail: `promoted ${id} while ${waitlist[0] ?? "nobody"} was first on the waitlist` };
      if (seated.size >= cap) return { ok: false, seq: e.seq, detail: `promoted ${id} without a free seat` };
      waitlist.shift();
      seated.add(id);
      promotions++;
    } else if (e.kind === "applied") {
      if (!id) return { ok: false, seq: e.seq, detail: "no public id" };
      if (e.data.status === "confirmed") {
        if (seated.size >= cap || waitlist.length > 0) return { ok: false, seq: e.seq, detail: `${id} took a seat ahead of the waitlist` };
        seated.add(id);
      } else {
        waitlist.push(id);
      }
    }
  }
  return { ok: true, promotions };
}
