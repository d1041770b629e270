// Read models for registration pages and the API: a person's standing, "my events", the
// organizer's participant list and its CSV export.
import { stringify } from "csv-stringify/sync";
import { formatInTimeZone } from "date-fns-tz";
import type { Actor } from "../auth-types";
import { containsText, db } from "../db";
import { forbidden, notFound, unauthenticated } from "../errors";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { frameCounts, framesOf } from "../frames/service";
import { sharedRead } from "../server/shared-read";
import { neutralizeRows } from "./csv";
import { answerMatches, answerText, parseQuestions, storedAnswers } from "../questions/schema";

export async function eventFramesWithCounts(eventId: string) {
  const [frames, counts] = await Promise.all([framesOf(eventId), frameCounts(eventId)]);
  return frames.map((f) => ({ frame: f, questions: parseQuestions(f.questions), counts: counts.get(f.id) ?? { applied: 0, confirmed: 0, waitlisted: 0, cancelled: 0, rejected: 0, attended: 0 } }));
}

/** eventFramesWithCounts shared across requests for a moment (lib/server/shared-read.ts): the public event page. */
export const sharedEventFrames = sharedRead("eventFrames", eventFramesWithCounts);

/** The viewer's registrations for an event, newest first (the first is the active one, if any). */
export async function myRegistrationsForEvent(userId: string, eventId: string) {
  return db().registration.findMany({ where: { userId, eventId }, include: { frame: true }, orderBy: { createdAt: "desc" } });
}

export async function myRegistrations(actor: Actor | null, now = new Date()) {
  if (!actor) throw unauthenticated();
  const regs = await db().registration.findMany({
    where: { userId: actor.userId },
    include: { frame: true, event: { include: { group: true } } },
    orderBy: { event: { startsAt: "asc" } },
  });
  return {
    upcoming: regs.filter((r) => r.event.endsAt >= now),
    past: regs.filter((r) => r.event.endsAt < now).reverse(),
  };
}

export async function getRegistrationForOwner(actor: Actor | null, id: string) {
  if (!actor) throw unauthenticated();
  const reg = await db().registration.findUnique({ where: { id }, include: { frame: true, event: { include: { group: true } }, user: { select: { name: true, handle: true } } } });
  if (!reg || reg.userId !== actor.userId) throw notFound();
  return reg;
}

