// Talks: the call for proposals, proposals and their speakers, reviews and decisions.
//
// Who may do what (lib/talks/policy.ts): speakers edit and withdraw their own proposals while the
// call is open; reviewers and organizers score; only organizers accept or reject; nobody sees
// another event's proposals. Every operation loads the proposal first and authorizes against
// *its* event.
import { type AnswersInput, assignQuestionIds, parseQuestions, validateAnswers } from "../questions/schema";
import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import type { Role } from "../groups/policy";
import { roleIn } from "../groups/service";
import { enqueueMail } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { seatSpeaker, TX_OPTIONS } from "../registrations/service";
import { parseDateTimeInZone } from "../time";
import { findUserByHandleOrEmail } from "../users/service";
import { canDecide, canReview, canSeeProposals, cfpState, speakersHidden, type TalkRole } from "./policy";
import { weightedScore } from "./scoring";
import { type CfpInput, type Format, formatSchema, type ProposalInput, type ProposalUpdateInput } from "./schema";

const speakerInclude = { speakers: { include: { user: { select: { id: true, name: true, handle: true, image: true, bio: true, githubUrl: true, xUrl: true, email: true, locale: true } } }, orderBy: { createdAt: "asc" as const } } } as const;

export function parseFormats(json: string): Format[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.flatMap((f) => (formatSchema.safeParse(f).success ? [formatSchema.parse(f)] : [])) : [];
  } catch {
    return [];
  }
}

export function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** The caller's role for an event's talks: organizer, reviewer, or none. */
export async function talkRole(eventId: string, groupId: string, userId: string | undefined): Promise<TalkRole> {
  if (!userId) return null;
  return talkRoleFor(eventId, await roleIn(groupId, userId), userId);
}

/** talkRole when the person's role in the event's group is already known. */
export async function talkRoleFor(eventId: string, groupRole: Role, userId: string | undefined): Promise<TalkRole> {
  if (!userId) return null;
  if (groupRole === "OWNER" || groupRole === "ORGANIZER") return "ORGANIZER";
  const reviewer = await db().eventReviewer.findUnique({ where: { eventId_userId: { eventId, userId } }, select: { userId: true } });
  return reviewer ? "REVIEWER" : null;
}

async function eventFor(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, include: { cfp: true } });
  if (!event) throw notFound();
  return { event, role: await talkRole(event.id, event.groupId, actor.userId) };
}

// ── Call for proposals ────────────────────────────────────────────────────────────────────────

export async function getCfp(eventId: string) {
  const cfp = await db().callForProposals.findUnique({ where: { eventId } });
  return cfp ? { ...cfp, formatList: parseFormats(cfp.formats), trackList: parseList(cfp.tracks) } : null;
}

/**
 * Throws unless the actor may open or change the event's call. Callers run it before reading
 * and parsing the request body, so a stranger's request costs one lookup, not a parse.
 */
