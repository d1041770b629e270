// The review of an event's proposals, beyond single scores: weighted criteria, reviewers assigned
// by track or by hand with their progress, anonymised review (lib/talks/policy.ts
// speakersHidden), decisions staged and then sent together with editable mail templates in
// Japanese and English, and messages to the event's speakers.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { isUniqueViolation } from "../users/service";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import type { Locale } from "../i18n/locale";
import { enqueueMail, enqueueMails, MAIL_PRIORITY, type MailInput } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { TX_OPTIONS } from "../registrations/service";
import { canDecide, canReview } from "../talks/policy";
import { weightedScore } from "../talks/scoring";
import { parseList, talkRole } from "../talks/service";
import { type CriteriaInput, type Decision, DECISIONS, fillTemplate, type SpeakerMessageInput, type TemplateInput } from "./schema";

async function eventFor(actor: Actor | null, eventId: string, need: "decide" | "review" = "decide") {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, include: { cfp: true } });
  if (!event) throw notFound();
  const role = await talkRole(event.id, event.groupId, actor.userId);
  if (!(need === "decide" ? canDecide(role) : canReview(role))) throw event.status === "DRAFT" || role === null ? notFound() : forbidden();
  return { event, role };
}

async function proposalForOrganizer(actor: Actor | null, proposalId: string) {
  if (!actor) throw unauthenticated();
  const p = await db().proposal.findUnique({ where: { id: proposalId }, include: { speakers: true } });
  if (!p) throw notFound();
  const { event } = await eventFor(actor, p.eventId);
  return { p, event };
}

// ── Criteria and settings ─────────────────────────────────────────────────────────────────────

/** The event's criteria, for its reviewers and organizers. */
export async function criteriaOf(actor: Actor | null, eventId: string) {
  await eventFor(actor, eventId, "review");
  return db().reviewCriterion.findMany({ where: { eventId }, orderBy: { sortOrder: "asc" } });
}

/**
 * Replaces the criteria. A criterion kept by name keeps its id (and the scores given for it);
 * every review's weighted score is worked out again with the new weights.
 */
export async function saveCriteria(actor: Actor | null, eventId: string, input: CriteriaInput) {
  await eventFor(actor, eventId);
  return db().$transaction(async (tx) => {
    const before = await tx.reviewCriterion.findMany({ where: { eventId } });
    const kept = new Set<string>();
    for (const [i, c] of input.criteria.entries()) {
      const same = before.find((b) => b.name === c.name);
      if (same) {
        kept.add(same.id);
        await tx.reviewCriterion.update({ where: { id: same.id }, data: { weight: c.weight, sortOrder: i } });
      } else await tx.reviewCriterion.create({ data: { eventId, name: c.name, weight: c.weight, sortOrder: i } });
    }
    await tx.reviewCriterion.deleteMany({ where: { eventId, id: { notIn: [...kept] }, AND: [{ id: { in: before.map((b) => b.id) } }] } });
    const criteria = await tx.reviewCriterion.findMany({ where: { eventId }, orderBy: { sortOrder: "asc" } });
    const reviews = await tx.review.findMany({ where: { proposal: { eventId } }, take: 20_000 });
    for (const r of reviews) {
      const scores = JSON.parse(r.scores) as Record<string, number>;
      const w = weightedScore(criteria, scores) ?? r.score;
      if (w !== r.weighted) await tx.review.update({ where: { id: r.id }, data: { weighted: w, score: Math.round(w) } });
    }
    return criteria;
  }, TX_OPTIONS);
}

export async function saveReviewSettings(actor: Actor | null, eventId: string, input: { anonymousReview: boolean }) {
  await eventFor(actor, eventId);
  const res = await db().callForProposals.updateMany({ where: { eventId }, data: { anonymousReview: input.anonymousReview } });
  if (res.count !== 1) throw new AppError("INVALID_STATE", "Open the call for proposals first");
  return input;
}

