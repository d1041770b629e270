"use client";
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { addReviewerAction, decideAction, reviewProposalAction } from "@/lib/talks/actions";
import { submitKeepingValues } from "./keep-values";

export const BULK_FORM_ID = "bulk-decision";

function FieldErrorList({ id, keys }: { id: string; keys: string[] }) {
  const t = useTranslations("errors");
  if (!keys.length) return null;
  return (
    <ul id={id} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-400">
      {keys.map((k) => (
        <li key={k}>{t.has(k) ? t(k) : t("invalid")}</li>
      ))}
    </ul>
  );
}

const fieldErrorsOf = (state: ActionState, name: string) => (state && !state.ok ? (state.fields?.[name] ?? []) : []);

/** The caller's own score (1–5) and comment on one proposal. */
export function ScoreForm({ proposalId, title, score, comment }: { proposalId: string; title: string; score: number | null; comment: string }) {
  const t = useTranslations("talks.review");
  const [state, action, pending] = useActionState(reviewProposalAction, null);
  const uid = useId();
  const scoreErrors = fieldErrorsOf(state, "score");
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate aria-label={t("scoreFormLabel", { title })} className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
      <FormMessage state={state} success={t("scoreSaved")} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <fieldset aria-describedby={scoreErrors.length ? `${uid}-score-error` : undefined}>
        <legend className="text-sm font-medium">{t("myScore")}</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="inline-flex min-h-10 min-w-10 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:bg-sky-950">
              <input type="radio" name="score" value={n} defaultChecked={score === n} className="h-4 w-4" />
              {n}
            </label>
          ))}
        </div>
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t("scoreHelp")}</p>
        <FieldErrorList id={`${uid}-score-error`} keys={scoreErrors} />
      </fieldset>
      <label htmlFor={`${uid}-comment`} className="mt-3 block text-sm font-medium">
        {t("comment")}
      </label>
      <textarea id={`${uid}-comment`} name="comment" rows={2} defaultValue={comment} maxLength={5000} className={`${inputClass} text-sm`} />
      <FieldErrorList id={`${uid}-comment-error`} keys={fieldErrorsOf(state, "comment")} />
      <button type="submit" disabled={pending} className={`${buttonClass("secondary")} mt-2`}>
        {t("saveScore")}
      </button>
    </form>
  );
}

/** Accept or reject one proposal. */
export function DecisionButtons({ eventId, proposalId, title }: { eventId: string; proposalId: string; title: string }) {
  const t = useTranslations("talks.review");
  const [state, action] = useActionState(decideAction, null);
  return (
    <form action={action} aria-label={t("decideLabel", { title })}>
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="ids" value={proposalId} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="decision" value="accept" className={buttonClass()}>
          {t("accept")}
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass("secondary")}>
          {t("reject")}
        </button>
      </div>
    </form>
  );
}

/** Accept or reject every checked proposal at once, with an optional message to their speakers. */
export function BulkDecisionForm({ eventId }: { eventId: string }) {
  const t = useTranslations("talks.review");
  const [state, action] = useActionState(decideAction, null);
  const none = fieldErrorsOf(state, "ids").includes("noneSelected");
  const success = state?.ok ? t(state.data?.decision === "reject" ? "bulkRejected" : "bulkAccepted", { count: Number(state.data?.changed ?? 0) }) : undefined;
  return (
    <form
      id={BULK_FORM_ID}
      action={action}
      aria-label={t("bulkLabel")}
      className="rounded-lg border border-dashed border-slate-300 p-3 dark:border-slate-700"
      onSubmit={(e) => {
        const decision = (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value");
        if (decision === "reject" && !window.confirm(t("rejectConfirm"))) e.preventDefault();
      }}
    >
      {none ? (
        <p role="alert" className="mb-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {t("noneSelected")}
        </p>
      ) : (
        <FormMessage state={state} success={success} />
      )}
      <input type="hidden" name="eventId" value={eventId} />
      <p className="text-sm font-medium">{t("bulkTitle")}</p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("bulkHelp")}</p>
      <label htmlFor="bulk-message" className="mt-2 block text-sm">
        {t("message")}
      </label>
      <textarea id="bulk-message" name="message" rows={2} maxLength={5000} className={`${inputClass} text-sm`} />
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="submit" name="decision" value="accept" className={buttonClass()}>
          {t("acceptSelected")}
        </button>
        <button type="submit" name="decision" value="reject" className={buttonClass("secondary")}>
          {t("rejectSelected")}
        </button>
      </div>
    </form>
  );
}

export function AddReviewerForm({ eventId }: { eventId: string }) {
  const t = useTranslations("talks.review");
  const [state, action] = useActionState(addReviewerAction, null);
  return (
    <form action={action} noValidate className="max-w-md">
      <FormMessage state={state} success={state?.ok ? t("reviewerAdded", { name: state.data?.name ?? "" }) : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="query" label={t("reviewerQuery")} state={state} required help={t("reviewerHelp")} autoComplete="off" />
      <SubmitButton variant="secondary">{t("addReviewer")}</SubmitButton>
    </form>
  );
}
