// Speakers: their profile (bio, photo, pronouns, company), their availability per event, and the
// public speakers page of an event. Profiles are per person, shown with every talk they give;
// availability is per event, used by the timetable's conflict check.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, notFound, unauthenticated } from "../errors";
import { isSpeakerAvailable, mergeRanges, type TimeRange } from "../schedule/availability";
import { uploads } from "../storage/service";
import { talkRole } from "../talks/service";
import { canDecide } from "../talks/policy";
import { parseDateTimeInZone, toDateTimeLocal } from "../time";
import type { AvailabilityInput, SpeakerProfileInput } from "./schema";

export { isSpeakerAvailable };

export type SpeakerProfileView = { bio: string; photoUrl: string | null; pronouns: string; company: string };

/** The URL a profile's photo is shown from: the uploaded file's route, or the given link. */
export function photoUrlOf(userId: string, p: { photoKey: string | null; photoUrl: string | null; updatedAt?: Date } | null): string | null {
  if (!p) return null;
  if (p.photoKey) return `/speakers/${userId}/photo?v=${p.photoKey.slice(0, 8)}`;
  return p.photoUrl;
}

export function profileView(userId: string, p: { bio: string; photoKey: string | null; photoUrl: string | null; pronouns: string; company: string } | null): SpeakerProfileView {
  return { bio: p?.bio ?? "", photoUrl: photoUrlOf(userId, p), pronouns: p?.pronouns ?? "", company: p?.company ?? "" };
}

export async function getSpeakerProfile(actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const p = await db().speakerProfile.findUnique({ where: { userId: actor.userId } });
  return { ...profileView(actor.userId, p), uploaded: Boolean(p?.photoKey), link: p?.photoUrl ?? null };
}

/**
 * Saves the profile. A photo link replaces an uploaded photo (which is then removed); leaving the
 * link out keeps whatever photo there is.
 */
export async function saveSpeakerProfile(actor: Actor | null, input: SpeakerProfileInput & { keepPhoto?: boolean }) {
  if (!actor) throw unauthenticated();
  const before = await db().speakerProfile.findUnique({ where: { userId: actor.userId } });
  const photo = input.photoUrl === undefined || (input.keepPhoto && input.photoUrl === null) ? {} : { photoUrl: input.photoUrl, photoKey: null, photoType: null };
  const data = { bio: input.bio, pronouns: input.pronouns, company: input.company, ...photo };
  await db().speakerProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, ...data }, update: data });
  if (before?.photoKey && "photoKey" in photo) await uploads().remove(before.photoKey).catch(() => undefined);
  return getSpeakerProfile(actor);
}

/** Stores an uploaded photo (already received and checked) as the profile's photo. */
export async function setUploadedPhoto(actor: Actor | null, file: { key: string; type: string }) {
  if (!actor) {
    await uploads().remove(file.key).catch(() => undefined);
    throw unauthenticated();
  }
  const before = await db().speakerProfile.findUnique({ where: { userId: actor.userId } });
  const data = { photoKey: file.key, photoType: file.type, photoUrl: null };
  await db().speakerProfile.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, ...data }, update: data });
  if (before?.photoKey) await uploads().remove(before.photoKey).catch(() => undefined);
  return getSpeakerProfile(actor);
}