// ── Reviewers, assignments and progress ───────────────────────────────────────────────────────

export async function setReviewerTracks(actor: Actor | null, eventId: string, userId: string, tracks: string[]) {
  await eventFor(actor, eventId);
  const res = await db().eventReviewer.updateMany({ where: { eventId, userId }, data: { tracks: JSON.stringify(tracks) } });
  if (res.count !== 1) throw new AppError("USER_NOT_FOUND", "Not a reviewer of this event", { userId: ["notReviewer"] });
}

/** Assigns a proposal to one of the event's reviewers (or takes it back). Nobody reviews their own talk. */
export async function assignReviewer(actor: Actor | null, proposalId: string, userId: string, assigned = true) {
  const { p } = await proposalForOrganizer(actor, proposalId);
  const where = { proposalId_userId: { proposalId, userId } };
  if (!assigned) {
    await db().reviewAssignment.deleteMany({ where: { proposalId, userId } });
    return { assigned: false };
  }
  const reviewer = await db().eventReviewer.findUnique({ where: { eventId_userId: { eventId: p.eventId, userId } } });
  if (!reviewer) throw new AppError("USER_NOT_FOUND", "Not a reviewer of this event", { userId: ["notReviewer"] });
  if (p.speakers.some((s) => s.userId === userId)) throw new AppError("RULE_REFUSED", "Speakers do not review their own proposal", { userId: ["ownProposal"] });
  await db().reviewAssignment.upsert({ where, create: { proposalId, userId }, update: {} });
  return { assigned: true };
}

/** Assigns every open proposal to the reviewers whose tracks it is tagged with; returns how many were added. */
export async function assignByTrack(actor: Actor | null, eventId: string) {
  await eventFor(actor, eventId);
  const [reviewers, proposals] = await Promise.all([
    db().eventReviewer.findMany({ where: { eventId } }),
    db().proposal.findMany({ where: { eventId, status: { in: ["SUBMITTED", "WAITLISTED"] } }, include: { speakers: true, assignments: true }, take: 2_000 }),
  ]);
  const rows: { proposalId: string; userId: string }[] = [];
  for (const r of reviewers) {
    const tracks = parseList(r.tracks);
    if (!tracks.length) continue;
    for (const p of proposals) {
      if (!parseList(p.tags).some((t) => tracks.includes(t))) continue;
      if (p.speakers.some((s) => s.userId === r.userId) || p.assignments.some((a) => a.userId === r.userId)) continue;
      rows.push({ proposalId: p.id, userId: r.userId });
    }
  }
  try {
    // All or nothing, a few hundred rows per statement (SQLite binds at most 999 values).
    await db().$transaction(async (tx) => {
      for (let i = 0; i < rows.length; i += 300) await tx.reviewAssignment.createMany({ data: rows.slice(i, i + 300) });
    }, TX_OPTIONS);
  } catch (e) {
    // Someone assigned one of these meanwhile (by hand, or a second click): nothing was added.
    if (isUniqueViolation(e)) throw new AppError("CONFLICT", "The assignments changed meanwhile; reload and try again");
    throw e;
  }
  return { added: rows.length };
}

/**
 * The review's progress for the organizers: each reviewer's tracks, assigned and reviewed
 * counts (of their assignments, or of every proposal when the event assigns none), and the
 * proposals with their review counts, weighted averages, assignees and staged decisions.
 */
