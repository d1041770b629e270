// A person's own schedule: the talks they marked (☆), shown with "now / next" on the phone and
// exported as iCalendar at a private URL. The URL carries a random secret per person (not their
// id), so it works in calendar apps without signing in; another person's secret gives their
// schedule only to whoever holds it, a wrong one gives nothing, and resetting replaces it.
import { randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import type { Actor } from "../auth-types";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, notFound, unauthenticated } from "../errors";

/** The most talks one person marks (every talk of a large conference fits). */
export const MAX_STARS = 500;

const talkInclude = {
  event: { select: { id: true, title: true, timezone: true, venueName: true, status: true, schedulePublished: true, startsAt: true, endsAt: true } },
  slot: { include: { room: { select: { name: true } } } },
  speakers: { where: { acceptedAt: { not: null } }, orderBy: { createdAt: "asc" as const }, include: { user: { select: { id: true, name: true, handle: true } } } },
} as const;

/** Marks (or unmarks) a confirmed talk of a published event. */
export async function starTalk(actor: Actor | null, talkId: string, starred: boolean) {
  if (!actor) throw unauthenticated();
  if (!starred) {
    await db().starredTalk.deleteMany({ where: { userId: actor.userId, proposalId: talkId } });
    return { starred: false };
  }
  const talk = await db().proposal.findUnique({ where: { id: talkId }, include: { event: true } });
  if (!talk || talk.status !== "CONFIRMED" || talk.event.status !== "PUBLISHED") throw notFound();
  await db().$transaction(async (tx) => {
    const count = await tx.starredTalk.count({ where: { userId: actor.userId } });
    if (count >= MAX_STARS) throw new AppError("RULE_REFUSED", `At most ${MAX_STARS} talks`);
    await tx.starredTalk.upsert({ where: { userId_proposalId: { userId: actor.userId, proposalId: talkId } }, create: { userId: actor.userId, proposalId: talkId }, update: {} });
  });
  return { starred: true };
}

/** Which of these talks the caller marked (for the ☆ buttons of a page). */
export async function starredAmong(actor: Actor | null, talkIds: string[]): Promise<Set<string>> {
  if (!actor || talkIds.length === 0) return new Set();
  const rows = await db().starredTalk.findMany({ where: { userId: actor.userId, proposalId: { in: talkIds.slice(0, 2_000) } }, select: { proposalId: true } });
  return new Set(rows.map((r) => r.proposalId));
}

type StarredRow = Awaited<ReturnType<typeof starredRows>>[number];

function starredRows(userId: string) {
  return db().starredTalk.findMany({ where: { userId }, include: { proposal: { include: talkInclude } }, take: MAX_STARS });
}

/** A marked talk as the person's schedule shows it; its time only once the timetable is public. */
function entryOf(r: StarredRow) {
  const p = r.proposal;
  const timed = p.slot && p.event.schedulePublished ? p.slot : null;
  return {
    talkId: p.id,
    title: p.title,
    status: p.status,
    event: { id: p.event.id, title: p.event.title, timezone: p.event.timezone, venueName: p.event.venueName },
    speakers: p.speakers.map((s) => ({ userId: s.user.id, name: s.user.name, handle: s.user.handle })),
    startsAt: timed?.startsAt ?? null,
    endsAt: timed?.endsAt ?? null,
    room: timed?.room?.name ?? null,
  };
}

export type ScheduleEntry = ReturnType<typeof entryOf>;

const byTime = (a: ScheduleEntry, b: ScheduleEntry) => (a.startsAt?.getTime() ?? Infinity) - (b.startsAt?.getTime() ?? Infinity) || a.title.localeCompare(b.title);

/** The caller's marked talks in time order (untimed last), and their private calendar URL. */
export async function mySchedule(actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const rows = await starredRows(actor.userId);
  const entries = rows.filter((r) => r.proposal.status === "CONFIRMED" && r.proposal.event.status === "PUBLISHED").map(entryOf).sort(byTime);
  return { entries, icsUrl: icsUrlOf(await feedToken(actor.userId)) };
}

const newToken = () => randomBytes(32).toString("base64url");

async function feedToken(userId: string): Promise<string> {
  const existing = await db().calendarFeed.findUnique({ where: { userId } });
  if (existing) return existing.token;
  const row = await db().calendarFeed.upsert({ where: { userId }, create: { userId, token: newToken() }, update: {} });
  return row.token;
}

export const icsUrlOf = (token: string) => `${publicBaseUrl()}/api/v1/calendars/${token}`;

/** Replaces the caller's secret: the old private URL stops working at once. */
export async function resetFeedToken(actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const token = newToken();
  await db().calendarFeed.upsert({ where: { userId: actor.userId }, create: { userId: actor.userId, token }, update: { token, createdAt: new Date() } });
  return { icsUrl: icsUrlOf(token) };
}

/** The secret's format (43 base64url characters); anything else is refused before a lookup. */
const TOKEN_RE = /^[A-Za-z0-9_-]{43}$/;

/** The iCalendar of whoever holds this secret; an unknown secret is simply not found. */
export async function icsForToken(token: string): Promise<string> {
  if (!TOKEN_RE.test(token)) throw notFound();
  const feed = await db().calendarFeed.findUnique({ where: { token } });
  if (!feed) throw notFound();
  const rows = await starredRows(feed.userId);
  const entries = rows.filter((r) => r.proposal.status === "CONFIRMED" && r.proposal.event.status === "PUBLISHED").map(entryOf).filter((e) => e.startsAt && e.endsAt);
  return entriesToIcs(entries);
}

const utcParts = (d: Date): [number, number, number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];

export function entriesToIcs(entries: ScheduleEntry[]): string {
  if (!entries.length) return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:hako/my-schedule\r\nX-WR-CALNAME:Hako\r\nEND:VCALENDAR\r\n";
  const events: EventAttributes[] = entries.map((e) => ({
    uid: `talk-${e.talkId}@hako`,
    productId: "hako/my-schedule",
    title: e.title,
    description: [e.speakers.map((s) => s.name ?? s.handle).filter(Boolean).join(", "), `${publicBaseUrl()}/talks/${e.talkId}`].filter(Boolean).join("\n\n"),
    start: utcParts(e.startsAt!),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(e.endsAt!),
    endInputType: "utc",
    endOutputType: "utc",
    location: [e.room, e.event.venueName].filter(Boolean).join(", ") || undefined,
    url: `${publicBaseUrl()}/talks/${e.talkId}`,
    categories: [e.event.title],
  }));
  const { error, value } = createEvents(events, { calName: "Hako" });
  if (error || !value) throw error ?? new Error("ics generation failed");
  return value;
}

export function scheduleEntryJson(e: ScheduleEntry) {
  return {
    talkId: e.talkId,
    title: e.title,
    eventId: e.event.id,
    eventTitle: e.event.title,
    speakers: e.speakers,
    startsAt: e.startsAt?.toISOString() ?? null,
    endsAt: e.endsAt?.toISOString() ?? null,
    roomName: e.room,
  };
}
