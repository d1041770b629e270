// The timetable: rooms (tracks), slots with confirmed talks or fixed items, publishing.
import { z } from "zod";
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { canDecide } from "../talks/policy";
import { talkRole } from "../talks/service";
import { isUniqueViolation } from "../users/service";
import { availabilityByspeaker } from "../speakers/service";
import { publicBaseUrl } from "../env";
import { enqueueMail } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { formatDateTime, parseDateTimeInZone } from "../time";
import { slotTitle } from "./titles";
import { type Change, diffSnapshots, type SnapshotItem, talksToNotify, type Where } from "./versions";
import { type Availability, findConflicts, fixedItemClash, type SlotLike } from "./conflicts";
import { roomInput, type SlotInput } from "./schema";

export { roomInput, SLOT_KINDS, slotInput, type SlotInput } from "./schema";

/**
 * The ranges each speaker gave in the call for proposals; a speaker who gave none is available
 * at any time (null), so an event that never asks sees no such conflict.
 */
export async function speakerAvailability(eventId: string): Promise<Availability | undefined> {
  const byspeaker = await availabilityByspeaker(eventId);
  if (byspeaker.size === 0) return undefined;
  return (speakerId) => byspeaker.get(speakerId) ?? null;
}

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
  return placingTalk(() =>
    db().$transaction(async (tx) => {
      // A talk sits in one slot: placing it again moves it.
      if (s.proposalId) await tx.slot.deleteMany({ where: { proposalId: s.proposalId, eventId } });
      return tx.slot.create({ data: { eventId, roomId: input.roomId, kind: input.kind, title: input.title, ...s } });
    }),
  );
}

/** Two organizers placing the same talk at the same moment: the second is told, not a 500. */
async function placingTalk<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e, "proposalId")) throw new AppError("STALE_VERSION", "Someone else placed this talk meanwhile; reload to see their change");
    throw e;
  }
}

/**
 * Changes a slot. With `version` (the grid editor, the API) the change is refused with
 * STALE_VERSION when someone else changed the slot since that version was read.
 */
export async function updateSlot(actor: Actor | null, slotId: string, input: SlotInput, version?: number) {
  const slot = await db().slot.findUnique({ where: { id: slotId } });
  if (!slot) throw notFound();
  const event = await eventForOrganizer(actor, slot.eventId);
  if (version !== undefined && version !== slot.version) throw staleVersion();
  const s = await checkedSlot(event, input, slotId);
  return placingTalk(() =>
    db().$transaction(async (tx) => {
      // A talk placed elsewhere leaves that slot first (the talk column is unique); a refused
      // change below rolls this back too.
      if (s.proposalId) await tx.slot.deleteMany({ where: { proposalId: s.proposalId, eventId: event.id, id: { not: slotId } } });
      const res = await tx.slot.updateMany({
        where: { id: slotId, eventId: event.id, version: version ?? slot.version },
        data: { roomId: input.roomId, kind: input.kind, title: input.title, ...s, version: { increment: 1 } },
      });
      if (res.count !== 1) throw staleVersion();
      return tx.slot.findUniqueOrThrow({ where: { id: slotId } });
    }),
  );
}

const staleVersion = () => new AppError("STALE_VERSION", "Someone else changed this item meanwhile; reload to see their change");

/**
 * Moves or resizes a slot (the grid editor): a new room (null: all rooms, for fixed items only)
 * and new times, made on `version`. Kind, title and talk stay.
 */
export async function moveSlot(actor: Actor | null, slotId: string, input: { roomId?: string | null; startsAt: string; endsAt: string; version: number }) {
  const slot = await db().slot.findUnique({ where: { id: slotId } });
  if (!slot) throw notFound();
  return updateSlot(actor, slotId, { roomId: input.roomId === undefined ? slot.roomId : input.roomId, startsAt: input.startsAt, endsAt: input.endsAt, kind: slot.kind as SlotInput["kind"], title: slot.title, proposalId: slot.proposalId }, input.version);
}

export async function deleteSlot(actor: Actor | null, slotId: string, version?: number) {
  const slot = await db().slot.findUnique({ where: { id: slotId } });
  if (!slot) throw notFound();
  await eventForOrganizer(actor, slot.eventId);
  const res = await db().slot.deleteMany({ where: { id: slotId, ...(version !== undefined ? { version } : {}) } });
  if (res.count !== 1) throw version !== undefined ? staleVersion() : notFound();
}

/** Unpublishing hides the timetable; publishing makes a new version (see publishSchedule). */
export async function setSchedulePublished(actor: Actor | null, eventId: string, published: boolean) {
  if (published) {
    await publishSchedule(actor, eventId);
    return db().event.findUniqueOrThrow({ where: { id: eventId } });
  }
  await eventForOrganizer(actor, eventId);
  return db().event.update({ where: { id: eventId }, data: { schedulePublished: false } });
}

