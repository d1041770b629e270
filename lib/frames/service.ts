// Frames (参加枠): created and edited by the event's organizers. A lottery frame gets its secret
// seed and public commitment at creation, before anyone can apply, and every change to it that
// can change an outcome goes into its public log (lib/frame-log). From its close until its draw a
// lottery is frozen: a change then means voiding it, in public, with a reason.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { appendFrameLog } from "../frame-log/service";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { voidableFrom } from "../lottery/data";
import { createdEntry, newLottery, parseIds } from "../lottery/service";
import { frameForOrganizer, lockFrame, promoteFromWaitlist, TX_OPTIONS } from "../registrations/service";
import { reconfirmWindowErrors } from "../reconfirmation/rules";
import { isFrozen, SEATED } from "../registrations/rules";
import { assignQuestionIds, parseQuestions } from "../questions/schema";
import { type FrameCreateInput, type FrameUpdateInput, resolveFrameDates, type VoidInput } from "../registrations/schema";

type Dates = { opensAt: Date; closesAt: Date; drawAt: Date | null; cancelDeadline: Date | null };
type Reconfirm = { reconfirmFrom: Date | null; reconfirmUntil: Date | null };

function checkDates(d: Dates, method: string, r?: Reconfirm & { eventStartsAt: Date }) {
  const fields: Record<string, string[]> = { ...(r ? reconfirmWindowErrors(r, { method, closesAt: d.closesAt, drawAt: d.drawAt }) : {}) };
  if (d.closesAt <= d.opensAt) fields.closesAt = ["closesBeforeOpens"];
  if (method === "LOTTERY" && d.drawAt && d.drawAt < d.closesAt) fields.drawAt = ["drawBeforeClose"];
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Invalid frame dates", fields);
}

function datesOrThrow(input: Parameters<typeof resolveFrameDates>[0], zone: string) {
  const { dates, bad } = resolveFrameDates(input, zone);
  if (bad.length) throw new AppError("INVALID_INPUT", "Invalid date", Object.fromEntries(bad.map((k) => [k, ["invalidDate"]])));
  return dates;
}

/**
 * The event, if the actor may add frames to it; throws otherwise. The form and the API run it
 * before parsing the input (a question list can be large), so a stranger's request costs this
 * lookup only.
 */