async function eventForOrganizer(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, include: { group: true } });
  if (!event) throw notFound();
  const role = await roleIn(event.groupId, actor.userId);
  if (!canManageEvents(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

/**
 * `answer`: only registrations whose answer to one question of one frame matches (a choice
 * question: holds the choice; a text question: contains the text, ignoring case).
 */
export type ParticipantQuery = { q?: string; status?: string; frameId?: string; page?: number; perPage?: number; answer?: { frameId: string; questionId: string; value: string } };

/** `question=<frame id>:<question id>` and `answer=<value>` from a URL, or undefined. */
export function answerFilterFrom(question: string | undefined, value: string | undefined): ParticipantQuery["answer"] {
  const m = question?.match(/^([A-Za-z0-9_-]{1,64}):([a-z0-9_-]{1,30})$/);
  const v = value?.trim().slice(0, 200);
  return m && v ? { frameId: m[1]!, questionId: m[2]!, value: v } : undefined;
}

// Answers are JSON text, so matching them is done here rather than in SQL (one event's
// registrations: thousands at most); the page of results is then read by id.
async function idsMatchingAnswer(eventId: string, where: Record<string, unknown>, filter: NonNullable<ParticipantQuery["answer"]>): Promise<string[]> {
  const frame = await db().frame.findFirst({ where: { id: filter.frameId, eventId }, select: { questions: true } });
  const question = frame ? parseQuestions(frame.questions).find((q) => q.id === filter.questionId) : undefined;
  if (!question) return [];
  const rows = await db().registration.findMany({ where: { ...where, frameId: filter.frameId }, select: { id: true, answers: true } });
  return rows.filter((r) => answerMatches(question, storedAnswers(r.answers)[question.id], filter.value)).map((r) => r.id);
}

export async function participants(actor: Actor | null, eventId: string, query: ParticipantQuery = {}) {
  const event = await eventForOrganizer(actor, eventId);
  const q = query.q?.trim().toLowerCase();
  const where = {
    eventId,
    ...(query.status ? { status: query.status.toUpperCase() } : {}),
    ...(query.frameId ? { frameId: query.frameId } : {}),
    ...(q
      ? {
          OR: [
            { user: { name: containsText(q) } },
            { user: { handle: containsText(q) } },
            { user: { email: containsText(q) } },
            { publicId: containsText(q) },
            ...(/^\d+$/.test(q) ? [{ receiptNumber: Number(q) }] : []),
          ],
        }
      : {}),
  };
  if (query.answer) Object.assign(where, { id: { in: await idsMatchingAnswer(eventId, where, query.answer) } });
  const page = Math.max(1, query.page ?? 1);
  const perPage = Math.min(500, Math.max(1, query.perPage ?? 50));
  const [total, items] = await Promise.all([
    db().registration.count({ where }),
    db().registration.findMany({
      where,
      include: { user: { select: { id: true, name: true, handle: true, email: true } }, frame: { select: { id: true, name: true } } },
      orderBy: [{ receiptNumber: "asc" }],
      skip: (page - 1) * perPage,
      take: perPage,
    }),
  ]);
  return { event, total, page, perPage, items };
}

/** A time in the event's zone, ISO 8601 with its offset (2031-05-20T19:00:00+09:00): a spreadsheet reads it, a person too. */
const csvTime = (d: Date, zone: string) => formatInTimeZone(d, zone, "yyyy-MM-dd'T'HH:mm:ssXXX");

/** The participant list as CSV: UTF-8 with a byte order mark, so Excel reads Japanese names. */
export async function participantsCsv(actor: Actor | null, eventId: string, labels: Record<string, string>, statusLabels: Record<string, string> = {}) {
  const event = await eventForOrganizer(actor, eventId);
  const frames = await framesOf(eventId);
  const questions = frames.flatMap((f) => parseQuestions(f.questions).map((q) => ({ frameId: f.id, ...q })));
  const regs = await db().registration.findMany({
    where: { eventId },
    include: { user: { select: { name: true, handle: true, email: true } }, frame: { select: { name: true } } },
    orderBy: { receiptNumber: "asc" },
  });
  const header = [labels.receipt, labels.name, labels.handle, labels.email, labels.frame, labels.status, labels.waitlist, labels.appliedAt, labels.checkedInAt, ...questions.map((q) => q.label)];
  const rows = regs.map((r) => {
    const answers = storedAnswers(r.answers);
    return [
      r.receiptNumber,
      r.user.name ?? "",
      r.user.handle ?? "",
      r.user.email ?? "",
      r.frame.name,
      statusLabels[r.status] ?? r.status.toLowerCase(),
      r.waitlistPosition ?? "",
      csvTime(r.createdAt, event.timezone),
      r.checkedInAt ? csvTime(r.checkedInAt, event.timezone) : "",
      ...questions.map((q) => (q.frameId === r.frameId ? answerText(answers[q.id], "; ") : "")),
    ];
  });
  return { event, csv: "\uFEFF" + stringify(neutralizeRows([header, ...rows]), { record_delimiter: "windows" }) };
}


/** Attended / no-show counts once the event is over. */
export async function attendance(eventId: string) {
  const [attended, noShow] = await Promise.all([
    db().registration.count({ where: { eventId, status: "ATTENDED" } }),
    db().registration.count({ where: { eventId, status: "CONFIRMED" } }),
  ]);
  return { attended, noShow };
}

/** Confirmed participants' addresses for an organizer's message (outbox). */
export async function confirmedRecipients(eventId: string) {
  return db().registration.findMany({
    where: { eventId, status: { in: ["CONFIRMED", "ATTENDED"] } },
    select: { user: { select: { email: true, name: true, locale: true } } },
  });
}

/** Frames with counts for many events at once (the event list API). */
export async function framesForEvents(eventIds: string[]) {
  const [frames, rows] = await Promise.all([
    db().frame.findMany({ where: { eventId: { in: eventIds } }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] }),
    db().registration.groupBy({ by: ["frameId", "status"], where: { eventId: { in: eventIds } }, _count: { _all: true } }),
  ]);
  const counts = new Map<string, Record<string, number>>();
  for (const r of rows) counts.set(r.frameId, { ...(counts.get(r.frameId) ?? {}), [r.status.toLowerCase()]: r._count._all });
  const out = new Map<string, { frame: (typeof frames)[number]; counts: { applied: number; confirmed: number; waitlisted: number; cancelled: number; rejected: number; attended: number } }[]>();
  for (const f of frames) {
    const c = counts.get(f.id) ?? {};
    const list = out.get(f.eventId) ?? [];
    list.push({ frame: f, counts: { applied: c.applied ?? 0, confirmed: c.confirmed ?? 0, waitlisted: c.waitlisted ?? 0, cancelled: c.cancelled ?? 0, rejected: c.rejected ?? 0, attended: c.attended ?? 0 } });
    out.set(f.eventId, list);
  }
  return out;
}
