// Reconfirmation (参加確認): a frame asks its confirmed people, between reconfirmFrom and
// reconfirmUntil, whether they still come. The mail carries two one-click links (no sign-in):
// "still coming" keeps the seat, "can't come" cancels it and promotes the waitlist at once. At
// the deadline the unanswered are released to the end of the waitlist (policy RELEASE) or only
// reminded (REMIND).
//
// The links carry a random 192-bit secret made for one registration; only its SHA-256 is stored
// (like personal access tokens), so the database cannot mint links and a link names exactly one
// registration. A link only answers that registration's reconfirmation, only while its window is
// open and the answer is still pending: it cannot be guessed, reused after the answer, or turned
// to anything else. Opening it (GET) only shows the question; the answer is a POST, so mail
// scanners that follow links change nothing.
//
// Each step is an idempotent transition claimed by a conditional update, so any instance's jobs
// tick may run it.
import { createHash, randomBytes } from "node:crypto";
import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { AppError, notFound, unauthenticated } from "../errors";
import { publicBaseUrl } from "../env";
import { appendFrameLog } from "../frame-log/service";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { enqueueMail, MAIL_PRIORITY } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { cancelUnderLock, drawnLottery, lockFrame, promoteFromWaitlist, seatedCount, TX_OPTIONS, waitlistLength } from "../registrations/service";
import { formatDateTime } from "../time";
import { isAsking, RECONFIRM_TOKEN, reconfirmStats, type ReconfirmState, type ReconfirmStats } from "./rules";

/** A link's secret: 192 random bits, URL-safe (32 characters). Only its SHA-256 is stored. */
export const newReconfirmToken = () => randomBytes(24).toString("base64url");
export const reconfirmTokenHash = (token: string) => createHash("sha256").update(token, "utf8").digest("hex");

/** How many people one tick asks per frame; the next tick continues. */
const ASK_BATCH = 200;

type Recipient = { email: string | null; name: string | null; locale: string | null };
type MailEvent = { id: string; title: string; timezone: string; startsAt: Date; venueName: string | null };

function reconfirmMail(kind: "reconfirmAsk" | "reconfirmReleased" | "reconfirmRemind", to: Recipient, c: { event: MailEvent; frame: { name: string; reconfirmUntil: Date | null; reconfirmPolicy: string }; receipt: number; token?: string; position?: number }) {
  const locale = localeOf(to);
  const t = mailTranslator(locale);
  const base = publicBaseUrl();
  const params = {
    name: to.name ?? to.email ?? "",
    event: c.event.title,
    frame: c.frame.name,
    receipt: c.receipt,
    startsAt: formatDateTime(c.event.startsAt, c.event.timezone, locale),
    until: c.frame.reconfirmUntil ? formatDateTime(c.frame.reconfirmUntil, c.event.timezone, locale) : "",
    venue: c.event.venueName ?? t("online"),
    yesUrl: c.token ? `${base}/reconfirm/${c.token}?answer=yes` : "",
    noUrl: c.token ? `${base}/reconfirm/${c.token}?answer=no` : "",
    url: `${base}/events/${c.event.id}`,
    position: c.position ?? 0,
    consequence: kindConsequence(t, c.frame.reconfirmPolicy),
  };
  return { subject: t(`${kind}.subject`, params), text: t(`${kind}.body`, params) };
}

function kindConsequence(t: ReturnType<typeof mailTranslator>, policy: string) {
  return policy === "REMIND" ? t("reconfirmConsequenceRemind") : t("reconfirmConsequenceRelease");
}

async function mail(tx: Tx, kind: "reconfirmAsk" | "reconfirmReleased" | "reconfirmRemind", to: Recipient, c: Parameters<typeof reconfirmMail>[2]) {
  if (!to.email) return;
  const m = reconfirmMail(kind, to, c);
  await enqueueMail({ to: to.email, kind: `registration.${kind}`, subject: m.subject, text: m.text, priority: MAIL_PRIORITY.personal }, tx);
}