export async function reviewProgress(actor: Actor | null, eventId: string) {
  const { event } = await eventFor(actor, eventId);
  const [reviewers, proposals, criteria] = await Promise.all([
    db().eventReviewer.findMany({ where: { eventId }, include: { user: { select: { id: true, name: true, handle: true } } }, orderBy: { createdAt: "asc" }, take: 200 }),
    db().proposal.findMany({
      where: { eventId, status: { not: "WITHDRAWN" } },
      include: { reviews: { select: { reviewerId: true, weighted: true, score: true } }, assignments: { select: { userId: true } } },
      orderBy: { createdAt: "asc" },
      take: 1_000,
    }),
    db().reviewCriterion.findMany({ where: { eventId }, orderBy: { sortOrder: "asc" } }),
  ]);
  const usesAssignments = proposals.some((p) => p.assignments.length > 0);
  const people = reviewers.map((r) => {
    const mine = usesAssignments ? proposals.filter((p) => p.assignments.some((a) => a.userId === r.userId)) : proposals;
    const reviewed = mine.filter((p) => p.reviews.some((x) => x.reviewerId === r.userId)).length;
    return { user: r.user, tracks: parseList(r.tracks), assigned: mine.length, reviewed };
  });
  const rows = proposals.map((p) => {
    const scores = p.reviews.map((r) => r.weighted ?? r.score);
    return {
      id: p.id,
      title: p.title,
      status: p.status,
      tags: parseList(p.tags),
      stagedDecision: p.stagedDecision?.toLowerCase() ?? null,
      reviews: scores.length,
      average: scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null,
      assignees: p.assignments.map((a) => a.userId),
    };
  });
  return { event, criteria, reviewers: people, proposals: rows, usesAssignments, staged: rows.filter((r) => r.stagedDecision).length };
}

// ── Staged decisions ──────────────────────────────────────────────────────────────────────────

const STAGEABLE = ["SUBMITTED", "WAITLISTED"];

/** Prepares a decision without telling anyone; `none` takes it back. */
export async function stageDecision(actor: Actor | null, proposalId: string, decision: Decision | "none") {
  const { p } = await proposalForOrganizer(actor, proposalId);
  if (!STAGEABLE.includes(p.status)) throw new AppError("INVALID_STATE", "Only proposals awaiting a decision (or on the waitlist) can be staged");
  const staged = decision === "none" ? null : decision.toUpperCase();
  const res = await db().proposal.updateMany({ where: { id: proposalId, eventId: p.eventId, status: { in: STAGEABLE } }, data: { stagedDecision: staged } });
  if (res.count !== 1) throw new AppError("INVALID_STATE", "The proposal changed meanwhile");
  return { stagedDecision: staged?.toLowerCase() ?? null };
}

const STATUS_OF: Record<Decision, string> = { accept: "ACCEPTED", reject: "REJECTED", waitlist: "WAITLISTED" };
const MAIL_KIND: Record<Decision, string> = { accept: "accepted", reject: "rejected", waitlist: "waitlisted" };

type Templates = Partial<Record<Decision, Partial<Record<Locale, { subject: string; body: string }>>>>;

function parseTemplates(json: string | undefined): Templates {
  try {
    const v: unknown = JSON.parse(json ?? "{}");
    return v && typeof v === "object" ? (v as Templates) : {};
  } catch {
    return {};
  }
}

/** The built-in text of a decision mail, with its {placeholders}. */
function defaultTemplate(decision: Decision, locale: Locale) {
  const m = (locale === "ja" ? ja : en).mail.proposal[MAIL_KIND[decision] as "accepted" | "rejected" | "waitlisted"];
  return { subject: m.subject, body: m.body };
}

/** The decision mails as the organizers see and edit them: every decision in ja and en. */
export async function decisionTemplates(actor: Actor | null, eventId: string) {
  const { event } = await eventFor(actor, eventId);
  const saved = parseTemplates(event.cfp?.decisionTemplates);
  return DECISIONS.flatMap((decision) =>
    (["ja", "en"] as const).map((locale) => {
      const custom = saved[decision]?.[locale];
      return { decision, locale, ...(custom ?? defaultTemplate(decision, locale)), custom: Boolean(custom) };
    }),
  );
}

export async function saveDecisionTemplate(actor: Actor | null, eventId: string, input: TemplateInput) {
  const { event } = await eventFor(actor, eventId);
  if (!event.cfp) throw new AppError("INVALID_STATE", "Open the call for proposals first");
  const saved = parseTemplates(event.cfp.decisionTemplates);
  saved[input.decision] = { ...saved[input.decision], [input.locale]: { subject: input.subject, body: input.body } };
  await db().callForProposals.update({ where: { eventId }, data: { decisionTemplates: JSON.stringify(saved) } });
  return { decision: input.decision, locale: input.locale, subject: input.subject, body: input.body, custom: true };
}

