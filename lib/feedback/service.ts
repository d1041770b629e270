// Session feedback: after a talk has started, people who attended the event (checked in, or
// holding a confirmed seat) rate it 1–5 with an optional comment, once each (they may change it).
// Only the talk's speakers and the event's organizers read it; speakers see no names.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, notFound, unauthenticated } from "../errors";
import { canDecide } from "../talks/policy";
import { talkRole } from "../talks/service";
import type { FeedbackInput } from "./schema";

const ATTENDED = ["CONFIRMED", "ATTENDED"];

async function talkFor(talkId: string) {
  const talk = await db().proposal.findUnique({ where: { id: talkId }, include: { event: true, slot: true, speakers: true } });
  if (!talk || talk.status !== "CONFIRMED" || talk.event.status === "DRAFT") throw notFound();
  return talk;
}

export async function giveFeedback(actor: Actor | null, talkId: string, input: FeedbackInput, now = new Date()) {
  if (!actor) throw unauthenticated();
  const talk = await talkFor(talkId);
  const attended = await db().registration.count({ where: { eventId: talk.eventId, userId: actor.userId, status: { in: ATTENDED } } });
  if (attended === 0) throw new AppError("NOT_ATTENDED", "Only people who attended give feedback");
  if (talk.speakers.some((s) => s.userId === actor.userId)) throw new AppError("RULE_REFUSED", "Speakers do not rate their own talk");
  // Without a slot, the event's start stands for the talk's.
  const startsAt = talk.slot?.startsAt ?? talk.event.startsAt;
  if (now < startsAt) throw new AppError("TALK_NOT_STARTED", "The talk has not started yet");
  const data = { rating: input.rating, comment: input.comment };
  return db().talkFeedback.upsert({ where: { proposalId_userId: { proposalId: talkId, userId: actor.userId } }, create: { proposalId: talkId, userId: actor.userId, ...data }, update: data });
}

/** The caller's own feedback on a talk, if any (to show the form filled in). */
export async function myFeedback(actor: Actor | null, talkId: string) {
  if (!actor) return null;
  return db().talkFeedback.findUnique({ where: { proposalId_userId: { proposalId: talkId, userId: actor.userId } } });
}

/** The most feedback entries one list shows. */
const FEEDBACK_MAX = 1_000;

/**
 * A talk's feedback for its speakers and the event's organizers: count, average, and the
 * entries (organizers also see who wrote them). Anyone else: not found.
 */
export async function feedbackFor(actor: Actor | null, talkId: string) {
  if (!actor) throw unauthenticated();
  const talk = await db().proposal.findUnique({ where: { id: talkId }, include: { event: true, speakers: true } });
  if (!talk) throw notFound();
  const speaker = talk.speakers.some((s) => s.userId === actor.userId && s.acceptedAt);
  const organizer = canDecide(await talkRole(talk.eventId, talk.event.groupId, actor.userId));
  if (!speaker && !organizer) throw notFound();
  const rows = await db().talkFeedback.findMany({ where: { proposalId: talkId }, include: { user: { select: { name: true, handle: true } } }, orderBy: { createdAt: "desc" }, take: FEEDBACK_MAX });
  const total = await db().talkFeedback.aggregate({ where: { proposalId: talkId }, _avg: { rating: true }, _count: true });
  return {
    talkId,
    count: total._count,
    average: total._avg.rating === null ? null : Math.round(total._avg.rating * 100) / 100,
    items: rows.map((r) => ({ rating: r.rating, comment: r.comment, createdAt: r.createdAt, author: organizer ? (r.user.name ?? r.user.handle) : null })),
  };
}

export function feedbackJson(f: Awaited<ReturnType<typeof feedbackFor>>) {
  return { ...f, items: f.items.map((i) => ({ ...i, createdAt: i.createdAt.toISOString() })) };
}
