// Everything a skeptical applicant checks, from the public draw record and the frame log alone:
// the draw recomputes (algorithm.ts), the beacon round is genuine (beacon.ts), the log is an
// unbroken chain, the draw follows from what the log recorded (the frozen list, the nominations,
// the seed, the beacon round fixed in advance), and every later promotion followed the waitlist.
// Pure, like the modules it composes: the CLI and the browser run it.
import { type Check, type PublishedDraw, type Verification, ALGORITHM_V2, sha256Hex, fromHex, verifyDraw } from "./algorithm";
import { type ChainInfo, DRAND_QUICKNET, roundTime } from "./beacon";
import { checkPromotions, type LogData, type LogEntry, lotteriesOf, verifyChain } from "./frame-log";

export type VerifiableDraw = PublishedDraw & { applicantsCount?: number | null };

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const field = (d: LogData, k: string) => d[k];

/** What the current lottery's log entries say, compared with the published draw: the first disagreement. */
async function logDisagreement(draw: VerifiableDraw, entries: readonly LogEntry[]): Promise<{ seq: number | null; detail: string } | null> {
  const lotteries = lotteriesOf(entries);
  const current = lotteries[lotteries.length - 1];
  if (!current) return { seq: null, detail: "the log has no created entry" };
  for (const l of lotteries.slice(0, -1)) {
    // A voided lottery reveals its seed: anyone can see what it would have drawn.
    const seed = l.voided?.data.seed;
    if (!l.voided) return { seq: l.created.seq, detail: "a lottery was replaced without being voided" };
    if (typeof seed !== "string" || !/^[0-9a-f]{64}$/.test(seed) || (await sha256Hex(fromHex(seed))) !== l.created.data.commitment) {
      return { seq: l.voided.seq, detail: "the voided lottery's seed does not match its commitment" };
    }
  }
  const c = current.created.data;
  if (c.commitment !== draw.commitment) return { seq: current.created.seq, detail: "commitment differs from the draw record" };
  if (c.algorithm !== draw.algorithm) return { seq: current.created.seq, detail: "algorithm differs from the draw record" };
  const bad = current.afterClose[0];
  if (bad) return { seq: bad.seq, detail: `${bad.kind} after the list was frozen` };
  if (!draw.seed) return null;
  const { closed, drawn } = current;
  if (!closed) return { seq: null, detail: "the list was never recorded as closed" };
  if (!drawn) return { seq: null, detail: "the draw is not in the log" };
  if (closed.data.digest !== draw.applicantsDigest) return { seq: closed.seq, detail: "the frozen list's digest differs from the draw record" };
  if (closed.data.count !== draw.order.length) return { seq: closed.seq, detail: "the frozen list's count differs from the number drawn" };
  const d = drawn.data;
  if (d.seed !== draw.seed) return { seq: drawn.seq, detail: "the seed differs from the draw record" };
  if (d.capacity !== draw.capacity) return { seq: drawn.seq, detail: "the capacity differs from the draw record" };
  if (d.digest !== closed.data.digest) return { seq: drawn.seq, detail: "drawn from another list than the frozen one" };
  if (d.capacity !== current.capacity) return { seq: drawn.seq, detail: "drawn with another capacity than the frozen one" };
  if (!sameList(current.nominated, draw.nominated)) return { seq: drawn.seq, detail: "the nominations differ from those logged before the close" };
  if (draw.algorithm === ALGORITHM_V2) {
    const b = field(d, "beacon");
    const pb = draw.beacon;
    if (!b || typeof b !== "object" || Array.isArray(b) || !pb) return { seq: drawn.seq, detail: "no beacon round in the log" };
    if (b.round !== current.beaconRound || pb.round !== current.beaconRound) return { seq: drawn.seq, detail: `drawn with round ${String(pb.round)}, not the round ${String(current.beaconRound)} fixed in advance` };
    if (b.randomness !== pb.randomness || b.signature !== pb.signature) return { seq: drawn.seq, detail: "the beacon round differs from the draw record" };
  }
  return null;
}

/**
 * Verifies a draw and, when given, its frame log. `chain` is the beacon chain v2 rounds are
 * checked against (drand's quicknet unless told otherwise).
 */
export async function verifyLottery(draw: VerifiableDraw, log: readonly LogEntry[] | null, opts: { chain?: ChainInfo } = {}): Promise<Verification & { drawn: boolean }> {
  const chain = opts.chain ?? DRAND_QUICKNET;
  const drawn = Boolean(draw.seed);
  const checks: Check[] = drawn ? (await verifyDraw(draw, { chain })).checks : [];
  if (log !== null) {
    if (log.length === 0) {
      // Draws made before the log existed (v1) have none; a v2 draw always has one.
      if (draw.algorithm === ALGORITHM_V2) checks.push({ name: "logChain", ok: false, detail: "the log is empty" });
    } else {
      const chainCheck = verifyChain(log);
      checks.push(chainCheck.ok ? { name: "logChain", ok: true, detail: `${chainCheck.length} entries` } : { name: "logChain", ok: false, detail: `entry ${chainCheck.seq}: ${chainCheck.reason}` });
      if (chainCheck.ok) {
        const disagreement = await logDisagreement(draw, log);
        checks.push(disagreement ? { name: "logRecord", ok: false, detail: disagreement.seq ? `entry ${disagreement.seq}: ${disagreement.detail}` : disagreement.detail } : { name: "logRecord", ok: true });
        const current = lotteriesOf(log).at(-1);
        if (current && draw.algorithm === ALGORITHM_V2 && current.beaconRound !== null) {
          // Nobody could know the order before the list froze: the round came out after it.
          const published = roundTime(chain, current.beaconRound);
          const late = [current.created, current.closed].find((e) => e && Date.parse(e.at) >= published);
          checks.push({ name: "frozenBeforeBeacon", ok: !late && current.closed !== null, detail: late ? `entry ${late.seq} is not before round ${current.beaconRound}` : current.closed ? undefined : "not closed yet" });
        }
        if (current && drawn && current.drawn) {
          const p = checkPromotions(draw.order, draw.capacity, current.afterDraw);
          checks.push(p.ok ? { name: "promotions", ok: true, detail: `${p.promotions}` } : { name: "promotions", ok: false, detail: `entry ${p.seq}: ${p.detail}` });
        }
      }
    }
  }
  return { ok: drawn && checks.every((c) => c.ok), drawn, checks };
}
