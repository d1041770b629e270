// Who is coming, as the public may see it: the participant list per frame (a person who chose to
// appear anonymously is listed without name, handle or picture, to everyone, organizers included:
// organizers have their own list), seat counts for event cards, and who counts as an insider
// (organizers and people holding a seat), the only people who get 参加者への情報 and a
// participant-only online URL.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { notFound, unauthenticated } from "../errors";
import { canManageEvents, type Role } from "../groups/policy";
import { roleIn } from "../groups/service";
import { canViewEvent } from "../events/policy";
import { sharedRead } from "../server/shared-read";
import type { ParticipantQuery } from "./schema";

const SEAT_HOLDERS = ["CONFIRMED", "ATTENDED"];

export type PublicParticipant = { frameId: string; anonymous: boolean; name: string | null; handle: string | null; image: string | null };

const httpImage = (s: string | null) => (s && /^https:\/\//.test(s) ? s : null);

/** What the public may know of one seat holder. */
export function publicParticipant(r: { frameId: string; anonymous: boolean; user: { name: string | null; handle: string | null; image: string | null } }): PublicParticipant {
  if (r.anonymous) return { frameId: r.frameId, anonymous: true, name: null, handle: null, image: null };
  return { frameId: r.frameId, anonymous: false, name: r.user.name ?? r.user.handle, handle: r.user.handle, image: httpImage(r.user.image) };
}

async function viewableEvent(eventId: string, viewer: Actor | null) {
  const event = await db().event.findUnique({ where: { id: eventId }, select: { id: true, groupId: true, status: true } });
  if (!event) throw notFound();
  const role = await roleIn(event.groupId, viewer?.userId);
  if (!canViewEvent(role, event.status)) throw notFound();
  return { event, role };
}

/** Each frame of the event, in order, with its public counts; counts only, no one's row is read. */
async function framesWithCounts(eventId: string) {
  const [frames, counts] = await Promise.all([
    db().frame.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }], select: { id: true, name: true, capacity: true, method: true, drawState: true } }),
    db().registration.groupBy({ by: ["frameId", "status"], where: { eventId }, _count: { _all: true } }),
  ]);
  const count = (frameId: string, statuses: string[]) => counts.filter((c) => c.frameId === frameId && statuses.includes(c.status)).reduce((n, c) => n + c._count._all, 0);
  return frames.map((f) => ({
    id: f.id,
    name: f.name,
    capacity: f.capacity,
    method: f.method,
    lotteryPending: f.method === "LOTTERY" && f.drawState === "PENDING",
    confirmed: count(f.id, SEAT_HOLDERS),
    waitlisted: count(f.id, ["WAITLISTED"]),
    applied: count(f.id, ["APPLIED"]),
  }));
}

