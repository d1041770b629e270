import { getTranslations } from "next-intl/server";
import { type Answers, answerText, parseQuestions, type Question, storedAnswers } from "@/lib/questions/schema";
import { notFound, redirect } from "next/navigation";
import { AddReviewerForm, BULK_FORM_ID, BulkDecisionForm, DecisionButtons, ScoreForm } from "@/components/talks/review-forms";
import { ProposalStatusBadge } from "@/components/talks/status-badge";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { or404 } from "@/lib/pages";
import { canDecide } from "@/lib/talks/policy";
import { PROPOSAL_STATUSES } from "@/lib/talks/schema";
import { getCfp, parseList, proposalsForReview, reviewersOf, type ReviewListQuery } from "@/lib/talks/service";
import { EventHeading } from "@/components/events/event-heading";
import { CriteriaScoreForm } from "@/components/conference/criteria-score-form";
import { StageForm } from "@/components/conference/stage-form";
import Link from "next/link";
import { criteriaOf } from "@/lib/review/service";

export async function generateMetadata() {
  return { title: (await getTranslations("talks.review"))("title") };
}

type Search = { status?: string; format?: string; sort?: string; unscored?: string };
type Row = Awaited<ReturnType<typeof proposalsForReview>>["rows"][number];

const SORTS = ["newest", "average", "count", "title"] as const;
const DECIDABLE = ["SUBMITTED", "ACCEPTED", "REJECTED", "WAITLISTED"];

function queryOf(s: Search): ReviewListQuery {
  return {
    status: (PROPOSAL_STATUSES as readonly string[]).includes(s.status ?? "") ? s.status : undefined,
    formatId: s.format || undefined,
    sort: (SORTS as readonly string[]).includes(s.sort ?? "") ? (s.sort as ReviewListQuery["sort"]) : "newest",
    unscoredOnly: s.unscored === "1",
  };
}