const recipientFields = { email: true, name: true, locale: true } as const;

/**
 * Asks the confirmed people of every frame inside its window, once each: the registration is
 * claimed (reconfirmation null → PENDING, with the link's hash) in the transaction that writes
 * its mail.
 */
export async function askReconfirmations(now = new Date()) {
  const frames = await db().frame.findMany({
    where: { reconfirmFrom: { lte: now }, reconfirmUntil: { gt: now }, reconfirmDoneAt: null, event: { status: "PUBLISHED", startsAt: { gt: now } } },
    include: { event: true },
    take: 100,
  });
  let asked = 0;
  for (const frame of frames) {
    if (!isAsking(frame, frame.event.startsAt, now)) continue;
    const due = await db().registration.findMany({
      // A seat that came inside the window is fresh: not asked (see rules.ts, isAsking).
      where: { frameId: frame.id, status: "CONFIRMED", reconfirmation: null, confirmedAt: { lt: frame.reconfirmFrom! } },
      orderBy: { receiptNumber: "asc" },
      take: ASK_BATCH,
      include: { user: { select: recipientFields } },
    });
    for (const r of due) {
      const token = newReconfirmToken();
      const done = await db().$transaction(async (tx) => {
        const claim = await tx.registration.updateMany({
          where: { id: r.id, status: "CONFIRMED", reconfirmation: null },
          data: { reconfirmation: "PENDING", reconfirmTokenHash: reconfirmTokenHash(token), reconfirmAskedAt: now },
        });
        if (claim.count !== 1) return false;
        await mail(tx, "reconfirmAsk", r.user, { event: frame.event, frame, receipt: r.receiptNumber, token });
        return true;
      });
      if (done) asked++;
    }
  }
  return { asked };
}

/**
 * At each frame's deadline, once (claimed by reconfirmDoneAt): under RELEASE the unanswered move
 * to the end of the waitlist in receipt order and the freed seats go to the waitlist in order
 * (those waiting first; when fewer wait than seats freed, the first released get their seat
 * back); each release is in a drawn lottery's frame log. Under REMIND they are only reminded.
 */
export async function closeReconfirmations(now = new Date()) {
  const frames = await db().frame.findMany({ where: { reconfirmUntil: { lte: now }, reconfirmDoneAt: null }, select: { id: true }, take: 100 });
  let released = 0;
  let reminded = 0;
  for (const { id } of frames) {
    await db().$transaction(async (tx) => {
      const claim = await tx.frame.updateMany({ where: { id, reconfirmDoneAt: null, reconfirmUntil: { lte: now } }, data: { reconfirmDoneAt: now } });
      if (claim.count !== 1) return;
      const frame = await lockFrame(tx, id);
      // After the start (or for a cancelled event) there is nothing left to hand over.
      if (frame.event.status !== "PUBLISHED" || now >= frame.event.startsAt) return;
      const unanswered = await tx.registration.findMany({
        where: { frameId: id, status: "CONFIRMED", reconfirmation: "PENDING" },
        orderBy: { receiptNumber: "asc" },
        include: { user: { select: recipientFields } },
      });
      if (!unanswered.length) return;
      if (frame.reconfirmPolicy === "REMIND") {
        for (const r of unanswered) await mail(tx, "reconfirmRemind", r.user, { event: frame.event, frame, receipt: r.receiptNumber });
        reminded += unanswered.length;
        return;
      }
      const waiting = await waitlistLength(tx, id);
      for (const [i, r] of unanswered.entries()) {
        await tx.registration.update({
          where: { id: r.id },
          data: { status: "WAITLISTED", waitlistPosition: waiting + i + 1, confirmedAt: null, reconfirmation: "RELEASED", reconfirmAnsweredAt: null },
        });
        if (drawnLottery(frame)) await appendFrameLog(tx, id, "released", "system", { publicId: r.publicId, position: waiting + i + 1 }, now);
      }
      const free = frame.capacity - (await seatedCount(tx, id));
      const promoted = new Set((await promoteFromWaitlist(tx, frame, free, now)).map((r) => r.id));
      for (const r of unanswered) {
        if (promoted.has(r.id)) continue;
        const { waitlistPosition } = await tx.registration.findUniqueOrThrow({ where: { id: r.id }, select: { waitlistPosition: true } });
        await mail(tx, "reconfirmReleased", r.user, { event: frame.event, frame, receipt: r.receiptNumber, position: waitlistPosition ?? 0 });
        released++;
      }
    }, TX_OPTIONS);
  }
  return { frames: frames.length, released, reminded };
}