/** The people holding a seat, in the order they got it, a page at a time, with each frame's counts. */
export async function publicParticipants(eventId: string, viewer: Actor | null, q: ParticipantQuery) {
  await viewableEvent(eventId, viewer);
  const where = { eventId, status: { in: SEAT_HOLDERS }, ...(q.frameId ? { frameId: q.frameId } : {}) };
  const [total, rows, frames] = await Promise.all([
    db().registration.count({ where }),
    db().registration.findMany({
      where,
      select: { frameId: true, anonymous: true, user: { select: { name: true, handle: true, image: true } } },
      orderBy: [{ confirmedAt: "asc" }, { receiptNumber: "asc" }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
    }),
    framesWithCounts(eventId),
  ]);
  return { total, page: q.page, perPage: q.perPage, items: rows.map(publicParticipant), frames };
}

/**
 * The first seat holders of each frame, for the event page (bounded per frame), the same for every
 * viewer: shared across requests for a moment (lib/server/shared-read.ts). The caller has checked
 * that the viewer may see the event (the event page's getEventForViewer).
 */
export const participantsByFrame = sharedRead("participantsByFrame", async (eventId: string, perFrame: number) => {
  const frames = await framesWithCounts(eventId);
  const lists = await Promise.all(
    frames.map((f) =>
      db().registration.findMany({
        where: { eventId, frameId: f.id, status: { in: SEAT_HOLDERS } },
        select: { frameId: true, anonymous: true, user: { select: { name: true, handle: true, image: true } } },
        orderBy: [{ confirmedAt: "asc" }, { receiptNumber: "asc" }],
        take: perFrame,
      }),
    ),
  );
  return frames.map((f, i) => ({ frame: f, people: lists[i]!.map(publicParticipant) }));
});

export type SeatCounts = { capacity: number; confirmed: number; waitlisted: number };

/** 参加者/定員 for an event card: seats taken and offered, outside the speaker frame. */
export async function seatSummary(eventId: string): Promise<SeatCounts> {
  return (await seatSummaries([eventId])).get(eventId)!;
}

/** seatSummary for a whole list of cards in two queries, whatever its length. */
export async function seatSummaries(eventIds: string[]): Promise<Map<string, SeatCounts>> {
  const out = new Map<string, SeatCounts>(eventIds.map((id) => [id, { capacity: 0, confirmed: 0, waitlisted: 0 }]));
  if (!eventIds.length) return out;
  const [capacities, counts] = await Promise.all([
    db().frame.groupBy({ by: ["eventId"], where: { eventId: { in: eventIds }, forSpeakers: false }, _sum: { capacity: true } }),
    db().registration.groupBy({ by: ["eventId", "status"], where: { eventId: { in: eventIds }, status: { in: [...SEAT_HOLDERS, "WAITLISTED"] }, frame: { forSpeakers: false } }, _count: { _all: true } }),
  ]);
  for (const c of capacities) out.get(c.eventId)!.capacity = c._sum.capacity ?? 0;
  for (const r of counts) {
    const s = out.get(r.eventId)!;
    if (r.status === "WAITLISTED") s.waitlisted += r._count._all;
    else s.confirmed += r._count._all;
  }
  return out;
}

/** Organizers of the event's group, and people holding a seat at it. */
export async function isInsider(event: { id: string; groupId: string }, viewer: Actor | null, knownRole?: Role): Promise<boolean> {
  if (!viewer) return false;
  if (canManageEvents(knownRole !== undefined ? knownRole : await roleIn(event.groupId, viewer.userId))) return true;
  const seat = await db().registration.count({ where: { eventId: event.id, userId: viewer.userId, status: { in: SEAT_HOLDERS } } });
  return seat > 0;
}

/** Shows or hides one's own name in the participant list. Someone else's registration is not even acknowledged. */
export async function setAnonymous(actor: Actor | null, registrationId: string, anonymous: boolean) {
  if (!actor) throw unauthenticated();
  const res = await db().registration.updateMany({ where: { id: registrationId, userId: actor.userId }, data: { anonymous } });
  if (res.count !== 1) throw notFound();
  return db().registration.findUniqueOrThrow({ where: { id: registrationId } });
}

/** A profile's public activity: upcoming events they attend by name or speak at, their talks and slides. */
export async function profileActivity(userId: string, now = new Date(), limit = 20) {
  const [registrations, talks, slides] = await Promise.all([
    db().registration.findMany({
      where: { userId, anonymous: false, status: { in: SEAT_HOLDERS }, event: { status: "PUBLISHED", endsAt: { gte: now } } },
      select: { event: { select: { id: true, title: true, startsAt: true, endsAt: true, timezone: true } } },
      orderBy: { event: { startsAt: "asc" } },
      take: limit,
    }),
    db().proposal.findMany({
      where: { status: "CONFIRMED", event: { status: { in: ["PUBLISHED"] } }, speakers: { some: { userId, OR: [{ role: "OWNER" }, { acceptedAt: { not: null } }] } } },
      select: { id: true, title: true, event: { select: { id: true, title: true, startsAt: true, timezone: true } } },
      orderBy: { event: { startsAt: "desc" } },
      take: limit,
    }),
    db().material.findMany({
      where: { kind: "SLIDES", hidden: false, event: { status: "PUBLISHED" }, OR: [{ authorId: userId }, { proposal: { status: "CONFIRMED", speakers: { some: { userId } } } }] },
      select: { id: true, title: true, url: true, fileKey: true, event: { select: { id: true, title: true } } },
      orderBy: { createdAt: "desc" },
      take: limit,
    }),
  ]);
  // One event once, even with a speaker seat and an entry.
  const seen = new Set<string>();
  const upcoming = registrations.map((r) => r.event).filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
  return { upcoming, talks, slides };
}
