// Lottery frames over time (docs/lottery.md): made with a commitment (and, for v2, a beacon
// round fixed in advance), frozen at the close, drawn once, their result mailed.
//
// The close stores the applicant list's digest once, under the frame's lock, and from then on no
// registration enters or leaves (applying, cancelling and speaker seats all check `closedAt`
// under the same lock). A draw is claimed by one conditional update (drawState PENDING → DRAWN)
// inside the transaction that writes its result, so however many instances, scheduler ticks or
// organizers trigger it, exactly one draw commits; the others see count 0 and report
// ALREADY_DRAWN. A v2 draw fetches and verifies its beacon round first, outside any transaction.
import type { Actor } from "../auth-types";
import { db, dbProvider, Prisma, type Tx } from "../db";
import { beaconChain, env } from "../env";
import { AppError } from "../errors";
import { errorFields, log } from "../observability/logger";
import { metrics } from "../observability/metrics";
import { appendFrameLog } from "../frame-log/service";
import { frameForOrganizer, TX_OPTIONS } from "../registrations/service";
import { ALGORITHM_V1, ALGORITHM_V2, applicantsDigest, commitmentOf, drawKey, drawOrder, fromHex, newSeed, toHex } from "./algorithm";
import { type BeaconRound, firstRoundAfter, QUICKNET, roundTime } from "./beacon";
import { describeFailures, fetchRound, waitReason } from "./relay";
import { enqueueResultMail } from "./result-mail/service";

/** When a frame's draw is due: its drawAt, or its close when none is set. */
export const drawDueAt = (f: { drawAt: Date | null; closesAt: Date }) => f.drawAt ?? f.closesAt;

export type BeaconChoice = "none" | "drand-quicknet";

/** The frame's lottery algorithm (frames made before v2 have none stored: v1). */
export const algorithmOf = (f: { algorithm: string | null }) => f.algorithm ?? ALGORITHM_V1;

/**
 * A new lottery: a secret seed, its public commitment and, for v2, the beacon round it will
 * wait for: the first round published after the draw time (and after now, so that nobody can
 * know it yet).
 */
export async function newLottery(beacon: BeaconChoice | undefined, dates: { drawAt: Date | null; closesAt: Date }, now: Date) {
  const seed = newSeed();
  const v2 = (beacon ?? env().HAKO_BEACON) === "drand-quicknet";
  const round = v2 ? firstRoundAfter(beaconChain(), Math.max(drawDueAt(dates).getTime(), now.getTime())) : null;
  return {
    seed: toHex(seed),
    commitment: await commitmentOf(seed),
    drawState: "PENDING",
    algorithm: v2 ? ALGORITHM_V2 : ALGORITHM_V1,
    beaconChain: v2 ? QUICKNET : null,
    beaconRound: round,
  };
}

/** The `created` entry of a lottery: everything the draw will be held to, public from the start. */
export function createdEntry(f: { algorithm: string | null; commitment: string | null; capacity: number; opensAt: Date; closesAt: Date; drawAt: Date | null; beaconChain: string | null; beaconRound: number | null }) {
  return {
    algorithm: algorithmOf(f),
    commitment: f.commitment,
    capacity: f.capacity,
    opensAt: f.opensAt.toISOString(),
    closesAt: f.closesAt.toISOString(),
    drawAt: drawDueAt(f).toISOString(),
    beacon: f.beaconChain && f.beaconRound ? { chain: f.beaconChain, round: f.beaconRound } : null,
  };
}

/** The frame's applicants' public ids, as one JSON value (a third of the time of 100,000 rows). */
async function applicantIds(tx: Tx, frameId: string): Promise<string[]> {
  const rows = await tx.$queryRaw<{ ids: string }[]>(
    dbProvider() === "postgresql"
      ? Prisma.sql`SELECT COALESCE(json_agg("publicId"), '[]'::json)::text AS ids FROM "Registration" WHERE "frameId" = ${frameId} AND "status" = 'APPLIED'`
      : Prisma.sql`SELECT json_group_array("publicId") AS ids FROM "Registration" WHERE "frameId" = ${frameId} AND "status" = 'APPLIED'`,
  );
  return JSON.parse(rows[0]?.ids ?? "[]") as string[];
}

type LotteryFrame = { id: string; algorithm: string | null; beaconRound: number | null; closesAt: Date };

