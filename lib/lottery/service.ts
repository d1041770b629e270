// Running and publishing lottery draws (DESIGN.md, "The lottery").
//
// A draw is claimed by one conditional update (drawState PENDING → DRAWN) inside the transaction
// that writes its result, so however many instances, scheduler ticks or organizers trigger it,
// exactly one draw commits; the others see count 0 and report ALREADY_DRAWN.
import type { Actor } from "../auth-types";
import { db, dbProvider, Prisma, type Tx } from "../db";
import { AppError, notFound } from "../errors";
import { frameForOrganizer, TX_OPTIONS } from "../registrations/service";
import { registrationMail } from "../registrations/mail";
import { ALGORITHM, applicantsDigest, drawOrder, fromHex } from "./algorithm";

/** When a frame's draw is due: its drawAt, or its close when none is set. */
export const drawDueAt = (f: { drawAt: Date | null; closesAt: Date }) => f.drawAt ?? f.closesAt;

export async function drawByOrganizer(actor: Actor | null, frameId: string, now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames are drawn");
  if (frame.drawState === "DRAWN") throw new AppError("ALREADY_DRAWN", "Already drawn");
  if (now < frame.closesAt) throw new AppError("DRAW_TOO_EARLY", "Applications are still open");
  const result = await commitDraw(frameId, now);
  // The organizer gets the result at once; the mail (one per applicant, possibly 100,000) is
  // written afterwards, and the next jobs tick finishes it if this process stops first.
  void enqueueResultMail(frameId).catch((e: unknown) => console.error(`[lottery] result mail of frame ${frameId} failed`, e));
  return result;
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
  const result = await commitDraw(frameId, now);
  await enqueueResultMail(frameId);
  return result;
}

/** The draw itself, in one transaction; runDraw's first step (timed apart by bench/rush.ts). */
export async function commitDraw(frameId: string, now = new Date()) {
  const drawn = await db().$transaction(
    async (tx) => {
      const claim = await tx.frame.updateMany({
        where: { id: frameId, method: "LOTTERY", drawState: "PENDING", closesAt: { lte: now } },
        data: { drawState: "DRAWN", drawnAt: now, lockVersion: { increment: 1 } },
      });
      if (claim.count !== 1) throw new AppError("ALREADY_DRAWN", "Already drawn (or not due)");
      const frame = await tx.frame.findUniqueOrThrow({ where: { id: frameId }, include: { event: true } });
      const applicants = await applicantIds(tx, frameId);
      const nominated = parseIds(frame.nominated);
      const order = await drawOrder(fromHex(frame.seed!), applicants, nominated);
      const digest = await applicantsDigest(applicants);
      // The nominated who applied lead the order.
      const nominatedSet = new Set(nominated);
      const leading = order.filter((id) => nominatedSet.has(id)).length;
      await tx.$executeRaw(drawEntriesInsert(frameId, order, leading));
      // One statement places everyone: the first `capacity` in the order are confirmed, the rest
      // waitlisted at (place − capacity). Plain SQL that SQLite and PostgreSQL both run.
      const capacity = frame.capacity;
      await tx.$executeRaw(Prisma.sql`
        UPDATE "Registration" SET
          "status" = CASE WHEN d."position" <= ${capacity} THEN 'CONFIRMED' ELSE 'WAITLISTED' END,
          "waitlistPosition" = CASE WHEN d."position" <= ${capacity} THEN NULL ELSE d."position" - ${capacity} END
        FROM "DrawEntry" d
        WHERE d."frameId" = ${frameId} AND "Registration"."frameId" = ${frameId}
          AND d."publicId" = "Registration"."publicId" AND "Registration"."status" = 'APPLIED'`);
      // Timestamps go through Prisma, which stores them the same way on both databases.
      await tx.registration.updateMany({ where: { frameId, status: "CONFIRMED", confirmedAt: null }, data: { confirmedAt: now } });
      await tx.frame.update({ where: { id: frameId }, data: { applicantsDigest: digest } });
      return { frame, total: order.length };
    },
    { ...TX_OPTIONS, timeout: 300_000 },
  );
  return { frameId, eventId: drawn.frame.eventId, total: drawn.total, confirmed: Math.min(drawn.total, drawn.frame.capacity), waitlisted: Math.max(0, drawn.total - drawn.frame.capacity) };
}

/** How long a result-mail writer may go without finishing a page before another takes over. */
export const RESULT_MAIL_LEASE_MS = 5 * 60_000;

/** Draws whose result mail is unfinished and free to take: never claimed, or its lease ran out. */
const resultMailClaimable = (now: Date) => ({
  drawState: "DRAWN",
  resultMailDoneAt: null,
  OR: [{ resultMailAt: null }, { resultMailAt: { lt: new Date(now.getTime() - RESULT_MAIL_LEASE_MS) } }],
});

type ResultMailOptions = {
  now?: Date;
  /** Mails per page; each page is written with its progress in one transaction. */
  pageSize?: number;
  /** Stop after this many pages, unfinished (tests use it to play a writer that stopped). */
  maxPages?: number;
};

/**
 * Result mail for everyone drawn, in each person's language, written to the outbox in pages
 * after the draw commits (a 100,000-applicant draw must not hold the write lock for its mail).
 *
 * One writer at a time holds a lease on the frame (`resultMailAt`, renewed with every page).
 * Each page's mails and the frame's progress (`resultMailThrough`) commit together, so a writer
 * that stops half-way leaves no page half-written: once its lease is older than
 * RESULT_MAIL_LEASE_MS, the next jobs tick takes over from the first position not yet mailed,
 * and nobody gets the same result twice.
 */
