// Registrations: applying to a frame (参加枠), cancelling, the waitlist, approval, check-in.
//
// Concurrency rule: every change to the seats of a frame runs in a transaction that first bumps
// the frame's lockVersion (lockFrame). On PostgreSQL that is a row lock held to commit; on
// SQLite it takes the database's write lock. Seat changes of one frame are therefore serial, and
// the counts read after the lock are the truth: confirmed ≤ capacity, waitlist positions 1..N
// without gaps, whatever the number of requests or app instances. One active registration per
// person and event is a unique index (activeKey), so double submits fail in the database.
import { freshRandomBytes } from "../random";
import type { Actor } from "../auth-types";
import { db, direct, type Tx } from "../db";
import { isTransient, uniqueViolationOn } from "../db-direct";
import { AppError, forbidden, isAppError, notFound, unauthenticated } from "../errors";
import { metrics } from "../observability/metrics";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { isUniqueViolation } from "../users/service";
import { publicBaseUrl } from "../env";
import { appendFrameLog } from "../frame-log/service";
import { doorRole } from "../door/data";
import { localeOf, mailTranslator, registrationMail, sendRegistrationMail, type MailKind } from "./mail";
import { enqueueMails, MAIL_PRIORITY, outboxRow } from "../mail/service";
import { markSharedReadsChange, publicGeneration } from "../server/public-changes";
import { unsubscribeFooter } from "../mail/bulk";
import { applicationWindow, cancelRefusal, isFrozen, SEATED } from "./rules";
import { parseQuestions, validateAnswers } from "../questions/schema";
import type { ApplyInput, RegistrationStatus } from "./schema";

/** Generous limits: under a signup rush a transaction may wait its turn for the frame. */
export const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

/** 12 characters of Crockford base32: opaque, unguessable enough to publish, easy to read aloud. */
export function newPublicId(): string {
  const alphabet = "0123456789abcdefghjkmnpqrstvwxyz";
  return Array.from(freshRandomBytes(12), (b) => alphabet[b & 31]).join("");
}

export const newTicketCode = () => freshRandomBytes(18).toString("base64url");

export async function lockFrame(tx: Tx, frameId: string) {
  const r = await tx.frame.updateMany({ where: { id: frameId }, data: { lockVersion: { increment: 1 } } });
  if (r.count !== 1) throw notFound();
  return tx.frame.findUniqueOrThrow({ where: { id: frameId }, include: { event: true } });
}

export async function seatedCount(tx: Tx, frameId: string) {
  return tx.registration.count({ where: { frameId, status: { in: [...SEATED] } } });
}

export async function waitlistLength(tx: Tx, frameId: string) {
  return tx.registration.count({ where: { frameId, status: "WAITLISTED" } });
}

export type FrameWithEvent = Awaited<ReturnType<typeof lockFrame>>;
const userMailFields = { id: true, email: true, name: true, locale: true, bulkMailOptOut: true } as const;

export async function mailTo(tx: Tx, kind: MailKind, userId: string, frame: FrameWithEvent, registration: { id: string; receiptNumber: number; waitlistPosition: number | null; status: string }) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userMailFields });
  // The reminder is bulk mail a person may turn off; mail about their seat itself always goes.
  if (kind === "reminder" && user?.bulkMailOptOut) return;
  if (user) await sendRegistrationMail(tx, kind, user, { event: frame.event, frame, registration });
}

/**
 * Confirms the first `seats` people on the waitlist (in position order) and closes the gap.
 * Runs only under the frame lock. Returns the promoted registrations.
 */
export async function promoteFromWaitlist(tx: Tx, frame: FrameWithEvent, seats: number, now: Date) {
  if (seats <= 0 || now >= frame.event.startsAt || frame.event.status === "CANCELLED") return [];
  const next = await tx.registration.findMany({
    where: { frameId: frame.id, status: "WAITLISTED" },
    orderBy: { waitlistPosition: "asc" },
    take: seats,
  });
  if (!next.length) return [];
  await tx.registration.updateMany({
    where: { id: { in: next.map((r) => r.id) }, status: "WAITLISTED" },
    data: { status: "CONFIRMED", waitlistPosition: null, confirmedAt: now },
  });
  await tx.registration.updateMany({
    where: { frameId: frame.id, status: "WAITLISTED" },
    data: { waitlistPosition: { decrement: next.length } },
  });
  for (const r of next) {
    // In waitlist order, so the log shows every promotion took the first person waiting.
    if (drawnLottery(frame)) await appendFrameLog(tx, frame.id, "promoted", "system", { publicId: r.publicId }, now);
    await mailTo(tx, "promoted", r.userId, frame, { ...r, status: "CONFIRMED", waitlistPosition: null });
  }
  return next;
}