/**
 * Stores the frozen list (count and digest, with the time) and logs it. A v2 lottery whose
 * beacon round came out before this moment (the close was recorded late) moves to the first
 * round after it: the round must never be known before the list is frozen.
 */
async function recordClose(tx: Tx, frame: LotteryFrame, ids: string[], now: Date) {
  const digest = await applicantsDigest(ids);
  const v2 = algorithmOf(frame) === ALGORITHM_V2;
  const chain = beaconChain();
  const round = v2 && frame.beaconRound !== null && roundTime(chain, frame.beaconRound) <= now.getTime() ? firstRoundAfter(chain, now.getTime()) : frame.beaconRound;
  await tx.frame.update({ where: { id: frame.id }, data: { closedAt: now, applicantsCount: ids.length, applicantsDigest: digest, beaconRound: round } });
  await appendFrameLog(tx, frame.id, "closed", "system", { count: ids.length, digest, closesAt: frame.closesAt.toISOString(), ...(v2 ? { beaconRound: round } : {}) }, now);
  return { digest, count: ids.length, beaconRound: round };
}

/** Freezes one lottery whose close has passed. Idempotent: a second call finds it closed. */
export async function closeLottery(frameId: string, now = new Date()) {
  return db().$transaction(
    async (tx) => {
      const locked = await tx.frame.updateMany({
        where: { id: frameId, method: "LOTTERY", drawState: "PENDING", closedAt: null, closesAt: { lte: now } },
        data: { lockVersion: { increment: 1 } },
      });
      if (locked.count !== 1) return false;
      const frame = await tx.frame.findUniqueOrThrow({ where: { id: frameId } });
      await recordClose(tx, frame, await applicantIds(tx, frameId), now);
      return true;
    },
    { ...TX_OPTIONS, timeout: 300_000 },
  );
}

/** Freezes every lottery whose close has passed (a jobs tick step). */
export async function closeDueLotteries(now = new Date()) {
  const due = await db().frame.findMany({ where: { method: "LOTTERY", drawState: "PENDING", closedAt: null, closesAt: { lte: now } }, select: { id: true } });
  let closed = 0;
  for (const f of due) if (await closeLottery(f.id, now)) closed++;
  return { closed };
}

export async function drawByOrganizer(actor: Actor | null, frameId: string, now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames are drawn");
  if (frame.drawState === "DRAWN") throw new AppError("ALREADY_DRAWN", "Already drawn");
  if (frame.drawState !== "PENDING" || frame.event.status === "CANCELLED") throw new AppError("INVALID_STATE", "This lottery was voided");
  if (now < frame.closesAt) throw new AppError("DRAW_TOO_EARLY", "Applications are still open");
  const beacon = await beaconFor(frameId, now);
  const result = await commitDraw(frameId, now, beacon);
  // The organizer gets the result at once; the mail (one per applicant, possibly 100,000) is
  // written afterwards, and the next jobs tick finishes it if this process stops first.
  void enqueueResultMail(frameId).catch((e: unknown) => log("lottery").error({ frameId, ...errorFields(e) }, "result mail failed"));
  return result;
}

async function noteWait(frameId: string, reason: string, detail: string, now: Date) {
  const f = await db().frame.findUnique({ where: { id: frameId }, select: { drawWaitSince: true } });
  await db().frame.updateMany({
    where: { id: frameId, drawState: "PENDING" },
    data: { drawWaitReason: reason, drawWaitDetail: detail.slice(0, 500), drawWaitSince: f?.drawWaitSince ?? now },
  });
}

/**
 * The beacon round a v2 draw needs, fetched and verified; null for v1. Closes the list first
 * (the round may move if the close is recorded late). When the round is not out yet or no relay
 * gives a round that verifies, the frame records why and DRAW_WAITING is thrown: the next tick
 * tries again.
 */
async function beaconFor(frameId: string, now: Date): Promise<BeaconRound | null> {
  await closeLottery(frameId, now);
  const f = await db().frame.findUnique({ where: { id: frameId }, select: { algorithm: true, beaconRound: true, drawState: true } });
  if (!f || f.drawState !== "PENDING" || algorithmOf(f) !== ALGORITHM_V2) return null;
  const chain = beaconChain();
  const round = f.beaconRound!;
  if (now.getTime() < roundTime(chain, round)) {
    await noteWait(frameId, "BEACON_NOT_YET", `round ${round}`, now);
    throw new AppError("DRAW_WAITING", `Waiting for beacon round ${round}`);
  }
  const e = env();
  const got = await fetchRound(chain, e.HAKO_BEACON_RELAYS, round, e.HAKO_BEACON_TIMEOUT_MS);
  if (!got.ok) {
    await noteWait(frameId, waitReason(got.failures), describeFailures(got.failures), now);
    throw new AppError("DRAW_WAITING", `Beacon round ${round} not available: ${describeFailures(got.failures)}`);
  }
  return got.round;
}