export async function eventForFrameEditor(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

export async function createFrame(actor: Actor | null, eventId: string, input: FrameCreateInput) {
  const event = await eventForFrameEditor(actor, eventId);
  if (event.status === "CANCELLED") throw new AppError("INVALID_STATE", "The event is cancelled");
  const d = datesOrThrow(input, event.timezone);
  const dates: Dates = { opensAt: d.opensAt!, closesAt: d.closesAt!, drawAt: d.drawAt ?? null, cancelDeadline: d.cancelDeadline ?? null };
  const reconfirm: Reconfirm = { reconfirmFrom: d.reconfirmFrom ?? null, reconfirmUntil: d.reconfirmUntil ?? null };
  checkDates(dates, input.method, { ...reconfirm, eventStartsAt: event.startsAt });
  const now = new Date();
  const lottery = input.method === "LOTTERY" ? await newLottery(input.beacon, dates, now) : {};
  const count = await db().frame.count({ where: { eventId } });
  return db().$transaction(async (tx) => {
    const frame = await tx.frame.create({
      data: {
        eventId,
        name: input.name,
        capacity: input.capacity,
        method: input.method,
        ...dates,
        ...reconfirm,
        reconfirmPolicy: input.reconfirmPolicy ?? "RELEASE",
        requiresReport: input.requiresReport ?? false,
        questions: JSON.stringify(assignQuestionIds([], input.questions)),
        sortOrder: count,
        ...lottery,
      },
    });
    if (frame.method === "LOTTERY") await appendFrameLog(tx, frame.id, "created", "organizer", createdEntry(frame), now);
    return frame;
  }, TX_OPTIONS);
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

/**
 * When a reconfirmation window opens. One set to open in the past opens when it is set: the seats
 * taken before are asked, and only those taken after count as fresh (not asked, see isAsking).
 * Otherwise a window set "from now" in the form, which has minutes, would miss whoever took a
 * seat earlier in that minute, and one set to have opened hours ago everyone seated since. The
 * stored time shown in the form (to the minute) and sent back unchanged keeps its value.
 */
function openingOf(sent: Date | null | undefined, stored: Date | null, now: Date): Date | null {
  if (sent === undefined) return stored;
  if (sent === null) return null;
  if (stored && Math.floor(sent.getTime() / 60_000) === Math.floor(stored.getTime() / 60_000)) return stored;
  return sent < now ? now : sent;
}

/**
 * Edits a frame. Raising the capacity promotes people from the waitlist at once; lowering it
 * never removes anyone (the frame is simply over-full until people cancel). A lottery frame
 * cannot change between its close and its draw (FRAME_FROZEN), and a drawn lottery's dates are
 * history. Every change to a lottery frame except its name is logged.
 */
export async function updateFrame(actor: Actor | null, frameId: string, input: FrameUpdateInput, now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.event.status === "CANCELLED" || frame.drawState === "VOIDED") throw new AppError("INVALID_STATE", "The event is cancelled");
  const d = datesOrThrow(input, frame.event.timezone);
  const dates: Dates = {
    opensAt: d.opensAt ?? frame.opensAt,
    closesAt: d.closesAt ?? frame.closesAt,
    drawAt: d.drawAt === undefined ? frame.drawAt : d.drawAt,
    cancelDeadline: d.cancelDeadline === undefined ? frame.cancelDeadline : d.cancelDeadline,
  };
  const reconfirm: Reconfirm = {
    reconfirmFrom: openingOf(d.reconfirmFrom, frame.reconfirmFrom, now),
    reconfirmUntil: d.reconfirmUntil === undefined ? frame.reconfirmUntil : d.reconfirmUntil,
  };
  const reconfirmPolicy = input.reconfirmPolicy ?? frame.reconfirmPolicy;
  const stored = parseQuestions(frame.questions);
  // Compared as read, so a list stored in the old shape is not "changed" by being saved unedited.
  const questions = input.questions !== undefined ? JSON.stringify(assignQuestionIds(stored, input.questions)) : frame.questions;
  // What actually changes (the edit form sends every field, changed or not).
  const changes: Record<string, string | number | boolean | null | unknown[]> = {};
  if (input.capacity !== undefined && input.capacity !== frame.capacity) changes.capacity = input.capacity;
  for (const k of ["opensAt", "closesAt", "drawAt", "cancelDeadline"] as const) if (!sameTime(dates[k], frame[k])) changes[k] = dates[k]?.toISOString() ?? null;
  for (const k of ["reconfirmFrom", "reconfirmUntil"] as const) if (!sameTime(reconfirm[k], frame[k])) changes[k] = reconfirm[k]?.toISOString() ?? null;
  if (reconfirmPolicy !== frame.reconfirmPolicy) changes.reconfirmPolicy = reconfirmPolicy;
  // Whether a report is asked for is part of what applicants agree to, so it is logged (and frozen) too.
  const requiresReport = input.requiresReport ?? frame.requiresReport;
  if (requiresReport !== frame.requiresReport) changes.requiresReport = requiresReport;
  // A window that already did its deadline's work is history.
  if (frame.reconfirmDoneAt && ("reconfirmFrom" in changes || "reconfirmUntil" in changes || "reconfirmPolicy" in changes)) {
    throw new AppError("INVALID_STATE", "This frame's reconfirmation is over", { reconfirmUntil: ["reconfirmOver"] });
  }
  if (questions !== frame.questions && questions !== JSON.stringify(stored)) changes.questions = JSON.parse(questions) as unknown[];
  const lottery = frame.method === "LOTTERY";
  if (lottery && Object.keys(changes).length && isFrozen(frame, now)) throw new AppError("FRAME_FROZEN", "The lottery is closed: void it to change it");
  if (frame.drawState === "DRAWN" && ("drawAt" in changes || "closesAt" in changes || "opensAt" in changes)) {
    throw new AppError("ALREADY_DRAWN", "A drawn lottery's dates cannot change");
  }
  checkDates(dates, frame.method, { ...reconfirm, eventStartsAt: frame.event.startsAt });
  return db().$transaction(async (tx) => {
    const locked = await lockFrame(tx, frame.id);
    // Checked again under the lock: the close may have been recorded meanwhile.
    if (lottery && Object.keys(changes).length && isFrozen(locked, now)) throw new AppError("FRAME_FROZEN", "The lottery is closed: void it to change it");
    const pending = lottery && locked.drawState === "PENDING";
    // A v2 lottery whose draw time moves waits for the first beacon round after the new time.
    const round = pending && locked.beaconRound !== null && ("drawAt" in changes || "closesAt" in changes) ? (await newLottery("drand-quicknet", dates, now)).beaconRound : locked.beaconRound;
    if (round !== locked.beaconRound) changes.beaconRound = round;
    await tx.frame.update({
      where: { id: frame.id },
      data: { ...dates, ...reconfirm, reconfirmPolicy, requiresReport, beaconRound: round, ...(input.name !== undefined ? { name: input.name } : {}), ...(input.capacity !== undefined ? { capacity: input.capacity } : {}), questions },
    });
    if (lottery && Object.keys(changes).length) await appendFrameLog(tx, frame.id, "changed", "organizer", changes as Parameters<typeof appendFrameLog>[4], now);
    const seatsNow = locked.method === "FIRST_COME" || (lottery && locked.drawState === "DRAWN");
    if (input.capacity !== undefined && input.capacity > locked.capacity && seatsNow) {
      const seated = await tx.registration.count({ where: { frameId: frame.id, status: { in: [...SEATED] } } });
      await promoteFromWaitlist(tx, { ...locked, capacity: input.capacity }, input.capacity - seated, now);
    }
    return tx.frame.findUniqueOrThrow({ where: { id: frame.id } });
  }, TX_OPTIONS);
}

/** Organizers nominate (指名) applicants before the close; they come first, in this order. */
export async function nominate(actor: Actor | null, frameId: string, publicIds: string[], now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames take nominations");
  if (frame.drawState === "DRAWN") throw new AppError("ALREADY_DRAWN", "Already drawn");
  if (frame.drawState !== "PENDING") throw new AppError("INVALID_STATE", "This lottery was voided");
  if (isFrozen(frame, now)) throw new AppError("FRAME_FROZEN", "Nominations close with the applications");
  const unique = [...new Set(publicIds)];
  return db().$transaction(async (tx) => {
    const locked = await lockFrame(tx, frameId);
    if (locked.drawState !== "PENDING" || isFrozen(locked, now)) throw new AppError("FRAME_FROZEN", "Nominations close with the applications");
    const found = await tx.registration.count({ where: { frameId, status: "APPLIED", publicId: { in: unique } } });
    if (found !== unique.length) throw new AppError("INVALID_INPUT", "Nominate applicants of this frame only", { publicIds: ["invalid"] });
    await tx.frame.update({ where: { id: frameId }, data: { nominated: JSON.stringify(unique) } });
    await appendFrameLog(tx, frameId, "nominated", "organizer", { publicIds: unique }, now);
    return unique;
  }, TX_OPTIONS);
}

/**
 * Voids a closed, undrawn lottery and opens a new one in its place, in one logged act: the old
 * seed is revealed (anyone can see what it would have drawn), the reason is public, and the new
 * lottery gets a new seed, commitment and beacon round. The changes the organizer needed (dates,
 * capacity, beacon) are made here, as part of the new lottery. Applicants keep their
 * applications; nominations carry over.
 */
export async function voidLottery(actor: Actor | null, frameId: string, input: VoidInput, now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames are voided");
  if (frame.drawState === "DRAWN") throw new AppError("ALREADY_DRAWN", "Already drawn");
  if (frame.drawState !== "PENDING" || frame.event.status === "CANCELLED") throw new AppError("INVALID_STATE", "The event is cancelled");
  if (!isFrozen(frame, now)) throw new AppError("LOTTERY_NOT_CLOSED", "Applications are open: edit the frame instead");
  if (now < voidableFrom(frame, now)) throw new AppError("VOID_TOO_EARLY", "The beacon round is out: the draw must happen first");
  const d = datesOrThrow(input, frame.event.timezone);
  const dates: Dates = {
    opensAt: d.opensAt ?? frame.opensAt,
    closesAt: d.closesAt ?? frame.closesAt,
    drawAt: d.drawAt === undefined ? frame.drawAt : d.drawAt,
    cancelDeadline: frame.cancelDeadline,
  };
  checkDates(dates, "LOTTERY");
  const beacon = input.beacon ?? (frame.algorithm === "hako-lottery-v2" ? "drand-quicknet" : "none");
  const next = await newLottery(beacon, dates, now);
  const capacity = input.capacity ?? frame.capacity;
  return db().$transaction(async (tx) => {
    const locked = await lockFrame(tx, frameId);
    if (locked.drawState !== "PENDING") throw new AppError("ALREADY_DRAWN", "Drawn meanwhile");
    await appendFrameLog(tx, frameId, "voided", "organizer", { reason: input.reason, seed: locked.seed, commitment: locked.commitment }, now);
    const updated = await tx.frame.update({
      where: { id: frameId },
      data: { ...dates, capacity, ...next, closedAt: null, applicantsCount: null, applicantsDigest: null, beaconRandomness: null, beaconSignature: null, drawWaitReason: null, drawWaitDetail: null, drawWaitSince: null },
    });
    await appendFrameLog(tx, frameId, "created", "organizer", createdEntry(updated), now);
    const nominated = parseIds(updated.nominated);
    if (nominated.length) await appendFrameLog(tx, frameId, "nominated", "organizer", { publicIds: nominated }, now);
    return updated;
  }, TX_OPTIONS);
}

/** Per-status counts of each frame of an event. */
export async function frameCounts(eventId: string) {
  const rows = await db().registration.groupBy({ by: ["frameId", "status"], where: { eventId }, _count: { _all: true } });
  const out = new Map<string, { applied: number; confirmed: number; waitlisted: number; cancelled: number; rejected: number; attended: number }>();
  for (const r of rows) {
    const c = out.get(r.frameId) ?? { applied: 0, confirmed: 0, waitlisted: 0, cancelled: 0, rejected: 0, attended: 0 };
    const key = r.status.toLowerCase() as keyof typeof c;
    if (key in c) c[key] += r._count._all;
    out.set(r.frameId, c);
  }
  return out;
}

export async function framesOf(eventId: string) {
  return db().frame.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
}