/** After its draw a lottery frame's seat changes are public: they go into its frame log. */
export const drawnLottery = (f: { method: string; drawState: string | null }) => f.method === "LOTTERY" && f.drawState === "DRAWN";

/** Where a new application lands: a free seat, else the end of the waitlist (under the lock). */
async function seatOrWaitlist(tx: Tx, frame: FrameWithEvent): Promise<{ status: RegistrationStatus; waitlistPosition: number | null }> {
  const seated = await seatedCount(tx, frame.id);
  if (seated < frame.capacity) return { status: "CONFIRMED", waitlistPosition: null };
  return { status: "WAITLISTED", waitlistPosition: (await waitlistLength(tx, frame.id)) + 1 };
}

async function loadFrameForApplication(frameId: string, eventId: string) {
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: true } });
  if (!frame || frame.eventId !== eventId) throw new AppError("NOT_FOUND", "Unknown frame", { frameId: ["invalid"] });
  return frame;
}

export async function apply(actor: Actor | null, eventId: string, input: ApplyInput, now = new Date()) {
  try {
    const reg = await applyOnce(actor, eventId, input, now);
    metrics().applications.inc({ outcome: reg.status.toLowerCase() });
    return reg;
  } catch (e) {
    metrics().applications.inc({ outcome: isAppError(e) ? e.code : "error" });
    throw e;
  }
}

async function applyOnce(actor: Actor | null, eventId: string, input: ApplyInput, now: Date) {
  if (!actor) throw unauthenticated();
  const lean = await applyToPendingLottery(actor, eventId, input, now);
  if (lean) return lean;
  // The frame and the recipient of the confirmation mail, read together before the frame is
  // locked (the recipient is not needed unless the application goes through).
  const [frame, recipient] = await Promise.all([
    loadFrameForApplication(input.frameId, eventId),
    db().user.findUnique({ where: { id: actor.userId }, select: { email: true, name: true, locale: true } }),
  ]);
  // Seats in the speaker frame come with a confirmed talk, not by applying.
  if (frame.forSpeakers) throw new AppError("RULE_REFUSED", "The speaker frame is not open for applications");
  if (frame.event.status !== "PUBLISHED" || now >= frame.event.startsAt) {
    throw new AppError(frame.event.status === "DRAFT" ? "NOT_FOUND" : "EVENT_CLOSED", "The event does not take applications");
  }
  const window = applicationWindow(frame, now);
  if (window === "NOT_OPEN_YET") throw new AppError("NOT_OPEN_YET", "Applications have not opened");
  if (window === "CLOSED") throw new AppError("APPLICATIONS_CLOSED", "Applications are closed");
  const questions = parseQuestions(frame.questions);
  const checked = validateAnswers(questions, input.answers);
  if (!checked.ok) throw new AppError("INVALID_INPUT", "Some answers are missing or invalid", checked.fields);
  const answers = checked.answers;
  const activeKey = `${eventId}:${actor.userId}`;
  // A second application is refused by the unique index on activeKey, inside the transaction.
  try {
    return await db().$transaction(async (tx) => {
      // The lock and the re-check in one statement: still open, and the draw (if any) has not
      // happened since the frame was read. Otherwise read it again to say why.
      // A lottery whose close is on record takes nobody until its draw, whatever the clock says.
      const lock = await tx.frame.updateMany({
        where: { id: frame.id, opensAt: { lte: now }, closesAt: { gt: now }, drawState: frame.drawState, ...(frame.drawState === "PENDING" ? { closedAt: null } : {}) },
        data: { lockVersion: { increment: 1 } },
      });
      if (lock.count !== 1) throw new AppError("APPLICATIONS_CLOSED", "Applications are closed");
      // A speaker seat (kept apart from a lottery entry, see seatSpeaker) counts as registered.
      if (await tx.registration.count({ where: { activeKey: speakerKey(eventId, actor.userId) } })) throw new AppError("ALREADY_REGISTERED", "Already registered for this event");
      // Lottery frames collect applications until the draw; after it, late applications are
      // first-come (DESIGN.md, "The lottery" 5). Approval frames wait for an organizer.
      const seatNow = frame.method === "FIRST_COME" || (frame.method === "LOTTERY" && frame.drawState === "DRAWN");
      const placement = seatNow ? await seatOrWaitlist(tx, frame) : { status: "APPLIED" as RegistrationStatus, waitlistPosition: null };
      const { receiptSeq } = await tx.event.update({ where: { id: eventId }, data: { receiptSeq: { increment: 1 } }, select: { receiptSeq: true } });
      const reg = await tx.registration.create({
        data: {
          publicId: newPublicId(),
          ticketCode: newTicketCode(),
          eventId,
          frameId: frame.id,
          userId: actor.userId,
          status: placement.status,
          waitlistPosition: placement.waitlistPosition,
          receiptNumber: receiptSeq,
          answers: JSON.stringify(answers),
          anonymous: input.anonymous ?? false,
          activeKey,
          confirmedAt: placement.status === "CONFIRMED" ? now : null,
        },
      });
      if (drawnLottery(frame)) await appendFrameLog(tx, frame.id, "applied", "applicant", { publicId: reg.publicId, status: reg.status.toLowerCase() }, now);
      if (recipient) await sendRegistrationMail(tx, "received", recipient, { event: frame.event, frame, registration: reg });
      return reg;
    }, TX_OPTIONS);
  } catch (e) {
    if (isUniqueViolation(e, "activeKey")) throw new AppError("ALREADY_REGISTERED", "Already registered for this event");
    throw e;
  }
}