/**
 * The whole order as one statement with one JSON parameter: 100,000 rows through createMany
 * take seconds (Prisma binds at most 999 parameters per SQLite statement), this a few hundred ms.
 */
function drawEntriesInsert(frameId: string, order: string[], nominatedCount: number) {
  const ids = JSON.stringify(order);
  return dbProvider() === "postgresql"
    ? Prisma.sql`INSERT INTO "DrawEntry" ("frameId", "position", "publicId", "nominated")
        SELECT ${frameId}, t.ord::int, t.id, t.ord <= ${nominatedCount}
        FROM jsonb_array_elements_text(${ids}::jsonb) WITH ORDINALITY AS t(id, ord)`
    : Prisma.sql`INSERT INTO "DrawEntry" ("frameId", "position", "publicId", "nominated")
        SELECT ${frameId}, "key" + 1, "value", "key" < ${nominatedCount} FROM json_each(${ids})`;
}

/** Draws a lottery frame once. Throws ALREADY_DRAWN when another trigger won the claim. */
export async function runDraw(frameId: string, now = new Date()) {
  const beacon = await beaconFor(frameId, now);
  const result = await commitDraw(frameId, now, beacon);
  await enqueueResultMail(frameId);
  return result;
}

/**
 * The draw itself, in one transaction; runDraw's last step (timed apart by bench/rush.ts).
 * It draws exactly the frozen list: if the applicants no longer match the digest stored at the
 * close, it refuses and draws nothing.
 */
export async function commitDraw(frameId: string, now = new Date(), beacon: BeaconRound | null = null) {
  let mismatch: string | null = null;
  let drawnWith = "unknown";
  const endTimer = metrics().drawDuration.startTimer();
  const postgres = dbProvider() === "postgresql";
  if (!postgres) await sqliteCacheForDraw();
  try {
    const drawn = await db().$transaction(
      async (tx) => {
        const claim = await tx.frame.updateMany({
          where: { id: frameId, method: "LOTTERY", drawState: "PENDING", closesAt: { lte: now }, event: { status: "PUBLISHED" } },
          data: { drawState: "DRAWN", drawnAt: now, lockVersion: { increment: 1 } },
        });
        if (claim.count !== 1) throw new AppError("ALREADY_DRAWN", "Already drawn (or not due)");
        const frame = await tx.frame.findUniqueOrThrow({ where: { id: frameId }, include: { event: true } });
        const applicants = await applicantIds(tx, frameId);
        let closed = { digest: frame.applicantsDigest, count: frame.applicantsCount, beaconRound: frame.beaconRound };
        if (!frame.closedAt) closed = await recordClose(tx, frame, applicants, now);
        // Closed just now, the digest is of this very list; closed earlier, it must still match.
        const digest = frame.closedAt ? await applicantsDigest(applicants) : closed.digest;
        if (digest !== closed.digest || applicants.length !== closed.count) {
          mismatch = `${applicants.length} applicants now, ${closed.count} at the close`;
          throw new AppError("DRAW_WAITING", "The applicant list no longer matches the frozen list");
        }
        const algorithm = algorithmOf(frame);
        drawnWith = algorithm;
        if (algorithm === ALGORITHM_V2 && (!beacon || beacon.round !== closed.beaconRound)) {
          throw new AppError("DRAW_WAITING", `The draw needs beacon round ${closed.beaconRound}`);
        }
        const nominated = parseIds(frame.nominated);
        const order = await drawOrder(drawKey(algorithm, fromHex(frame.seed!), beacon?.randomness), applicants, nominated);
        // The nominated who applied lead the order.
        const nominatedSet = new Set(nominated);
        const leading = order.filter((id) => nominatedSet.has(id)).length;
        await tx.$executeRaw(drawEntriesInsert(frameId, order, leading));
        // One statement places everyone: the first `capacity` in the order are confirmed, the rest
        // waitlisted at (place − capacity). Plain SQL that SQLite and PostgreSQL both run.
        const capacity = frame.capacity;
        // PostgreSQL has no statistics for the entries written in this very transaction and would
        // look each of them up by index (a second for 100,000); a hash join of the two takes a third.
        if (postgres) await tx.$executeRaw`SET LOCAL enable_nestloop = off`;
        await tx.$executeRaw(Prisma.sql`
          UPDATE "Registration" SET
            "status" = CASE WHEN d."position" <= ${capacity} THEN 'CONFIRMED' ELSE 'WAITLISTED' END,
            "waitlistPosition" = CASE WHEN d."position" <= ${capacity} THEN NULL ELSE d."position" - ${capacity} END
          FROM "DrawEntry" d
          WHERE d."frameId" = ${frameId} AND "Registration"."frameId" = ${frameId}
            AND d."publicId" = "Registration"."publicId" AND "Registration"."status" = 'APPLIED'`);
        if (postgres) await tx.$executeRaw`RESET enable_nestloop`;
        // Timestamps go through Prisma, which stores them the same way on both databases.
        await tx.registration.updateMany({ where: { frameId, status: "CONFIRMED", confirmedAt: null }, data: { confirmedAt: now } });
        await tx.frame.update({
          where: { id: frameId },
          data: { drawnCapacity: capacity, beaconRandomness: beacon?.randomness ?? null, beaconSignature: beacon?.signature ?? null, drawWaitReason: null, drawWaitDetail: null, drawWaitSince: null },
        });
        const beaconData = beacon ? { chain: frame.beaconChain ?? QUICKNET, round: beacon.round, randomness: beacon.randomness, signature: beacon.signature } : null;
        await appendFrameLog(tx, frameId, "drawn", "system", { algorithm, seed: frame.seed, capacity, count: applicants.length, digest, nominated: order.slice(0, leading), beacon: beaconData }, now);
        return { frame, total: order.length };
      },
      { ...TX_OPTIONS, timeout: 300_000 },
    );
    endTimer();
    metrics().draws.inc({ algorithm: drawnWith, outcome: "drawn" });
    return { frameId, eventId: drawn.frame.eventId, total: drawn.total, confirmed: Math.min(drawn.total, drawn.frame.capacity), waitlisted: Math.max(0, drawn.total - drawn.frame.capacity) };
  } catch (e) {
    metrics().draws.inc({ algorithm: drawnWith, outcome: e instanceof AppError ? e.code : "error" });
    if (mismatch) await noteWait(frameId, "LIST_MISMATCH", mismatch, now);
    throw e;
  } finally {
    if (!postgres) await sqliteCacheAfterDraw();
  }
}

