// The door (受付): finding people by name, undoing a check-in, registering walk-ins, and the
// receptionists who may do only that. Check-in itself is registrations/service's checkIn.
import type { Actor } from "../auth-types";
import { containsText, db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { appendFrameLog } from "../frame-log/service";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { findUserByHandleOrEmail, isUniqueViolation } from "../users/service";
import { SEATED } from "../registrations/rules";
import { drawnLottery, lockFrame, newPublicId, newTicketCode, TX_OPTIONS } from "../registrations/service";
import { doorRole, receptionistKey } from "./data";
import type { WalkInInput } from "./schema";

/** The door list shows at most this many people per search; staff type more to narrow it. */
export const DOOR_SEARCH_LIMIT = 20;
/** An event or group has at most this many receptionists (a list that stays readable). */
export const MAX_RECEPTIONISTS = 50;

/** Loads the event and checks the caller may work its door (organizer or receptionist). */
export async function eventForDoor(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  const role = await doorRole(event.groupId, event.id, actor.userId);
  if (!role) throw event.status === "DRAFT" ? notFound() : forbidden();
  return { event, role };
}

export type DoorRow = { id: string; receiptNumber: number; status: string; checkedInAt: Date | null; frameName: string; name: string | null; handle: string | null; walkIn: boolean };

/**
 * The door list: people holding or having used a seat, found by name, handle or receipt number.
 * No email addresses: a receptionist sees what is needed at the door, nothing more.
 */
export async function searchDoor(actor: Actor | null, eventId: string, query: string): Promise<DoorRow[]> {
  const { event } = await eventForDoor(actor, eventId);
  const q = query.trim().replace(/^@/, "").toLowerCase().slice(0, 100);
  if (!q) return [];
  const rows = await db().registration.findMany({
    where: {
      eventId: event.id,
      status: { in: ["CONFIRMED", "ATTENDED"] },
      OR: [{ user: { name: containsText(q) } }, { user: { handle: containsText(q) } }, ...(/^\d{1,8}$/.test(q) ? [{ receiptNumber: Number(q) }] : [])],
    },
    include: { user: { select: { name: true, handle: true } }, frame: { select: { name: true } } },
    orderBy: { receiptNumber: "asc" },
    take: DOOR_SEARCH_LIMIT,
  });
  return rows.map((r) => ({ id: r.id, receiptNumber: r.receiptNumber, status: r.status, checkedInAt: r.checkedInAt, frameName: r.frame.name, name: r.user.name, handle: r.user.handle, walkIn: r.walkIn }));
}

/** Takes back a check-in made by mistake: the person holds their seat again, not checked in. */
export async function undoCheckIn(actor: Actor | null, eventId: string, registrationId: string) {
  const { event } = await eventForDoor(actor, eventId);
  const res = await db().registration.updateMany({ where: { id: registrationId, eventId: event.id, status: "ATTENDED" }, data: { status: "CONFIRMED", checkedInAt: null } });
  if (res.count !== 1) {
    const exists = await db().registration.count({ where: { id: registrationId, eventId: event.id } });
    throw exists ? new AppError("INVALID_STATE", "Not checked in") : notFound();
  }
  return db().registration.findUniqueOrThrow({ where: { id: registrationId } });
}

/**
 * A walk-in (当日参加): staff type the name of someone without a ticket and, while the frame has
 * a free seat and nobody waits for one, they get a confirmed, checked-in registration under a
 * placeholder account. The seat is taken under the frame lock, like any other seat.
 */
export async function registerWalkIn(actor: Actor | null, eventId: string, input: WalkInInput, now = new Date()) {
  const { event } = await eventForDoor(actor, eventId);
  if (event.status !== "PUBLISHED") throw new AppError("EVENT_CLOSED", "The event is not open");
  const frame = await db().frame.findUnique({ where: { id: input.frameId } });
  if (!frame || frame.eventId !== event.id) throw new AppError("NOT_FOUND", "Unknown frame", { frameId: ["invalid"] });
  if (frame.forSpeakers) throw new AppError("RULE_REFUSED", "The speaker frame takes no walk-ins");
  if (frame.method === "LOTTERY" && frame.drawState !== "DRAWN") throw new AppError("RULE_REFUSED", "The lottery decides these seats");
  return db().$transaction(async (tx) => {
    const locked = await lockFrame(tx, frame.id);
    const [seated, waiting] = await Promise.all([
      tx.registration.count({ where: { frameId: frame.id, status: { in: [...SEATED] } } }),
      tx.registration.count({ where: { frameId: frame.id, status: "WAITLISTED" } }),
    ]);
    if (seated >= locked.capacity || waiting > 0) throw new AppError("FRAME_FULL", "No seat left in this frame");
    const user = await tx.user.create({ data: { name: input.name } });
    const { receiptSeq } = await tx.event.update({ where: { id: event.id }, data: { receiptSeq: { increment: 1 } }, select: { receiptSeq: true } });
    const reg = await tx.registration.create({
      data: {
        publicId: newPublicId(),
        ticketCode: newTicketCode(),
        eventId: event.id,
        frameId: frame.id,
        userId: user.id,
        status: "ATTENDED",
        receiptNumber: receiptSeq,
        activeKey: `${event.id}:${user.id}`,
        confirmedAt: now,
        checkedInAt: now,
        walkIn: true,
      },
    });
    // In a drawn lottery's public log a walk-in is a late first-come seat (no one was waiting).
    if (drawnLottery(locked)) await appendFrameLog(tx, frame.id, "applied", "organizer", { publicId: reg.publicId, status: "confirmed" }, now);
    return { registration: reg, frameName: frame.name, name: user.name };
  }, TX_OPTIONS);
}

// Receptionists ------------------------------------------------------------------------------

async function groupForOrganizer(actor: Actor | null, groupId: string) {
  if (!actor) throw unauthenticated();
  const group = await db().group.findUnique({ where: { id: groupId } });
  if (!group) throw notFound();
  if (!canManageEvents(await roleIn(group.id, actor.userId))) throw forbidden();
  return group;
}

async function eventForOrganizer(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

/** Where a receptionist is assigned: one event, or every event of a group. */
export type ReceptionistScope = { eventId: string } | { groupId: string };

async function scopeOf(actor: Actor | null, scope: ReceptionistScope) {
  if ("eventId" in scope) {
    const event = await eventForOrganizer(actor, scope.eventId);
    return { groupId: event.groupId, eventId: event.id };
  }
  const group = await groupForOrganizer(actor, scope.groupId);
  return { groupId: group.id, eventId: null };
}

export async function addReceptionist(actor: Actor | null, scope: ReceptionistScope, query: string) {
  const { groupId, eventId } = await scopeOf(actor, scope);
  const user = await findUserByHandleOrEmail(query);
  if (!user) throw new AppError("USER_NOT_FOUND", "No user with this handle or email", { query: ["userNotFound"] });
  if (canManageEvents(await roleIn(groupId, user.id))) throw new AppError("ALREADY_ORGANIZER", "Organizers already work the door", { query: ["alreadyOrganizer"] });
  if ((await db().receptionist.count({ where: { groupId, eventId } })) >= MAX_RECEPTIONISTS) throw new AppError("RULE_REFUSED", "Too many receptionists", { query: ["tooMany"] });
  try {
    await db().receptionist.create({ data: { groupId, eventId, userId: user.id, scopeKey: receptionistKey(groupId, eventId, user.id) } });
  } catch (e) {
    if (!isUniqueViolation(e, "scopeKey")) throw e;
  }
  return { userId: user.id, name: user.name, handle: user.handle };
}

export async function removeReceptionist(actor: Actor | null, scope: ReceptionistScope, userId: string) {
  const { groupId, eventId } = await scopeOf(actor, scope);
  const res = await db().receptionist.deleteMany({ where: { scopeKey: receptionistKey(groupId, eventId, userId) } });
  if (res.count !== 1) throw notFound();
}

/** The receptionists of an event: its own and the group's (organizers only). */
export async function receptionistsOf(actor: Actor | null, scope: ReceptionistScope) {
  const { groupId, eventId } = await scopeOf(actor, scope);
  const rows = await db().receptionist.findMany({
    where: { groupId, eventId: eventId ? { in: [eventId] } : null },
    include: { user: { select: { id: true, name: true, handle: true } } },
    orderBy: { createdAt: "asc" },
    take: MAX_RECEPTIONISTS,
  });
  const group = eventId ? await db().receptionist.findMany({ where: { groupId, eventId: null }, include: { user: { select: { id: true, name: true, handle: true } } }, orderBy: { createdAt: "asc" }, take: MAX_RECEPTIONISTS }) : [];
  const view = (r: (typeof rows)[number], scopeName: "event" | "group") => ({ userId: r.user.id, name: r.user.name, handle: r.user.handle, scope: scopeName });
  return [...rows.map((r) => view(r, eventId ? "event" : "group")), ...group.map((r) => view(r, "group"))];
}

// Nominations (指名) -------------------------------------------------------------------------

/** A lottery frame's applicants, for the nominations screen (organizers), nominated first. */
export async function nominationCandidates(actor: Actor | null, frameId: string) {
  if (!actor) throw unauthenticated();
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: true } });
  if (!frame) throw notFound();
  if (!canManageEvents(await roleIn(frame.event.groupId, actor.userId))) throw frame.event.status === "DRAFT" ? notFound() : forbidden();
  if (frame.method !== "LOTTERY") throw new AppError("RULE_REFUSED", "Only lottery frames take nominations");
  const applicants = await db().registration.findMany({
    where: { frameId, status: "APPLIED" },
    include: { user: { select: { name: true, handle: true } } },
    orderBy: { receiptNumber: "asc" },
    take: 2000,
  });
  const nominated = frame.nominated ? (JSON.parse(frame.nominated) as string[]) : [];
  return { frame, nominated, applicants: applicants.map((a) => ({ publicId: a.publicId, receiptNumber: a.receiptNumber, name: a.user.name, handle: a.user.handle })) };
}
