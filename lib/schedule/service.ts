// The timetable: rooms (tracks), slots with confirmed talks or fixed items, publishing.
import { z } from "zod";
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { canDecide } from "../talks/policy";
import { talkRole } from "../talks/service";
import { parseDateTimeInZone } from "../time";
import { findConflicts, fixedItemClash, type SlotLike } from "./conflicts";
import { roomInput, type SlotInput } from "./schema";

export { roomInput, SLOT_KINDS, slotInput, type SlotInput } from "./schema";

async function eventForOrganizer(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  const role = await talkRole(event.id, event.groupId, actor.userId);
  if (!canDecide(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

export async function addRoom(actor: Actor | null, eventId: string, input: z.infer<typeof roomInput>) {
  await eventForOrganizer(actor, eventId);
  const count = await db().room.count({ where: { eventId } });
  return db().room.create({ data: { eventId, name: input.name, capacity: input.capacity, sortOrder: input.sortOrder ?? count } });
}

export async function updateRoom(actor: Actor | null, roomId: string, input: Partial<z.infer<typeof roomInput>>) {
  const room = await db().room.findUnique({ where: { id: roomId } });
  if (!room) throw notFound();
  await eventForOrganizer(actor, room.eventId);
  return db().room.update({
    where: { id: roomId },
    data: { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.capacity !== undefined ? { capacity: input.capacity } : {}), ...(input.sortOrder !== undefined ? { sortOrder: input.sortOrder } : {}) },
  });
}

export async function deleteRoom(actor: Actor | null, roomId: string) {
  const room = await db().room.findUnique({ where: { id: roomId } });
  if (!room) throw notFound();
  await eventForOrganizer(actor, room.eventId);
  await db().room.delete({ where: { id: roomId } });
}

type SlotRow = Awaited<ReturnType<typeof loadSlots>>[number];

function loadSlots(eventId: string) {
  return db().slot.findMany({
    where: { eventId },
    include: {
      room: true,
      proposal: {
        include: {
          speakers: { where: { acceptedAt: { not: null } }, include: { user: { select: { id: true, name: true, handle: true, image: true } } } },
          // The timetable links each talk's slides once they are posted.
          materials: { where: { hidden: false, kind: "SLIDES" }, orderBy: { createdAt: "asc" }, take: 1, select: { id: true, url: true, fileKey: true } },
        },
      },
    },
    orderBy: [{ startsAt: "asc" }, { roomId: "asc" }],
  });
}

export function toSlotLike(s: Pick<SlotRow, "id" | "roomId" | "startsAt" | "endsAt" | "kind" | "title" | "proposal">): SlotLike {
  return {
    id: s.id,
    roomId: s.roomId,
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    kind: s.kind,
    title: s.title,
    talk: s.proposal ? { minutes: s.proposal.minutes, title: s.proposal.title, speakerIds: s.proposal.speakers.map((sp) => sp.userId) } : null,
  };
}

/** Validates a slot against its event: room and talk of this event, times in order. */
async function checkedSlot(event: { id: string; timezone: string }, input: SlotInput, slotId: string | null) {
  const startsAt = parseDateTimeInZone(input.startsAt, event.timezone);
  const endsAt = parseDateTimeInZone(input.endsAt, event.timezone);
  const fields: Record<string, string[]> = {};
  if (!startsAt) fields.startsAt = ["invalidDate"];
  if (!endsAt) fields.endsAt = ["invalidDate"];
  if (startsAt && endsAt && endsAt <= startsAt) fields.endsAt = ["endBeforeStart"];
  if (input.roomId) {
    const room = await db().room.findUnique({ where: { id: input.roomId } });
    if (!room || room.eventId !== event.id) fields.roomId = ["otherEvent"];
  }
  let proposal = null;
  if (input.kind === "talk") {
    if (!input.proposalId) fields.proposalId = ["required"];
    else {
      proposal = await db().proposal.findUnique({ where: { id: input.proposalId }, include: { speakers: { where: { acceptedAt: { not: null } } } } });
      if (!proposal || proposal.eventId !== event.id) fields.proposalId = ["otherEvent"];
      else if (proposal.status !== "CONFIRMED") fields.proposalId = ["notConfirmed"];
    }
    if (!input.roomId) fields.roomId = ["required"];
  } else if (input.proposalId) fields.proposalId = ["invalid"];
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Invalid slot", fields);
  const candidate: SlotLike = {
    id: slotId ?? "new",
    roomId: input.roomId,
    startsAt: startsAt!,
    endsAt: endsAt!,
    kind: input.kind,
    title: input.title,
    talk: proposal ? { minutes: proposal.minutes, title: proposal.title, speakerIds: proposal.speakers.map((s) => s.userId) } : null,
  };
  const clash = fixedItemClash(candidate, (await loadSlots(event.id)).map(toSlotLike));
  if (clash) throw new AppError("SLOT_CONFLICT", `Overlaps "${clash.title || clash.kind}"`, { startsAt: ["slotOverlap"] });
  return { startsAt: startsAt!, endsAt: endsAt!, proposalId: input.kind === "talk" ? input.proposalId : null };
}

export async function addSlot(actor: Actor | null, eventId: string, input: SlotInput) {
  const event = await eventForOrganizer(actor, eventId);
  const s = await checkedSlot(event, input, null);
  return db().$transaction(async (tx) => {
    // A talk sits in one slot: placing it again moves it.
    if (s.proposalId) await tx.slot.deleteMany({ where: { proposalId: s.proposalId, eventId } });
    return tx.slot.create({ data: { eventId, roomId: input.roomId, kind: input.kind, title: input.title, ...s } });
  });
}

export async function updateSlot(actor: Actor | null, slotId: string, input: SlotInput) {
  const slot = await db().slot.findUnique({ where: { id: slotId } });
  if (!slot) throw notFound();
  const event = await eventForOrganizer(actor, slot.eventId);
  const s = await checkedSlot(event, input, slotId);
  return db().$transaction(async (tx) => {
    if (s.proposalId) await tx.slot.deleteMany({ where: { proposalId: s.proposalId, eventId: event.id, id: { not: slotId } } });
    return tx.slot.update({ where: { id: slotId }, data: { roomId: input.roomId, kind: input.kind, title: input.title, ...s } });
  });
}

export async function deleteSlot(actor: Actor | null, slotId: string) {
  const slot = await db().slot.findUnique({ where: { id: slotId } });
  if (!slot) throw notFound();
  await eventForOrganizer(actor, slot.eventId);
  await db().slot.delete({ where: { id: slotId } });
}

export async function setSchedulePublished(actor: Actor | null, eventId: string, published: boolean) {
  await eventForOrganizer(actor, eventId);
  return db().event.update({ where: { id: eventId }, data: { schedulePublished: published } });
}

/** The timetable as its viewer may see it: the public only once published; organizers always. */
export async function scheduleForViewer(actor: Actor | null, eventId: string) {
  const event = await db().event.findUnique({ where: { id: eventId }, include: { group: true } });
  if (!event) throw notFound();
  const role = await talkRole(event.id, event.groupId, actor?.userId);
  const organizer = canDecide(role);
  if (event.status === "DRAFT" && !organizer) throw notFound();
  const visible = organizer || event.schedulePublished;
  const [rooms, slots] = visible ? await Promise.all([db().room.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }), loadSlots(eventId)]) : [[], []];
  return { event, organizer, visible, rooms, slots, conflicts: organizer ? findConflicts(slots.map(toSlotLike), event) : [] };
}

export type Schedule = Awaited<ReturnType<typeof scheduleForViewer>>;