/**
 * SQLite: the draw rewrites every applicant's row and writes as many draw entries, tens of
 * megabytes of pages for 100,000 applicants. With the connection's usual 16 MB page cache they
 * spill to the log in the middle of the statement and are read back (twice the time); the draw
 * gets 128 MB, given back when it ends.
 */
async function sqliteCacheForDraw() {
  // Draws of several frames may overlap on the one connection: the first in sets the cache and
  // remembers the usual size, the last out gives it back (each reading the size the other had set
  // would leave 128 MB behind).
  if (drawsWithCache++ > 0) return;
  const rows = await db().$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size");
  usualCache = Number(rows[0]?.cache_size ?? -2000);
  await db().$executeRawUnsafe("PRAGMA cache_size = -131072");
}

async function sqliteCacheAfterDraw() {
  if (--drawsWithCache > 0 || usualCache === null) return;
  await db().$executeRawUnsafe(`PRAGMA cache_size = ${usualCache}`);
}

let drawsWithCache = 0;
let usualCache: number | null = null;

export function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** Draws every lottery frame that is due. Safe to run from any number of instances at once. */
export async function runDueDraws(now = new Date()) {
  const due = await db().frame.findMany({
    where: { method: "LOTTERY", drawState: "PENDING", event: { status: "PUBLISHED" }, OR: [{ drawAt: { lte: now } }, { drawAt: null, closesAt: { lte: now } }] },
    select: { id: true },
  });
  let drawn = 0;
  for (const f of due) {
    try {
      await runDraw(f.id, now);
      drawn++;
    } catch (e) {
      // Another trigger drew it, or it waits for its beacon round (the frame says why).
      if (!(e instanceof AppError && (e.code === "ALREADY_DRAWN" || e.code === "DRAW_WAITING"))) log("lottery").error({ frameId: f.id, ...errorFields(e) }, "draw failed");
    }
  }
  return { drawn };
}