export async function enqueueResultMail(frameId: string, opts: ResultMailOptions = {}) {
  const started = Date.now();
  const now = opts.now ?? new Date(started);
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  const pageSize = opts.pageSize ?? 500; // bound as parameters below: Prisma allows 999 per query on SQLite
  const claimed = await db().frame.updateMany({
    where: { id: frameId, ...resultMailClaimable(now) },
    data: { resultMailAt: now },
  });
  if (claimed.count !== 1) return { written: 0, done: false };
  const frame = await db().frame.findUniqueOrThrow({ where: { id: frameId }, include: { event: true } });
  let lease = now;
  let through = frame.resultMailThrough;
  let written = 0;
  for (let pages = 0; ; pages++) {
    const entries = await db().drawEntry.findMany({ where: { frameId, position: { gt: through } }, orderBy: { position: "asc" }, take: pageSize });
    if (!entries.length) break;
    if (opts.maxPages !== undefined && pages >= opts.maxPages) return { written, done: false };
    const regs = await db().registration.findMany({
      where: { frameId, publicId: { in: entries.map((e) => e.publicId) } },
      include: { user: { select: { email: true, name: true, locale: true } } },
    });
    const byPublicId = new Map(regs.map((r) => [r.publicId, r]));
    const mails = entries.flatMap((e) => {
      const r = byPublicId.get(e.publicId);
      if (!r?.user.email) return [];
      const won = e.position <= frame.capacity;
      const registration = { ...r, waitlistPosition: won ? null : e.position - frame.capacity };
      const m = registrationMail(won ? "won" : "lost", r.user, { event: frame.event, frame, registration });
      return [{ to: r.user.email, kind: `registration.${won ? "won" : "lost"}`, subject: m.subject, text: m.text }];
    });
    const last = entries[entries.length - 1]!.position;
    const renewed = clock();
    const stillOurs = await db().$transaction(async (tx) => {
      const own = await tx.frame.updateMany({ where: { id: frameId, resultMailAt: lease }, data: { resultMailAt: renewed, resultMailThrough: last } });
      if (own.count !== 1) return false;
      await tx.outboxMail.createMany({ data: mails });
      return true;
    }, TX_OPTIONS);
    // Another writer took over (this one was too slow): it carries on from our last page.
    if (!stillOurs) return { written, done: false };
    lease = renewed;
    through = last;
    written += mails.length;
  }
  await db().frame.updateMany({ where: { id: frameId, resultMailAt: lease }, data: { resultMailDoneAt: clock() } });
  return { written, done: true };
}

function parseIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/**
 * Writes the result mail of draws whose trigger did not (an organizer's draw answers first) or
 * whose writer stopped half-way and let its lease run out.
 */
export async function mailDrawResults(now = new Date()) {
  const frames = await db().frame.findMany({
    where: resultMailClaimable(now),
    select: { id: true },
  });
  for (const f of frames) await enqueueResultMail(f.id, { now });
  return { frames: frames.length };
}

/** Draws every lottery frame that is due. Safe to run from any number of instances at once. */
export async function runDueDraws(now = new Date()) {
  const due = await db().frame.findMany({
    where: { method: "LOTTERY", drawState: "PENDING", OR: [{ drawAt: { lte: now } }, { drawAt: null, closesAt: { lte: now } }] },
    select: { id: true },
  });
  let drawn = 0;
  for (const f of due) {
    try {
      await runDraw(f.id, now);
      drawn++;
    } catch (e) {
      if (!(e instanceof AppError && e.code === "ALREADY_DRAWN")) console.error(`[lottery] draw of frame ${f.id} failed`, e);
    }
  }
  return { drawn };
}

/** Organizers nominate (指名) applicants before the draw; they come first, in this order. */
export async function nominate(actor: Actor | null, frameId: string, publicIds: string[]) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames take nominations");
  const unique = [...new Set(publicIds)];
  const found = await db().registration.count({ where: { frameId, status: "APPLIED", publicId: { in: unique } } });
  if (found !== unique.length) throw new AppError("INVALID_INPUT", "Nominate applicants of this frame only", { publicIds: ["invalid"] });
  const res = await db().frame.updateMany({ where: { id: frameId, drawState: "PENDING" }, data: { nominated: JSON.stringify(unique) } });
  if (res.count !== 1) throw new AppError("ALREADY_DRAWN", "Already drawn");
  return unique;
}

/** The public draw record: the commitment before the draw; seed and order after it. */
export async function publicDraw(frameId: string, now = new Date()) {
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: { select: { id: true, title: true, status: true, timezone: true } } } });
  if (!frame || frame.method !== "LOTTERY" || frame.event.status === "DRAFT") throw notFound();
  const drawn = frame.drawState === "DRAWN";
  const order = drawn ? (await db().drawEntry.findMany({ where: { frameId }, orderBy: { position: "asc" }, select: { publicId: true } })).map((e) => e.publicId) : [];
  let digest = frame.applicantsDigest;
  if (!drawn && now >= frame.closesAt) {
    // The list is frozen from the close (no applying, no cancelling until the draw).
    const ids = (await db().registration.findMany({ where: { frameId, status: "APPLIED" }, select: { publicId: true } })).map((r) => r.publicId);
    digest = await applicantsDigest(ids);
  }
  return {
    frameId: frame.id,
    eventId: frame.eventId,
    event: { id: frame.event.id, title: frame.event.title, timezone: frame.event.timezone },
    frameName: frame.name,
    algorithm: ALGORITHM,
    commitment: frame.commitment!,
    seed: drawn ? frame.seed : null,
    drawnAt: frame.drawnAt,
    drawAt: drawDueAt(frame),
    closesAt: frame.closesAt,
    capacity: frame.capacity,
    nominated: parseIds(frame.nominated),
    applicantsDigest: digest,
    order,
  };
}