/** Throws unless there is a caller; runs before a photo upload's body is read. */
export function authorizePhotoUpload(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

/**
 * An uploaded photo, for whoever may see the person as a speaker: themselves, anyone once they
 * give a confirmed talk at a published event, and organizers of an event they proposed to.
 * Reviewers of an anonymised review get nothing, so the photo cannot give the speaker away.
 */
export async function speakerPhoto(actor: Actor | null, userId: string) {
  const p = await db().speakerProfile.findUnique({ where: { userId } });
  if (!p?.photoKey || !p.photoType) throw notFound();
  if (actor?.userId === userId) return p;
  const talks = await db().proposalSpeaker.findMany({ where: { userId, acceptedAt: { not: null } }, include: { proposal: { include: { event: true } } }, take: 200 });
  if (talks.some((s) => s.proposal.status === "CONFIRMED" && s.proposal.event.status === "PUBLISHED")) return p;
  for (const s of talks) if (canDecide(await talkRole(s.proposal.eventId, s.proposal.event.groupId, actor?.userId))) return p;
  throw notFound();
}

// ── Availability ──────────────────────────────────────────────────────────────────────────────

async function speakerEvent(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  const proposals = await db().proposalSpeaker.count({ where: { userId: actor.userId, acceptedAt: { not: null }, proposal: { eventId } } });
  if (proposals === 0) throw new AppError("NOT_A_SPEAKER", "Only the event's speakers give their availability");
  return event;
}

/** The local dates ("2031-06-01") the event runs on, in its zone. */
function eventDays(event: { startsAt: Date; endsAt: Date; timezone: string }): string[] {
  const days: string[] = [];
  const last = toDateTimeLocal(event.endsAt, event.timezone).slice(0, 10);
  for (let t = event.startsAt.getTime(); days.length < 60; t += 86_400_000) {
    const d = toDateTimeLocal(new Date(t), event.timezone).slice(0, 10);
    if (!days.includes(d)) days.push(d);
    if (d >= last) break;
  }
  return days;
}

export async function getAvailability(actor: Actor | null, eventId: string) {
  const event = await speakerEvent(actor, eventId);
  const rows = await db().speakerAvailability.findMany({ where: { eventId, userId: actor!.userId }, orderBy: { startsAt: "asc" } });
  return { event, days: eventDays(event), ranges: rows.map((r) => ({ startsAt: r.startsAt, endsAt: r.endsAt })) };
}

/**
 * Replaces the caller's availability for the event. Each range lies within one of the event's
 * days (in its zone) and ends after it starts; an empty list means "any time".
 */
export async function saveAvailability(actor: Actor | null, eventId: string, input: AvailabilityInput) {
  const event = await speakerEvent(actor, eventId);
  const days = eventDays(event);
  const ranges: TimeRange[] = [];
  for (const r of input.ranges) {
    const startsAt = parseDateTimeInZone(r.startsAt, event.timezone);
    const endsAt = parseDateTimeInZone(r.endsAt, event.timezone);
    if (!startsAt || !endsAt) throw new AppError("INVALID_INPUT", "Invalid time", { ranges: ["invalidDate"] });
    if (endsAt <= startsAt) throw new AppError("INVALID_INPUT", "A range ends before it starts", { ranges: ["endsBeforeStarts"] });
    const day = toDateTimeLocal(startsAt, event.timezone).slice(0, 10);
    if (!days.includes(day) || toDateTimeLocal(new Date(endsAt.getTime() - 1), event.timezone).slice(0, 10) !== day) {
      throw new AppError("INVALID_INPUT", "A range is not on a day of the event", { ranges: ["notEventDay"] });
    }
    ranges.push({ startsAt, endsAt });
  }
  const merged = mergeRanges(ranges);
  await db().$transaction(async (tx) => {
    await tx.speakerAvailability.deleteMany({ where: { eventId, userId: actor!.userId } });
    for (const r of merged) await tx.speakerAvailability.create({ data: { eventId, userId: actor!.userId, startsAt: r.startsAt, endsAt: r.endsAt } });
  });
  return merged;
}

/**
 * Every speaker's availability for an event, for the timetable's conflict check: call
 * `isSpeakerAvailable(map.get(speakerId), start, end)`. Speakers who gave none are absent
 * (available at any time).
 */
export async function availabilityByspeaker(eventId: string): Promise<Map<string, TimeRange[]>> {
  const rows = await db().speakerAvailability.findMany({ where: { eventId }, orderBy: { startsAt: "asc" }, take: 5_000 });
  const map = new Map<string, TimeRange[]>();
  for (const r of rows) map.set(r.userId, [...(map.get(r.userId) ?? []), { startsAt: r.startsAt, endsAt: r.endsAt }]);
  return map;
}

// ── The public speakers page ──────────────────────────────────────────────────────────────────

/** The most talks the speakers page lists (a large conference has a few hundred). */
const SPEAKER_TALKS_MAX = 1_000;

/** Speakers of an event's confirmed talks with their profiles and talks, by name. */
export async function speakersOfEvent(actor: Actor | null, eventId: string) {
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  if (event.status === "DRAFT" && !canDecide(await talkRole(eventId, event.groupId, actor?.userId))) throw notFound();
  const talks = await db().proposal.findMany({
    where: { eventId, status: "CONFIRMED" },
    include: {
      speakers: { where: { acceptedAt: { not: null } }, orderBy: { createdAt: "asc" }, include: { user: { select: { id: true, name: true, handle: true, image: true, speakerProfile: true } } } },
      slot: { include: { room: true } },
    },
    orderBy: { createdAt: "asc" },
    take: SPEAKER_TALKS_MAX,
  });
  const byId = new Map<string, { userId: string; name: string | null; handle: string | null; image: string | null; profile: SpeakerProfileView; talks: { id: string; title: string; startsAt: Date | null; room: string | null }[] }>();
  for (const t of talks) {
    for (const s of t.speakers) {
      const entry = byId.get(s.userId) ?? { userId: s.userId, name: s.user.name, handle: s.user.handle, image: s.user.image, profile: profileView(s.userId, s.user.speakerProfile), talks: [] };
      entry.talks.push({ id: t.id, title: t.title, startsAt: t.slot?.startsAt ?? null, room: t.slot?.room?.name ?? null });
      byId.set(s.userId, entry);
    }
  }
  const speakers = [...byId.values()].sort((a, b) => (a.name ?? a.handle ?? "").localeCompare(b.name ?? b.handle ?? ""));
  return { event, speakers };
}

export function speakerJson(s: Awaited<ReturnType<typeof speakersOfEvent>>["speakers"][number]) {
  return {
    userId: s.userId,
    name: s.name,
    handle: s.handle,
    image: s.profile.photoUrl ?? s.image,
    bio: s.profile.bio,
    pronouns: s.profile.pronouns || null,
    company: s.profile.company || null,
    talks: s.talks.map((t) => ({ id: t.id, title: t.title, startsAt: t.startsAt?.toISOString() ?? null, roomName: t.room })),
  };
}

export function availabilityJson(ranges: TimeRange[]) {
  return ranges.map((r) => ({ startsAt: r.startsAt.toISOString(), endsAt: r.endsAt.toISOString() }));
}