/** Reviewers score proposals; organizers also accept or reject them, one by one or in bulk. */
export default async function ProposalsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/proposals`)}`);
  const q = queryOf(search);
  const list = await or404(
    proposalsForReview(actor, id, q).catch((e: unknown) => {
      // Outsiders learn nothing about the proposals, not even that the page exists.
      if (isAppError(e) && e.code === "FORBIDDEN") notFound();
      throw e;
    }),
  );
  const { event, role, rows } = list;
  const organizer = canDecide(role);
  const [cfp, t, reviewers, criteria, tc] = await Promise.all([getCfp(event.id), getTranslations("talks.review"), organizer ? reviewersOf(actor, event.id) : Promise.resolve([]), criteriaOf(actor, event.id), getTranslations("conference")]);
  const questions = parseQuestions(cfp?.questions ?? "[]");
  return (
    <div className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{organizer ? t("organizerHelp") : t("reviewerHelp")}</p>
        {cfp?.anonymousReview && <p className="mt-1 text-sm text-violet-800 dark:text-violet-300">{tc("anonymousHelp")}</p>}
        {organizer && (
          <Link href={`/events/${event.id}/review`} className={`${buttonClass("secondary")} mt-2`}>
            {tc("reviewDashboard")}
          </Link>
        )}
      </header>

      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-5 lg:items-end dark:border-slate-800 dark:bg-slate-900" aria-label={t("filters")}>
        <label className="block">
          <span className="font-medium">{t("filterStatus")}</span>
          <select name="status" defaultValue={q.status ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {PROPOSAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statusFilter.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">{t("filterFormat")}</span>
          <select name="format" defaultValue={q.formatId ?? ""} className={inputClass}>
            <option value="">{t("all")}</option>
            {cfp?.formatList.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          <span className="font-medium">{t("sort")}</span>
          <select name="sort" defaultValue={q.sort} className={inputClass}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t(`sorts.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex min-h-10 items-center gap-2">
          <input type="checkbox" name="unscored" value="1" defaultChecked={q.unscoredOnly} className="h-4 w-4" />
          {t("unscoredOnly")}
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {t("apply")}
        </button>
      </form>

      <p className="text-sm" data-testid="proposal-count">
        {t("count", { count: rows.length })}
      </p>

      {organizer && rows.length > 0 && <BulkDecisionForm eventId={event.id} />}

      <ul className="grid gap-4">
        {rows.map((row) => (
          <ProposalRow key={row.proposal.id} row={row} eventId={event.id} organizer={organizer} viewerId={actor.userId} criteria={criteria} questions={questions} />
        ))}
      </ul>

      {organizer && (
        <section aria-labelledby="add-reviewer" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="add-reviewer" className="mb-2 text-lg font-semibold">
            {t("reviewers")}
          </h2>
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("reviewersHelp")}</p>
          {reviewers.length > 0 && (
            <ul className="mb-3 flex flex-wrap gap-2" aria-label={t("reviewers")}>
              {reviewers.map((u) => (
                <li key={u.id} className="rounded-full bg-slate-100 px-3 py-1 text-sm dark:bg-slate-800">
                  {u.name ?? u.handle} {u.handle && <span className="text-slate-500">@{u.handle}</span>}
                </li>
              ))}
            </ul>
          )}
          <AddReviewerForm eventId={event.id} />
        </section>
      )}
    </div>
  );
}

async function ProposalRow({ row, eventId, organizer, viewerId, criteria, questions }: { row: Row; eventId: string; organizer: boolean; viewerId: string; criteria: { id: string; name: string; weight: number }[]; questions: Question[] }) {
  const t = await getTranslations("talks.review");
  const tc = await getTranslations("conference");
  const tf = await getTranslations("talks.proposalForm");
  const { proposal: p, myReview, othersVisible, average, count, reviews } = row;
  const own = p.speakers.some((s) => s.userId === viewerId);
  const tags = parseList(p.tags);
  const titleId = `proposal-${p.id}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" aria-labelledby={titleId} data-testid="review-row">
      <div className="flex items-start gap-3">
        {organizer && (
          <input type="checkbox" name="ids" value={p.id} form={BULK_FORM_ID} aria-label={t("select", { title: p.title })} className="mt-1.5 h-5 w-5 shrink-0" />
        )}
        <div className="min-w-0 flex-1">
          <h2 id={titleId} className="font-semibold break-words">
            {p.title}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <ProposalStatusBadge status={p.status} />
            <span>{tf("formatOption", { name: p.formatName, minutes: p.minutes })}</span>
            <span>{tf(`levels.${p.level}`)}</span>
            <span>{tf(`languages.${p.language}`)}</span>
          </p>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {t("speakers")}: {row.anonymised ? <span data-testid="anonymous-speaker">{tc("anonymous")}</span> : p.speakers.filter((s) => s.acceptedAt).map((s) => s.user.name ?? s.user.handle).join(", ")}
          </p>
          {tags.length > 0 && <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{tags.map((x) => `#${x}`).join(" ")}</p>}
        </div>
      </div>
      {p.abstract && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-sky-800 dark:text-sky-300">{t("abstract")}</summary>
          <div className="mt-2">
            <Markdown>{p.abstract}</Markdown>
          </div>
        </details>
      )}
      <ProposalAnswers questions={questions} answers={storedAnswers(p.answers)} anonymised={row.anonymised} title={await getTranslations("questions").then((tq) => tq("answers"))} />
      {p.notes && (
        <div className="mt-3 rounded-md bg-amber-50 p-2 text-sm dark:bg-amber-950">
          <p className="text-xs font-semibold">{t("notes")}</p>
          <p className="whitespace-pre-line break-words">{p.notes}</p>
        </div>
      )}
      <div className="mt-3 grid gap-3 lg:grid-cols-2">
        {own ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("ownProposal")}</p>
        ) : p.status === "WITHDRAWN" ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("withdrawn")}</p>
        ) : (
          criteria.length > 0 ? (
            <CriteriaScoreForm proposalId={p.id} title={p.title} criteria={criteria} scores={myReview ? (JSON.parse(myReview.scores) as Record<string, number>) : {}} comment={myReview?.comment ?? ""} />
          ) : (
            <ScoreForm proposalId={p.id} title={p.title} score={myReview?.score ?? null} comment={myReview?.comment ?? ""} />
          )
        )}
        <div className="text-sm" data-testid="others-scores">
          {othersVisible ? (
            <>
              <p className="font-medium">{average === null ? t("noScores") : t("average", { average: average.toFixed(1), count: count ?? 0 })}</p>
              {reviews.length > 0 && (
                <ul className="mt-1 space-y-1">
                  {reviews.map((r) => (
                    <li key={r.id} className="break-words">
                      <span className="font-semibold tabular-nums">{r.weighted ?? r.score}</span> <span className="text-slate-600 dark:text-slate-400">{r.reviewer.name ?? r.reviewer.handle}</span>
                      {r.comment && <span className="block whitespace-pre-line text-slate-700 dark:text-slate-300">{r.comment}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <p className="text-slate-600 dark:text-slate-400">{t("scoreToSee")}</p>
          )}
        </div>
      </div>
      {organizer && DECIDABLE.includes(p.status) && (
        <div className="mt-3 flex flex-wrap items-end gap-4 border-t border-slate-200 pt-3 dark:border-slate-800">
          {p.stagedDecision && <p className="text-sm font-semibold text-violet-800 dark:text-violet-300">{tc("staged", { decision: tc(`decisions.${p.stagedDecision.toLowerCase()}`) })}</p>}
          {(p.status === "SUBMITTED" || p.status === "WAITLISTED") && <StageForm proposalId={p.id} title={p.title} staged={p.stagedDecision?.toLowerCase() ?? null} />}
          <DecisionButtons eventId={eventId} proposalId={p.id} title={p.title} />
        </div>
      )}
    </li>
  );
}

/**
 * The speaker's answers to the call's questions. In an anonymised review the answers to URL
 * questions stay hidden: a link (a blog, a GitHub profile) names the speaker.
 */
function ProposalAnswers({ questions, answers, anonymised, title }: { questions: Question[]; answers: Answers; anonymised: boolean; title: string }) {
  const shown = questions.filter((q) => answers[q.id] !== undefined && !(anonymised && q.type === "url"));
  if (!shown.length) return null;
  return (
    <div className="mt-3 text-sm" data-testid="proposal-answers">
      <p className="text-xs font-semibold">{title}</p>
      <dl className="mt-1 space-y-1">
        {shown.map((q) => (
          <div key={q.id}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{q.label}</dt>
            <dd className="whitespace-pre-line break-words">{answerText(answers[q.id])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