export async function authorizeCfpEditor(actor: Actor | null, eventId: string) {
  const { event, role } = await eventFor(actor, eventId);
  if (!canDecide(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

export async function saveCfp(actor: Actor | null, eventId: string, input: CfpInput) {
  const event = await authorizeCfpEditor(actor, eventId);
  const opensAt = parseDateTimeInZone(input.opensAt, event.timezone);
  const closesAt = parseDateTimeInZone(input.closesAt, event.timezone);
  const fields: Record<string, string[]> = {};
  if (!opensAt) fields.opensAt = ["invalidDate"];
  if (!closesAt) fields.closesAt = ["invalidDate"];
  if (opensAt && closesAt && closesAt <= opensAt) fields.closesAt = ["closesBeforeOpens"];
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Invalid dates", fields);
  const existing = input.questions === undefined ? null : await db().callForProposals.findUnique({ where: { eventId }, select: { questions: true } });
  // Saved questions keep their ids, so the answers already given stay attached to them.
  const questions = input.questions === undefined ? {} : { questions: JSON.stringify(assignQuestionIds(parseQuestions(existing?.questions ?? "[]"), input.questions)) };
  const data = { opensAt: opensAt!, closesAt: closesAt!, guidelines: input.guidelines, formats: JSON.stringify(input.formats), tracks: JSON.stringify(input.tracks), maxCoSpeakers: input.maxCoSpeakers, ...questions };
  return db().callForProposals.upsert({ where: { eventId }, create: { eventId, ...data }, update: data });
}

/** The answers to store, or INVALID_INPUT with errors keyed `answers.<question id>`. */
function checkedAnswers(questionsJson: string, input: AnswersInput) {
  const checked = validateAnswers(parseQuestions(questionsJson), input);
  if (!checked.ok) throw new AppError("INVALID_INPUT", "Some answers are missing or invalid", checked.fields);
  return checked.answers;
}

// ── Proposals ─────────────────────────────────────────────────────────────────────────────────

function isSpeaker(p: { speakers: { userId: string; acceptedAt: Date | null }[] }, userId: string) {
  return p.speakers.some((s) => s.userId === userId && s.acceptedAt !== null);
}

export async function submitProposal(actor: Actor | null, eventId: string, input: ProposalInput, now = new Date()) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, include: { cfp: true } });
  if (!event || event.status === "DRAFT") throw notFound();
  if (event.status === "CANCELLED" || !event.cfp || cfpState(event.cfp, now) !== "OPEN") throw new AppError("CFP_CLOSED", "The call for proposals is not open");
  const format = parseFormats(event.cfp.formats).find((f) => f.id === input.formatId);
  if (!format) throw new AppError("INVALID_INPUT", "Unknown format", { formatId: ["unknownFormat"] });
  const answers = checkedAnswers(event.cfp.questions, input.answers);
  return db().proposal.create({
    data: {
      eventId,
      title: input.title,
      abstract: input.abstract,
      formatId: format.id,
      formatName: format.name,
      minutes: format.minutes,
      level: input.level,
      language: input.language,
      tags: JSON.stringify(input.tags),
      notes: input.notes,
      answers: JSON.stringify(answers),
      speakers: { create: { userId: actor.userId, role: "OWNER", acceptedAt: now } },
    },
    include: speakerInclude,
  });
}

async function proposalFor(actor: Actor | null, id: string) {
  if (!actor) throw unauthenticated();
  const p = await db().proposal.findUnique({ where: { id }, include: { ...speakerInclude, event: { include: { cfp: true } } } });
  if (!p) throw notFound();
  return p;
}

/** Speakers edit their proposal while it awaits a decision and the call is open. */
export async function updateProposal(actor: Actor | null, id: string, input: ProposalUpdateInput, now = new Date()) {
  const p = await proposalFor(actor, id);
  if (!isSpeaker(p, actor!.userId)) throw notFound();
  if (!p.event.cfp || cfpState(p.event.cfp, now) !== "OPEN") throw new AppError("CFP_CLOSED", "The call for proposals is closed");
  if (p.status !== "SUBMITTED") throw new AppError("INVALID_STATE", "Only proposals awaiting a decision can be edited");
  let format: Format | undefined;
  if (input.formatId !== undefined) {
    format = parseFormats(p.event.cfp.formats).find((f) => f.id === input.formatId);
    if (!format) throw new AppError("INVALID_INPUT", "Unknown format", { formatId: ["unknownFormat"] });
  }
  const answers = input.answers === undefined ? undefined : checkedAnswers(p.event.cfp.questions, input.answers);
  const res = await db().proposal.updateMany({
    where: { id, eventId: p.eventId, status: "SUBMITTED" },
    data: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.abstract !== undefined ? { abstract: input.abstract } : {}),
      ...(format ? { formatId: format.id, formatName: format.name, minutes: format.minutes } : {}),
      ...(input.level !== undefined ? { level: input.level } : {}),
      ...(input.language !== undefined ? { language: input.language } : {}),
      ...(input.tags !== undefined ? { tags: JSON.stringify(input.tags) } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(answers !== undefined ? { answers: JSON.stringify(answers) } : {}),
    },
  });
  if (res.count !== 1) throw new AppError("INVALID_STATE", "The proposal changed meanwhile");
  return db().proposal.findUniqueOrThrow({ where: { id }, include: speakerInclude });
}