/** What the link's page shows: the registration it answers and whether it still can. */
export type ReconfirmView = {
  registrationId: string;
  event: { id: string; title: string; startsAt: Date; endsAt: Date; timezone: string; venueName: string | null };
  frameName: string;
  receiptNumber: number;
  until: Date;
  state: ReconfirmState;
  /** "open": an answer is possible now; otherwise why not */
  answerable: "open" | "answered" | "closed";
};

async function byToken(token: string) {
  if (!RECONFIRM_TOKEN.test(token)) throw notFound();
  const reg = await db().registration.findUnique({ where: { reconfirmTokenHash: reconfirmTokenHash(token) }, include: { frame: { include: { event: true } } } });
  if (!reg || !reg.reconfirmation || !reg.frame.reconfirmUntil) throw notFound();
  return reg;
}

type Loaded = Awaited<ReturnType<typeof byToken>>;

function answerable(reg: Loaded, now: Date): ReconfirmView["answerable"] {
  if (reg.reconfirmation !== "PENDING") return "answered";
  const f = reg.frame;
  if (reg.status !== "CONFIRMED" || f.event.status !== "PUBLISHED" || now >= f.reconfirmUntil! || now >= f.event.startsAt || f.reconfirmDoneAt) return "closed";
  return "open";
}

function view(reg: Loaded, now: Date): ReconfirmView {
  const e = reg.frame.event;
  return {
    registrationId: reg.id,
    event: { id: e.id, title: e.title, startsAt: e.startsAt, endsAt: e.endsAt, timezone: e.timezone, venueName: e.venueName },
    frameName: reg.frame.name,
    receiptNumber: reg.receiptNumber,
    until: reg.frame.reconfirmUntil!,
    state: reg.reconfirmation as ReconfirmState,
    answerable: answerable(reg, now),
  };
}

/** The page behind a link (GET): shows, changes nothing. An unknown or malformed link is NOT_FOUND. */
export async function reconfirmationByToken(token: string, now = new Date()): Promise<ReconfirmView> {
  return view(await byToken(token), now);
}

/** Answers through a link (POST). */
export async function answerByToken(token: string, coming: boolean, now = new Date()): Promise<ReconfirmView> {
  const reg = await byToken(token);
  await answer(reg, coming, now);
  return view(await byToken(token), now);
}

/** The owner answers while signed in (the ticket page, the API). */
export async function answerAsOwner(actor: Actor | null, registrationId: string, coming: boolean, now = new Date()) {
  if (!actor) throw unauthenticated();
  const reg = await db().registration.findUnique({ where: { id: registrationId }, include: { frame: { include: { event: true } } } });
  if (!reg || reg.userId !== actor.userId) throw notFound();
  if (!reg.reconfirmation || !reg.frame.reconfirmUntil) throw new AppError("RULE_REFUSED", "This registration is not asked to reconfirm");
  await answer(reg, coming, now);
  return db().registration.findUniqueOrThrow({ where: { id: reg.id } });
}

