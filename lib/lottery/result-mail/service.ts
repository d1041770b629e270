// The result mail of a draw: everyone drawn is told, in their language, after the draw commits.
import { db } from "../../db";
import { MAIL_PRIORITY, outboxRow } from "../../mail/service";
import { registrationMail } from "../../registrations/mail";
import { TX_OPTIONS } from "../../registrations/service";

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
  // A cancelled event tells nobody they won: everyone got the cancellation notice instead.
  if (frame.event.status === "CANCELLED") {
    await db().frame.updateMany({ where: { id: frameId, resultMailAt: now }, data: { resultMailDoneAt: now } });
    return { written: 0, done: true };
  }
  // The capacity of the draw, not today's: changing it later must not turn winners into losers.
  const capacity = frame.drawnCapacity ?? frame.capacity;
  let lease = now;
  let through = frame.resultMailThrough;
  let written = 0;
  for (let pages = 0; ; pages++) {
    const entries = await db().drawEntry.findMany({ where: { frameId, position: { gt: through } }, orderBy: { position: "asc" }, take: pageSize });
    if (!entries.length) break;
    if (opts.maxPages !== undefined && pages >= opts.maxPages) return { written, done: false };
    const regs = await db().registration.findMany({
      where: { frameId, publicId: { in: entries.map((e) => e.publicId) } },
      include: { user: { select: { id: true, email: true, name: true, locale: true } } },
    });
    const byPublicId = new Map(regs.map((r) => [r.publicId, r]));
    const mails = entries.flatMap((e) => {
      const r = byPublicId.get(e.publicId);
      if (!r?.user.email) return [];
      const won = e.position <= capacity;
      const registration = { ...r, waitlistPosition: won ? null : e.position - capacity };
      const m = registrationMail(won ? "won" : "lost", r.user, { event: frame.event, frame, registration });
      return [outboxRow({ to: r.user.email, kind: `registration.${won ? "won" : "lost"}`, ...m, priority: MAIL_PRIORITY.bulk })];
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