/**
 * Sends every staged decision of the event at once: each proposal changes state and its
 * speakers get the decision mail (the event's template in their language) in one transaction,
 * so either all go out or none.
 */
export async function sendStagedDecisions(actor: Actor | null, eventId: string, now = new Date()) {
  const { event } = await eventFor(actor, eventId);
  const saved = parseTemplates(event.cfp?.decisionTemplates);
  return db().$transaction(async (tx) => {
    const staged = await tx.proposal.findMany({
      where: { eventId, stagedDecision: { not: null } },
      include: { speakers: { include: { user: { select: { email: true, name: true, locale: true } } } } },
      take: 2_000,
    });
    let sent = 0;
    for (const p of staged) {
      const decision = p.stagedDecision!.toLowerCase() as Decision;
      if (!DECISIONS.includes(decision)) continue;
      const res = await tx.proposal.updateMany({
        where: { id: p.id, eventId, stagedDecision: p.stagedDecision, status: { in: STAGEABLE } },
        data: { status: STATUS_OF[decision], stagedDecision: null, decidedAt: now },
      });
      if (res.count !== 1) throw new AppError("INVALID_STATE", `"${p.title}" changed meanwhile; nothing was sent`);
      sent++;
      for (const s of p.speakers) {
        if (!s.acceptedAt || !s.user.email) continue;
        const locale = localeOf(s.user);
        const tpl = saved[decision]?.[locale] ?? defaultTemplate(decision, locale);
        const params = { name: s.user.name ?? s.user.email, title: p.title, event: event.title, url: `${publicBaseUrl()}/me/talks`, message: "" };
        await enqueueMail({ to: s.user.email, kind: `proposal.${MAIL_KIND[decision]}`, subject: fillTemplate(tpl.subject, params), text: fillTemplate(tpl.body, params) }, tx);
      }
    }
    return { sent };
  }, TX_OPTIONS);
}

// ── Messages to speakers ──────────────────────────────────────────────────────────────────────

const AUDIENCE_STATUSES: Record<SpeakerMessageInput["audience"], string[]> = {
  all: ["SUBMITTED", "ACCEPTED", "REJECTED", "WAITLISTED", "CONFIRMED", "DECLINED"],
  accepted: ["ACCEPTED", "CONFIRMED"],
  confirmed: ["CONFIRMED"],
};

/** Mails the event's speakers (all, those accepted, or those confirmed), once per person. */
export async function messageSpeakers(actor: Actor | null, eventId: string, input: SpeakerMessageInput) {
  const { event } = await eventFor(actor, eventId);
  const rows = await db().proposalSpeaker.findMany({
    where: { acceptedAt: { not: null }, proposal: { eventId, status: { in: AUDIENCE_STATUSES[input.audience] } } },
    include: { user: { select: { id: true, email: true, name: true, locale: true } } },
    take: 5_000,
  });
  // About the speakers' own proposals, so not subject to the bulk-mail opt-out. One insert for all.
  const seen = new Set<string>();
  const mails: MailInput[] = [];
  for (const r of rows) {
    if (!r.user.email || seen.has(r.user.id)) continue;
    seen.add(r.user.id);
    const t = mailTranslator(localeOf(r.user));
    const params = { event: event.title, subject: input.subject, body: input.body, url: `${publicBaseUrl()}/me/talks` };
    mails.push({ to: r.user.email, kind: "proposal.speakerMessage", subject: t("speakerMessage.subject", params), text: t("speakerMessage.body", params), priority: MAIL_PRIORITY.bulk });
  }
  await db().$transaction((tx) => enqueueMails(mails, tx));
  return { sent: seen.size };
}