export async function withdrawProposal(actor: Actor | null, id: string) {
  const p = await proposalFor(actor, id);
  if (!isSpeaker(p, actor!.userId)) throw notFound();
  return db().$transaction(async (tx) => {
    const res = await tx.proposal.updateMany({ where: { id, status: { in: ["SUBMITTED", "ACCEPTED", "CONFIRMED"] } }, data: { status: "WITHDRAWN" } });
    if (res.count !== 1) throw new AppError("INVALID_STATE", "This proposal cannot be withdrawn");
    // A withdrawn talk leaves the timetable.
    await tx.slot.deleteMany({ where: { proposalId: id } });
    return tx.proposal.findUniqueOrThrow({ where: { id }, include: speakerInclude });
  });
}

export async function inviteCoSpeaker(actor: Actor | null, id: string, query: string) {
  const p = await proposalFor(actor, id);
  if (!p.speakers.some((s) => s.userId === actor!.userId && s.role === "OWNER")) throw notFound();
  if (["WITHDRAWN", "REJECTED", "DECLINED"].includes(p.status)) throw new AppError("INVALID_STATE", "This proposal is closed");
  const user = await findUserByHandleOrEmail(query);
  if (!user) throw new AppError("USER_NOT_FOUND", "No such user", { query: ["userNotFound"] });
  if (p.speakers.some((s) => s.userId === user.id)) throw new AppError("CONFLICT", "Already a speaker");
  const inviter = p.speakers.find((s) => s.userId === actor!.userId)!.user;
  const limit = p.event.cfp?.maxCoSpeakers ?? DEFAULT_MAX_CO_SPEAKERS;
  await db().$transaction(async (tx) => {
    // The proposal row is the lock: two invitations at once cannot both see room for one more.
    await tx.proposal.update({ where: { id }, data: { updatedAt: new Date() } });
    const co = await tx.proposalSpeaker.count({ where: { proposalId: id, role: "CO" } });
    if (co >= limit) throw new AppError("TOO_MANY_SPEAKERS", `At most ${limit} co-speakers`, { query: ["tooManySpeakers"] });
    await tx.proposalSpeaker.create({ data: { proposalId: id, userId: user.id, role: "CO" } });
    if (user.email) {
      const t = mailTranslator(localeOf(user));
      const params = { name: user.name ?? user.email, inviter: inviter.name ?? inviter.handle ?? "", title: p.title, event: p.event.title, url: `${publicBaseUrl()}/me/talks` };
      await enqueueMail({ to: user.email, kind: "proposal.invited", subject: t("proposal.invited.subject", params), text: t("proposal.invited.body", params) }, tx);
    }
  });
  return user;
}

export async function answerInvitation(actor: Actor | null, id: string, accept: boolean, now = new Date()) {
  if (!actor) throw unauthenticated();
  const where = { proposalId_userId: { proposalId: id, userId: actor.userId } };
  const invitation = await db().proposalSpeaker.findUnique({ where, include: { proposal: { include: { event: { include: { cfp: true } } } } } });
  if (!invitation || invitation.acceptedAt) throw notFound();
  if (!accept) {
    await db().proposalSpeaker.delete({ where });
    return null;
  }
  const { proposal } = invitation;
  return db().$transaction(async (tx) => {
    const accepted = await tx.proposalSpeaker.update({ where, data: { acceptedAt: now } });
    // Joining a talk that is already confirmed brings a speaker seat, within the call's limit.
    if (proposal.status === "CONFIRMED" && proposal.event.status === "PUBLISHED") {
      const seated = await seatedSpeakers(tx, id, proposal.event.cfp?.maxCoSpeakers ?? DEFAULT_MAX_CO_SPEAKERS);
      if (seated.includes(actor.userId)) await seatSpeaker(tx, proposal.eventId, actor.userId, now);
    }
    return accepted;
  }, TX_OPTIONS);
}

const DEFAULT_MAX_CO_SPEAKERS = 3;

/**
 * Who of a talk's speakers get speaker seats: its owner and its first `limit` co-speakers who
 * accepted (in the order they were invited). Anyone beyond the limit applies like everyone else.
 */
async function seatedSpeakers(tx: Tx, proposalId: string, limit: number) {
  const speakers = await tx.proposalSpeaker.findMany({ where: { proposalId, acceptedAt: { not: null } }, orderBy: { createdAt: "asc" } });
  const owners = speakers.filter((s) => s.role === "OWNER").map((s) => s.userId);
  const co = speakers.filter((s) => s.role !== "OWNER").slice(0, limit).map((s) => s.userId);
  return [...owners, ...co];
}