async function answer(reg: Loaded, coming: boolean, now: Date) {
  const state = answerable(reg, now);
  if (reg.reconfirmation === "RELEASED") throw new AppError("RECONFIRM_CLOSED", "The reconfirmation is over");
  if (state === "answered") throw new AppError("ALREADY_ANSWERED", "Already answered");
  if (state === "closed") throw new AppError("RECONFIRM_CLOSED", "The reconfirmation is over");
  await db().$transaction(async (tx) => {
    const frame = await lockFrame(tx, reg.frameId);
    // Checked again under the lock: the deadline's release may have run meanwhile.
    if (frame.reconfirmDoneAt || now >= frame.reconfirmUntil!) throw new AppError("RECONFIRM_CLOSED", "The reconfirmation is over");
    const current = await tx.registration.findUniqueOrThrow({ where: { id: reg.id } });
    if (current.reconfirmation !== "PENDING" || current.status !== "CONFIRMED") throw new AppError("ALREADY_ANSWERED", "Already answered");
    if (coming) {
      const r = await tx.registration.updateMany({ where: { id: reg.id, status: "CONFIRMED", reconfirmation: "PENDING" }, data: { reconfirmation: "CONFIRMED", reconfirmAnsweredAt: now } });
      if (r.count !== 1) throw new AppError("ALREADY_ANSWERED", "Already answered");
      return;
    }
    // "Can't come": the ordinary cancellation (seat freed, waitlist promoted, mail), recorded
    // as the answer. The cancellation deadline does not apply: the organizers asked.
    await cancelUnderLock(tx, frame, current, now, { reconfirmation: "DECLINED", reconfirmAnsweredAt: now });
  }, TX_OPTIONS);
}

export type FrameReconfirmation = {
  frameId: string;
  name: string;
  from: Date;
  until: Date;
  policy: string;
  done: boolean;
  stats: ReconfirmStats;
  /** After the event: of each answer, how many came and how many did not */
  outcome: Record<"CONFIRMED" | "PENDING" | "NONE", { attended: number; noShow: number }> | null;
};

/** The organizers' view of every frame that asks: the rate now, and after the event who came per answer. */
export async function reconfirmationOverview(actor: Actor | null, eventId: string, now = new Date()): Promise<FrameReconfirmation[]> {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, select: { id: true, groupId: true, endsAt: true } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw notFound();
  const frames = await db().frame.findMany({ where: { eventId, reconfirmFrom: { not: null }, reconfirmUntil: { not: null } }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
  if (!frames.length) return [];
  const rows = await db().registration.groupBy({
    by: ["frameId", "reconfirmation", "status"],
    where: { eventId, frameId: { in: frames.map((f) => f.id) } },
    _count: { _all: true },
  });
  const after = now >= event.endsAt;
  return frames.map((f) => {
    const mine = rows.filter((r) => r.frameId === f.id);
    const counts: Partial<Record<ReconfirmState, number>> = {};
    for (const r of mine) if (r.reconfirmation) counts[r.reconfirmation as ReconfirmState] = (counts[r.reconfirmation as ReconfirmState] ?? 0) + r._count._all;
    let outcome: FrameReconfirmation["outcome"] = null;
    if (after) {
      outcome = { CONFIRMED: { attended: 0, noShow: 0 }, PENDING: { attended: 0, noShow: 0 }, NONE: { attended: 0, noShow: 0 } };
      for (const r of mine) {
        const key = r.reconfirmation === "CONFIRMED" || r.reconfirmation === "PENDING" ? r.reconfirmation : r.reconfirmation === null || r.reconfirmation === "RELEASED" ? "NONE" : null;
        if (!key) continue;
        if (r.status === "ATTENDED") outcome[key].attended += r._count._all;
        else if (r.status === "CONFIRMED") outcome[key].noShow += r._count._all;
      }
    }
    return { frameId: f.id, name: f.name, from: f.reconfirmFrom!, until: f.reconfirmUntil!, policy: f.reconfirmPolicy, done: Boolean(f.reconfirmDoneAt), stats: reconfirmStats(counts), outcome };
  });
}