// The lean path (DESIGN.md, "The lottery"; docs/benchmarks.md, "The application path"). Until its
// draw a lottery frame seats nobody, so an application needs no seat decision and no frame lock:
// a row inserted while the frame is still open, in plain SQL (lib/db-direct.ts). What it checks in
// the same transaction: the frame is the one read (its updatedAt), a pending lottery, open, its
// close not on record, the person holds no speaker seat; the event is published and not begun
// (while it takes the event's receipt counter). On PostgreSQL the frame row is read FOR SHARE:
// applications do not wait for each other, but the close (which locks the frame to record the
// frozen list) waits for those under way, and those after it see the close. Anything else (the
// frame changed since it was read, other methods, bad answers, a deadlock) goes the full way
// below, which reads everything again and says why.

/** A frame with its event as read for applications: for a few seconds, until a public change in this process. */
const FRAME_MEMO_MS = 2000;
const FRAME_MEMO_MAX = 200;
const frameMemo = new Map<string, { frame: FrameWithEvent; generation: number; until: number }>();

async function recentFrame(frameId: string): Promise<FrameWithEvent | null> {
  const now = Date.now();
  const known = frameMemo.get(frameId);
  if (known && known.until > now && known.generation === publicGeneration()) return known.frame;
  const generation = publicGeneration();
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: true } });
  frameMemo.delete(frameId);
  if (frame) frameMemo.set(frameId, { frame, generation, until: now + FRAME_MEMO_MS });
  while (frameMemo.size > FRAME_MEMO_MAX) frameMemo.delete(frameMemo.keys().next().value!);
  return frame;
}

type Recipient = { email: string | null; name: string | null; locale: string | null };
class FrameChanged extends Error {}