/** Accepted speakers confirm (and get a seat in the speaker frame) or decline. */
export async function replyAsSpeaker(actor: Actor | null, id: string, reply: "confirm" | "decline", now = new Date()) {
  const p = await proposalFor(actor, id);
  if (!isSpeaker(p, actor!.userId)) throw notFound();
  return db().$transaction(async (tx) => {
    const res = await tx.proposal.updateMany({ where: { id, status: "ACCEPTED" }, data: { status: reply === "confirm" ? "CONFIRMED" : "DECLINED" } });
    if (res.count !== 1) throw new AppError("INVALID_STATE", "Only accepted proposals are confirmed or declined");
    if (reply === "confirm" && p.event.status === "PUBLISHED") {
      for (const userId of await seatedSpeakers(tx, id, p.event.cfp?.maxCoSpeakers ?? DEFAULT_MAX_CO_SPEAKERS)) await seatSpeaker(tx, p.eventId, userId, now);
    }
    return tx.proposal.findUniqueOrThrow({ where: { id }, include: speakerInclude });
  }, TX_OPTIONS);
}

// ── Reviews and decisions ─────────────────────────────────────────────────────────────────────

export async function addReviewer(actor: Actor | null, eventId: string, query: string) {
  const { event, role } = await eventFor(actor, eventId);
  if (!canDecide(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  const user = await findUserByHandleOrEmail(query);
  if (!user) throw new AppError("USER_NOT_FOUND", "No such user", { query: ["userNotFound"] });
  await db().eventReviewer.upsert({ where: { eventId_userId: { eventId, userId: user.id } }, create: { eventId, userId: user.id }, update: {} });
  return user;
}

/** True when the event assigns proposals to reviewers (then a reviewer sees only their own queue). */
async function usesAssignments(eventId: string) {
  return (await db().reviewAssignment.count({ where: { proposal: { eventId } } })) > 0;
}

/** Whether a reviewer (not an organizer) may see this proposal: always, unless the event assigns and it is not theirs. */
async function reviewerMaySee(role: TalkRole, eventId: string, proposalId: string, userId: string) {
  if (role !== "REVIEWER" || !(await usesAssignments(eventId))) return true;
  return (await db().reviewAssignment.count({ where: { proposalId, userId } })) > 0;
}

/**
 * Scores a proposal: one score (1–5) when the event has no criteria, otherwise a score per
 * criterion, kept with their weighted mean. A reviewer of an event that assigns proposals
 * scores only the ones assigned to them.
 */
export async function reviewProposal(actor: Actor | null, id: string, input: { score?: number; scores?: Record<string, number>; comment: string }) {
  const p = await proposalFor(actor, id);
  const role = await talkRole(p.eventId, p.event.groupId, actor!.userId);
  if (!canReview(role)) throw isSpeaker(p, actor!.userId) ? new AppError("FORBIDDEN", "Speakers do not review") : notFound();
  if (!(await reviewerMaySee(role, p.eventId, id, actor!.userId))) throw notFound();
  // Nobody scores their own talk, whatever their role.
  if (p.speakers.some((s) => s.userId === actor!.userId)) throw new AppError("FORBIDDEN", "Speakers do not review their own proposal");
  if (p.status === "WITHDRAWN") throw new AppError("INVALID_STATE", "The proposal was withdrawn");
  const criteria = await db().reviewCriterion.findMany({ where: { eventId: p.eventId }, orderBy: { sortOrder: "asc" } });
  let scores: Record<string, number> = {};
  let weighted: number;
  if (criteria.length > 0) {
    const given = input.scores ?? {};
    const missing = criteria.filter((c) => !Number.isInteger(given[c.id]) || given[c.id]! < 1 || given[c.id]! > 5);
    if (missing.length) throw new AppError("INVALID_INPUT", "Score every criterion from 1 to 5", Object.fromEntries(missing.map((c) => [`scores.${c.id}`, ["invalid"]])));
    scores = Object.fromEntries(criteria.map((c) => [c.id, given[c.id]!]));
    weighted = weightedScore(criteria, scores)!;
  } else {
    if (input.score === undefined) throw new AppError("INVALID_INPUT", "A score is required", { score: ["required"] });
    weighted = input.score;
  }
  const data = { score: Math.round(weighted), scores: JSON.stringify(scores), weighted, comment: input.comment };
  return db().review.upsert({
    where: { proposalId_reviewerId: { proposalId: id, reviewerId: actor!.userId } },
    create: { proposalId: id, reviewerId: actor!.userId, ...data },
    update: data,
  });
}

/** The most proposals one review list shows (a KubeCon-sized call has a few hundred). */
const REVIEW_LIST_MAX = 1_000;

export type ReviewListQuery = { status?: string; formatId?: string; sort?: "average" | "count" | "newest" | "title"; unscoredOnly?: boolean };

/**
 * Proposals of an event for its reviewers and organizers, with the caller's own score. Others'
 * scores (average, count, comments) are shown to a reviewer only after they scored that
 * proposal themselves, so nobody anchors on them; organizers, who decide, always see them.
 */
export async function proposalsForReview(actor: Actor | null, eventId: string, q: ReviewListQuery = {}) {
  const { event, role } = await eventFor(actor, eventId);
  if (!canSeeProposals(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  const assigned = role === "REVIEWER" && (await usesAssignments(eventId));
  const proposals = await db().proposal.findMany({
    where: {
      eventId,
      ...(q.status ? { status: q.status.toUpperCase() } : {}),
      ...(q.formatId ? { formatId: q.formatId } : {}),
      ...(assigned ? { assignments: { some: { userId: actor!.userId } } } : {}),
    },
    include: { ...speakerInclude, reviews: { include: { reviewer: { select: { id: true, name: true, handle: true } } } } },
    orderBy: { createdAt: "asc" },
    take: REVIEW_LIST_MAX,
  });
  const rows = proposals.map((p) => {
    const mine = p.reviews.find((r) => r.reviewerId === actor!.userId) ?? null;
    const visible = canDecide(role) || mine !== null;
    const scores = p.reviews.map((r) => r.weighted ?? r.score);
    const hidden = speakersHidden(role, event.cfp, p, actor!.userId);
    return {
      proposal: hidden ? { ...p, speakers: [] } : p,
      anonymised: hidden,
      myReview: mine,
      othersVisible: visible,
      average: visible && scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null,
      count: visible ? scores.length : null,
      reviews: visible ? p.reviews : [],
    };
  });
  const filtered = q.unscoredOnly ? rows.filter((r) => !r.myReview) : rows;
  const by = q.sort ?? "newest";
  filtered.sort((a, b) =>
    by === "average"
      ? (b.average ?? -1) - (a.average ?? -1)
      : by === "count"
        ? (b.count ?? -1) - (a.count ?? -1)
        : by === "title"
          ? a.proposal.title.localeCompare(b.proposal.title)
          : b.proposal.createdAt.getTime() - a.proposal.createdAt.getTime(),
  );
  return { event, role, rows: filtered };
}

/** Accepts or rejects proposals (one or many), telling their speakers through the outbox. */
export async function decide(actor: Actor | null, eventId: string, ids: string[], decision: "accept" | "reject", message?: string, now = new Date()) {
  const { event, role } = await eventFor(actor, eventId);
  if (!canDecide(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  const proposals = await db().proposal.findMany({ where: { id: { in: ids } }, include: speakerInclude });
  if (proposals.length !== new Set(ids).size || proposals.some((p) => p.eventId !== eventId)) {
    throw new AppError("NOT_FOUND", "Unknown proposal for this event", { ids: ["otherEvent"] });
  }
  const to = decision === "accept" ? "ACCEPTED" : "REJECTED";
  return db().$transaction(async (tx) => {
    const changed = [];
    for (const p of proposals) {
      const res = await tx.proposal.updateMany({
        where: { id: p.id, eventId, status: { in: ["SUBMITTED", "ACCEPTED", "REJECTED", "WAITLISTED"] } },
        data: { status: to, decisionMessage: message ?? null, decidedAt: now, stagedDecision: null },
      });
      if (res.count !== 1) throw new AppError("INVALID_STATE", `"${p.title}" cannot be ${decision}ed now`);
      if (p.status === to) continue;
      changed.push(p.id);
      for (const s of p.speakers) {
        if (!s.acceptedAt || !s.user.email) continue;
        const t = mailTranslator(localeOf(s.user));
        const params = {
          name: s.user.name ?? s.user.email,
          title: p.title,
          event: event.title,
          url: `${publicBaseUrl()}/me/talks`,
          message: message ? `\n\n${t("proposal.messageLabel")}\n${message}` : "",
        };
        const kind = decision === "accept" ? "accepted" : "rejected";
        await enqueueMail({ to: s.user.email, kind: `proposal.${kind}`, subject: t(`proposal.${kind}.subject`, params), text: t(`proposal.${kind}.body`, params) }, tx);
      }
    }
    return { changed: changed.length };
  }, TX_OPTIONS);
}

// ── Reading ───────────────────────────────────────────────────────────────────────────────────

/** A person's proposals and pending co-speaker invitations. */
export async function myTalks(actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const rows = await db().proposalSpeaker.findMany({
    where: { userId: actor.userId },
    include: { proposal: { include: { ...speakerInclude, event: true, slot: { include: { room: true } } } } },
    orderBy: { createdAt: "desc" },
  });
  return {
    talks: rows.filter((r) => r.acceptedAt).map((r) => r.proposal),
    invitations: rows.filter((r) => !r.acceptedAt).map((r) => r.proposal),
  };
}

/** A proposal as the viewer may see it: confirmed talks are public; the rest only to its people. */
export async function proposalForViewer(actor: Actor | null, id: string) {
  const p = await db().proposal.findUnique({
    where: { id },
    include: { ...speakerInclude, event: { include: { cfp: true, group: true } }, slot: { include: { room: true } }, materials: { where: { hidden: false }, orderBy: { createdAt: "asc" } } },
  });
  if (!p) throw notFound();
  const role = await talkRole(p.eventId, p.event.groupId, actor?.userId);
  const speaker = actor ? p.speakers.some((s) => s.userId === actor.userId) : false;
  const isPublic = p.status === "CONFIRMED" && p.event.status !== "DRAFT";
  if (!isPublic && !speaker && !canSeeProposals(role)) throw notFound();
  if (!isPublic && !speaker && !(await reviewerMaySee(role, p.eventId, p.id, actor!.userId))) throw notFound();
  // An anonymised review keeps an undecided proposal's speakers from its reviewers, here too.
  const hidden = !isPublic && speakersHidden(role, p.event.cfp, p, actor?.userId);
  return { proposal: hidden ? { ...p, speakers: [] } : p, role, speaker, isPublic, anonymised: hidden };
}

/** Confirmed talks of an event with speakers and slots (public); organizers and speakers see more. */
export async function talksForEvent(actor: Actor | null, eventId: string) {
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  const role = await talkRole(eventId, event.groupId, actor?.userId);
  if (event.status === "DRAFT" && !canSeeProposals(role)) throw notFound();
  const all = canSeeProposals(role);
  const [cfp, assigned] = await Promise.all([db().callForProposals.findUnique({ where: { eventId } }), role === "REVIEWER" ? usesAssignments(eventId) : Promise.resolve(false)]);
  const rows = await db().proposal.findMany({
    where: {
      eventId,
      OR: [
        { status: "CONFIRMED" },
        ...(all && !assigned ? [{}] : []),
        ...(assigned ? [{ assignments: { some: { userId: actor!.userId } } }] : []),
        ...(actor ? [{ speakers: { some: { userId: actor.userId } } }] : []),
      ],
    },
    include: { ...speakerInclude, slot: { include: { room: true } }, materials: { where: { hidden: false }, orderBy: { createdAt: "asc" } } },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((p) => (speakersHidden(role, cfp, p, actor?.userId) ? { ...p, speakers: [] } : p));
}

/** The event's reviewers, for its organizers. */
export async function reviewersOf(actor: Actor | null, eventId: string) {
  const { event, role } = await eventFor(actor, eventId);
  if (!canDecide(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  const rows = await db().eventReviewer.findMany({ where: { eventId }, include: { user: { select: { id: true, name: true, handle: true } } }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.user);
}