/** The timetable as its viewer may see it: the public only once published; organizers always. */
export async function scheduleForViewer(actor: Actor | null, eventId: string, versionLimit = 20) {
  const event = await db().event.findUnique({ where: { id: eventId }, include: { group: true } });
  if (!event) throw notFound();
  const role = await talkRole(event.id, event.groupId, actor?.userId);
  const organizer = canDecide(role);
  if (event.status === "DRAFT" && !organizer) throw notFound();
  const visible = organizer || event.schedulePublished;
  const [rooms, slots, versionRows] = visible
    ? await Promise.all([
        db().room.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
        loadSlots(eventId),
        db().scheduleVersion.findMany({ where: { eventId }, orderBy: { number: "desc" }, take: Math.min(Math.max(versionLimit, 1), 100), select: { number: true, publishedAt: true, changes: true } }),
      ])
    : [[], [], []];
  const availability = organizer ? await speakerAvailability(eventId) : undefined;
  return {
    event,
    organizer,
    visible,
    rooms,
    slots,
    conflicts: organizer ? findConflicts(slots.map(toSlotLike), availability) : [],
    /** 0 before the first publication. */
    version: versionRows[0]?.number ?? 0,
    /** The latest published versions, newest first, with what changed in each. */
    versions: versionRows.map((r) => ({ version: r.number, at: r.publishedAt, changes: JSON.parse(r.changes) as Change[] })),
  };
}

export type Schedule = Awaited<ReturnType<typeof scheduleForViewer>>;

// ── Versions ──────────────────────────────────────────────────────────────────────────────────

function latestVersion(eventId: string) {
  return db().scheduleVersion.findFirst({ where: { eventId }, orderBy: { number: "desc" } });
}

export function snapshotOf(slots: SlotRow[], rooms: { id: string; name: string }[]): SnapshotItem[] {
  const names = new Map(rooms.map((r) => [r.id, r.name]));
  return slots.map((x) => ({
    slotId: x.id,
    proposalId: x.proposalId,
    kind: x.kind,
    title: slotTitle(x),
    roomId: x.roomId,
    roomName: x.roomId ? (names.get(x.roomId) ?? null) : null,
    startsAt: x.startsAt.toISOString(),
    endsAt: x.endsAt.toISOString(),
  }));
}

/** The changes since the last published version, for the editor ("not yet published"). */
export async function pendingChanges(eventId: string): Promise<Change[]> {
  const [latest, rooms, slots] = await Promise.all([latestVersion(eventId), db().room.findMany({ where: { eventId } }), loadSlots(eventId)]);
  if (!latest) return [];
  return diffSnapshots(JSON.parse(latest.snapshot) as SnapshotItem[], snapshotOf(slots, rooms));
}

/**
 * Publishes the timetable as a new numbered version with its changelog, and tells the speakers
 * whose talk moved, changed room or was taken off. Publishing an unchanged timetable again makes
 * no new version. Two organizers publishing at once: one wins, the other gets CONFLICT.
 */
export async function publishSchedule(actor: Actor | null, eventId: string, options: { notify?: boolean } = {}) {
  const event = await eventForOrganizer(actor, eventId);
  const [latest, rooms, slots] = await Promise.all([latestVersion(eventId), db().room.findMany({ where: { eventId } }), loadSlots(eventId)]);
  const snapshot = snapshotOf(slots, rooms);
  const prev = latest ? (JSON.parse(latest.snapshot) as SnapshotItem[]) : null;
  const changes = diffSnapshots(prev, snapshot);
  if (latest && changes.length === 0) {
    if (!event.schedulePublished) await db().event.update({ where: { id: eventId }, data: { schedulePublished: true } });
    return { version: latest.number, created: false, changes: JSON.parse(latest.changes) as Change[] };
  }
  const number = (latest?.number ?? 0) + 1;
  const notify = options.notify === false ? [] : talksToNotify(changes);
  const speakers = notify.length
    ? await db().proposalSpeaker.findMany({ where: { proposalId: { in: notify }, acceptedAt: { not: null } }, include: { user: true } })
    : [];
  try {
    await db().$transaction(async (tx) => {
      await tx.scheduleVersion.create({ data: { eventId, number, snapshot: JSON.stringify(snapshot), changes: JSON.stringify(changes), publishedBy: actor!.userId } });
      await tx.event.update({ where: { id: eventId }, data: { schedulePublished: true } });
      for (const sp of speakers) {
        if (!sp.user.email) continue;
        const change = changes.find((c) => c.proposalId === sp.proposalId)!;
        const locale = localeOf(sp.user);
        const t = mailTranslator(locale);
        const when = (w: Where) => `${formatDateTime(new Date(w.startsAt), event.timezone, locale)}${w.roomName ? ` / ${w.roomName}` : ""}`;
        const params = {
          name: sp.user.name ?? sp.user.email,
          title: change.title,
          event: event.title,
          version: number,
          from: "from" in change ? when(change.from) : "",
          to: "to" in change ? when(change.to) : "-",
          url: `${publicBaseUrl()}/events/${eventId}/schedule`,
        };
        const kind = change.type === "cancelled" ? "cancelled" : "moved";
        await enqueueMail({ to: sp.user.email, kind: `schedule.${kind}`, subject: t(`schedule.${kind}.subject`, params), text: t(`schedule.${kind}.body`, params) }, tx);
      }
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "Another organizer published at the same time");
    throw e;
  }
  return { version: number, created: true, changes };
}

/** The published versions, newest first (at most `limit`), as anyone who may see the timetable sees them. */
export async function scheduleVersions(actor: Actor | null, eventId: string, limit = 20) {
  const s = await scheduleForViewer(actor, eventId, limit);
  return { version: s.version, timezone: s.event.timezone, items: s.versions };
}

/** An item as the API shows it to organizers editing the timetable. */
export function itemJson(x: { id: string; roomId: string | null; startsAt: Date; endsAt: Date; kind: string; title: string; proposalId: string | null; version: number }) {
  return { id: x.id, roomId: x.roomId, startsAt: x.startsAt.toISOString(), endsAt: x.endsAt.toISOString(), kind: x.kind, title: x.title, talkId: x.proposalId, version: x.version };
}