async function applyToPendingLottery(actor: Actor, eventId: string, input: ApplyInput, now: Date) {
  const frame = await recentFrame(input.frameId);
  if (!frame || frame.eventId !== eventId || frame.method !== "LOTTERY" || frame.drawState !== "PENDING" || frame.forSpeakers) return null;
  if (frame.closedAt || frame.event.status !== "PUBLISHED" || now >= frame.event.startsAt || applicationWindow(frame, now) !== "OPEN") return null;
  const checked = validateAnswers(parseQuestions(frame.questions), input.answers);
  if (!checked.ok) return null;
  const sql = direct();
  const lock = sql.provider === "postgresql" ? " FOR SHARE OF f" : "";
  const reg = {
    id: newRowId(),
    publicId: newPublicId(),
    ticketCode: newTicketCode(),
    eventId,
    frameId: frame.id,
    userId: actor.userId,
    status: "APPLIED",
    waitlistPosition: null,
    receiptNumber: 0,
    answers: JSON.stringify(checked.answers),
    anonymous: input.anonymous ?? false,
    activeKey: `${eventId}:${actor.userId}`,
    confirmedAt: null,
    cancelledAt: null,
    checkedInAt: null,
    walkIn: false,
    createdAt: now,
    updatedAt: now,
    reconfirmation: null,
    reconfirmTokenHash: null,
    reconfirmAskedAt: null,
    reconfirmAnsweredAt: null,
  };
  try {
    const receipt = await sql.transaction(async (tx) => {
      const open = await tx.get(
        `SELECT 1 AS ok FROM "Frame" f WHERE f."id" = $1 AND f."eventId" = $2 AND f."updatedAt" = $3 AND f."method" = 'LOTTERY' AND f."drawState" = 'PENDING'
           AND f."closedAt" IS NULL AND f."opensAt" <= $4 AND f."closesAt" > $4 AND f."forSpeakers" = $5
           AND NOT EXISTS (SELECT 1 FROM "Registration" r WHERE r."activeKey" = $6)${lock}`,
        [frame.id, eventId, frame.updatedAt, now, false, speakerKey(eventId, actor.userId)],
      );
      if (!open) throw new FrameChanged();
      const counter = await tx.get<{ receiptSeq: number }>(
        `UPDATE "Event" SET "receiptSeq" = "receiptSeq" + 1 WHERE "id" = $1 AND "status" = 'PUBLISHED' AND "startsAt" > $2 RETURNING "receiptSeq"`,
        [eventId, now],
      );
      if (!counter) throw new FrameChanged();
      reg.receiptNumber = Number(counter.receiptSeq);
      await tx.run(
        `INSERT INTO "Registration" ("id", "publicId", "ticketCode", "eventId", "frameId", "userId", "status", "receiptNumber", "answers", "anonymous", "activeKey", "walkIn", "createdAt", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [reg.id, reg.publicId, reg.ticketCode, eventId, frame.id, actor.userId, reg.status, reg.receiptNumber, reg.answers, reg.anonymous, reg.activeKey, false, now, now],
      );
      const to = await tx.get<Recipient>(`SELECT "email", "name", "locale" FROM "User" WHERE "id" = $1`, [actor.userId]);
      if (to?.email) {
        const row = outboxRow({ to: to.email, kind: "registration.received", ...registrationMail("received", to, { event: frame.event, frame, registration: reg }) });
        await tx.run(
          `INSERT INTO "OutboxMail" ("id", "to", "subject", "text", "kind", "status", "attempts", "nextAttemptAt", "createdAt", "priority", "attachments", "headers")
           VALUES ($1, $2, $3, $4, $5, 'PENDING', 0, $6, $6, $7, $8, $9)`,
          [newRowId(), row.to, row.subject, row.text, row.kind, now, row.priority, row.attachments, row.headers],
        );
      }
      return reg.receiptNumber;
    });
    markSharedReadsChange();
    return { ...reg, receiptNumber: receipt };
  } catch (e) {
    if (uniqueViolationOn(e, "activeKey")) throw new AppError("ALREADY_REGISTERED", "Already registered for this event");
    if (e instanceof FrameChanged || isTransient(e)) {
      frameMemo.delete(frame.id);
      return null;
    }
    throw e;
  }
}

/** A row id like Prisma's cuid(): "c", the time, a counter and randomness, base 36. */
let rowCounter = 0;
function newRowId(): string {
  rowCounter = (rowCounter + 1) % 1_679_616;
  const random = [...freshRandomBytes(10)].map((b) => (b % 36).toString(36)).join("");
  return `c${Date.now().toString(36)}${rowCounter.toString(36).padStart(4, "0")}${random}`;
}

export async function cancel(actor: Actor | null, registrationId: string, now = new Date()) {
  if (!actor) throw unauthenticated();
  const reg = await db().registration.findUnique({ where: { id: registrationId }, include: { frame: { include: { event: true } } } });
  // Someone else's registration is not even acknowledged.
  if (!reg || reg.userId !== actor.userId) throw notFound();
  const refusal = cancelRefusal(reg.status as RegistrationStatus, reg.frame, reg.frame.event, now);
  if (refusal) throw new AppError(refusal, "This registration cannot be cancelled now");
  return db().$transaction(async (tx) => {
    const frame = await lockFrame(tx, reg.frameId);
    // Checked again under the lock: the list may have been frozen since the first look.
    if (isFrozen(frame, now)) throw new AppError("LOTTERY_FROZEN", "The lottery list is frozen until the draw");
    const current = await tx.registration.findUniqueOrThrow({ where: { id: reg.id } });
    return cancelUnderLock(tx, frame, current, now);
  }, TX_OPTIONS);
}

type CurrentRegistration = { id: string; publicId: string; userId: string; status: string; waitlistPosition: number | null; receiptNumber: number };

/**
 * The cancellation itself, under the frame's lock (lockFrame): frees the seat or closes the
 * waitlist gap, promotes the next people waiting, logs it (drawn lotteries) and mails the person.
 * `extra` is stored with the change (a reconfirmation answer cancels through here).
 */
export async function cancelUnderLock(tx: Tx, frame: FrameWithEvent, current: CurrentRegistration, now: Date, extra: { reconfirmation?: string; reconfirmAnsweredAt?: Date } = {}) {
  if (!["APPLIED", "CONFIRMED", "WAITLISTED"].includes(current.status)) throw new AppError("INVALID_STATE", "Already cancelled");
  const res = await tx.registration.updateMany({
    where: { id: current.id, status: current.status },
    data: { status: "CANCELLED", activeKey: null, waitlistPosition: null, cancelledAt: now, ...extra },
  });
  if (res.count !== 1) throw new AppError("INVALID_STATE", "The registration changed meanwhile");
  if (drawnLottery(frame)) await appendFrameLog(tx, frame.id, "cancelled", "applicant", { publicId: current.publicId, from: current.status.toLowerCase() }, now);
  if (current.status === "WAITLISTED" && current.waitlistPosition !== null) {
    await tx.registration.updateMany({
      where: { frameId: frame.id, status: "WAITLISTED", waitlistPosition: { gt: current.waitlistPosition } },
      data: { waitlistPosition: { decrement: 1 } },
    });
  }
  if (current.status === "CONFIRMED") {
    const free = frame.capacity - (await seatedCount(tx, frame.id));
    await promoteFromWaitlist(tx, frame, free, now);
  }
  const cancelled = await tx.registration.findUniqueOrThrow({ where: { id: current.id } });
  await mailTo(tx, "cancelled", current.userId, frame, { ...cancelled, receiptNumber: current.receiptNumber });
  return cancelled;
}

/** Loads a frame and checks the caller organizes its event's group. */
export async function frameForOrganizer(actor: Actor | null, frameId: string) {
  if (!actor) throw unauthenticated();
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: true } });
  if (!frame) throw notFound();
  const role = await roleIn(frame.event.groupId, actor.userId);
  if (!canManageEvents(role)) throw frame.event.status === "DRAFT" ? notFound() : forbidden();
  return frame;
}

async function registrationForOrganizer(actor: Actor | null, registrationId: string) {
  if (!actor) throw unauthenticated();
  const reg = await db().registration.findUnique({ where: { id: registrationId }, include: { event: true } });
  if (!reg) throw notFound();
  if (!canManageEvents(await roleIn(reg.event.groupId, actor.userId))) throw forbidden();
  return reg;
}

/** Approval frames: an organizer confirms an application while seats remain. */
export async function approve(actor: Actor | null, registrationId: string, now = new Date()) {
  const reg = await registrationForOrganizer(actor, registrationId);
  return db().$transaction(async (tx) => {
    const frame = await lockFrame(tx, reg.frameId);
    if (frame.method !== "APPROVAL") throw new AppError("RULE_REFUSED", "Only approval frames are approved by hand");
    if ((await seatedCount(tx, frame.id)) >= frame.capacity) throw new AppError("FRAME_FULL", "No seat left in this frame");
    const res = await tx.registration.updateMany({ where: { id: reg.id, status: "APPLIED" }, data: { status: "CONFIRMED", confirmedAt: now } });
    if (res.count !== 1) throw new AppError("INVALID_STATE", "Only pending applications can be approved");
    const updated = await tx.registration.findUniqueOrThrow({ where: { id: reg.id } });
    await mailTo(tx, "approved", reg.userId, frame, updated);
    return updated;
  }, TX_OPTIONS);
}

export async function reject(actor: Actor | null, registrationId: string, now = new Date()) {
  const reg = await registrationForOrganizer(actor, registrationId);
  return db().$transaction(async (tx) => {
    const frame = await lockFrame(tx, reg.frameId);
    if (frame.method !== "APPROVAL") throw new AppError("RULE_REFUSED", "Only approval frames are rejected by hand");
    const res = await tx.registration.updateMany({ where: { id: reg.id, status: "APPLIED" }, data: { status: "REJECTED", activeKey: null, cancelledAt: now } });
    if (res.count !== 1) throw new AppError("INVALID_STATE", "Only pending applications can be rejected");
    const updated = await tx.registration.findUniqueOrThrow({ where: { id: reg.id } });
    await mailTo(tx, "rejected", reg.userId, frame, updated);
    return updated;
  }, TX_OPTIONS);
}

export type CheckInResult = {
  registration: { id: string; receiptNumber: number; status: string; checkedInAt: Date | null; frameName: string };
  person: { name: string | null; handle: string | null };
};

/**
 * Marks a confirmed ticket attended, by the QR code's ticket code, the receipt number typed at
 * the door, or a row of the door list found by name (its registration id). A second check-in, or a ticket that is not confirmed, is refused with who it is.
 */
export async function checkIn(actor: Actor | null, eventId: string, by: { code?: string; receiptNumber?: number; registrationId?: string }, now = new Date()): Promise<CheckInResult> {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  // Organizers and the event's receptionists (受付) work the door.
  if (!(await doorRole(event.groupId, event.id, actor.userId))) throw event.status === "DRAFT" ? notFound() : forbidden();
  const reg = await db().registration.findFirst({
    where: by.code ? { eventId, ticketCode: ticketCodeFrom(by.code) } : by.registrationId ? { eventId, id: by.registrationId } : { eventId, receiptNumber: by.receiptNumber ?? -1 },
    include: { user: { select: { name: true, handle: true } }, frame: { select: { name: true } } },
  });
  if (!reg) throw new AppError("NOT_FOUND", "No ticket with this code or number for this event");
  const result = (status: string, checkedInAt: Date | null): CheckInResult => ({
    registration: { id: reg.id, receiptNumber: reg.receiptNumber, status, checkedInAt, frameName: reg.frame.name },
    person: { name: reg.user.name, handle: reg.user.handle },
  });
  if (reg.status === "ATTENDED") throw Object.assign(new AppError("ALREADY_CHECKED_IN", "Already checked in"), { detail: result(reg.status, reg.checkedInAt) });
  if (reg.status !== "CONFIRMED") throw Object.assign(new AppError("TICKET_NOT_VALID", "Not a confirmed ticket"), { detail: result(reg.status, null) });
  const res = await db().registration.updateMany({ where: { id: reg.id, status: "CONFIRMED" }, data: { status: "ATTENDED", checkedInAt: now } });
  if (res.count !== 1) throw Object.assign(new AppError("ALREADY_CHECKED_IN", "Already checked in"), { detail: result("ATTENDED", now) });
  return result("ATTENDED", now);
}

/** The QR code carries the ticket URL; staff may also paste the bare code. */
export function ticketCodeFrom(scanned: string): string {
  const s = scanned.trim();
  const m = s.match(/[?&]code=([A-Za-z0-9_-]+)/);
  return m ? m[1]! : s;
}


/** An organizer's message to every confirmed participant, through the outbox, per language. */
export async function messageParticipants(actor: Actor | null, eventId: string, input: { subject: string; body: string }) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw forbidden();
  const recipients = await db().registration.findMany({
    where: { eventId, status: { in: [...SEATED] }, user: { bulkMailOptOut: false } },
    select: { user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const url = `${publicBaseUrl()}/events/${event.id}`;
  const mails = recipients.flatMap(({ user }) => {
    if (!user.email) return [];
    const locale = localeOf(user);
    const t = mailTranslator(locale);
    const params = { event: event.title, subject: input.subject, body: input.body, url };
    const footer = unsubscribeFooter(user.id, "all", locale);
    return [{ to: user.email, kind: "event.message", subject: t("message.subject", params), text: t("message.body", params) + footer.text, headers: footer.headers, priority: MAIL_PRIORITY.bulk }];
  });
  if (mails.length) await enqueueMails(mails);
  return { sent: mails.length };
}

/** The day-before reminder: each event's confirmed participants, once (claimed by remindedAt). */
export async function sendDueReminders(now = new Date()) {
  const soon = new Date(now.getTime() + 24 * 60 * 60 * 1000);
  const events = await db().event.findMany({ where: { status: "PUBLISHED", remindedAt: null, startsAt: { gt: now, lte: soon } }, select: { id: true } });
  let mails = 0;
  for (const { id } of events) {
    const claim = await db().event.updateMany({ where: { id, remindedAt: null }, data: { remindedAt: now } });
    if (claim.count !== 1) continue;
    await db().$transaction(async (tx) => {
      const regs = await tx.registration.findMany({ where: { eventId: id, status: "CONFIRMED" }, include: { frame: { include: { event: true } } } });
      for (const r of regs) {
        await mailTo(tx, "reminder", r.userId, r.frame, r);
        mails++;
      }
    }, TX_OPTIONS);
  }
  return { events: events.length, mails };
}

/** The key a speaker seat holds when its speaker keeps a frozen lottery entry (see seatSpeaker). */
export const speakerKey = (eventId: string, userId: string) => `${eventId}:${userId}:speaker`;

/**
 * Gives a confirmed speaker a seat in the event's speaker frame (made on first use, growing as
 * needed), outside the lottery. A confirmed registration elsewhere stays where it is (they have
 * a seat). A pending or waitlisted one moves to the speaker frame, except from a lottery frame
 * whose list is frozen or drawn: that entry is public record and stays as it is, and the speaker
 * seat is a separate registration under its own key (speakerKey), so the person holds one
 * lottery entry and one speaker seat, and can still apply nowhere else.
 */
export async function seatSpeaker(tx: Tx, eventId: string, userId: string, now: Date) {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
  let speakerFrame = await tx.frame.findFirst({ where: { eventId, forSpeakers: true } });
  speakerFrame ??= await tx.frame.create({
    data: { eventId, name: "登壇者枠 / Speakers", capacity: 1, method: "APPROVAL", forSpeakers: true, opensAt: now, closesAt: event.startsAt, sortOrder: 1000 },
  });
  const frame = await lockFrame(tx, speakerFrame.id);
  const apart = await tx.registration.findUnique({ where: { activeKey: speakerKey(eventId, userId) } });
  if (apart) return apart;
  const activeKey = `${eventId}:${userId}`;
  const current = await tx.registration.findUnique({ where: { activeKey } });
  if (current && (SEATED as readonly string[]).includes(current.status)) return current;
  const seated = await seatedCount(tx, frame.id);
  if (seated + 1 > frame.capacity) await tx.frame.update({ where: { id: frame.id }, data: { capacity: seated + 1 } });
  if (current) {
    const old = await lockFrame(tx, current.frameId);
    const keep = old.method === "LOTTERY" && (isFrozen(old, now) || old.drawState !== "PENDING");
    if (!keep) {
      if (current.status === "WAITLISTED" && current.waitlistPosition !== null) {
        await tx.registration.updateMany({ where: { frameId: old.id, status: "WAITLISTED", waitlistPosition: { gt: current.waitlistPosition } }, data: { waitlistPosition: { decrement: 1 } } });
      }
      return tx.registration.update({ where: { id: current.id }, data: { frameId: frame.id, status: "CONFIRMED", waitlistPosition: null, confirmedAt: now } });
    }
  }
  const { receiptSeq } = await tx.event.update({ where: { id: eventId }, data: { receiptSeq: { increment: 1 } }, select: { receiptSeq: true } });
  return tx.registration.create({
    data: {
      publicId: newPublicId(),
      ticketCode: newTicketCode(),
      eventId,
      frameId: frame.id,
      userId,
      status: "CONFIRMED",
      receiptNumber: receiptSeq,
      activeKey: current ? speakerKey(eventId, userId) : activeKey,
      confirmedAt: now,
    },
  });
}
