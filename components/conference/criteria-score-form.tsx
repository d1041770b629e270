"use client";
import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { reviewProposalAction } from "@/lib/talks/actions";
import { ActionForm } from "./action-form";

type Criterion = { id: string; name: string; weight: number };

/** The caller's score per criterion (1–5) and comment on one proposal. */
export function CriteriaScoreForm({ proposalId, title, criteria, scores, comment }: { proposalId: string; title: string; criteria: Criterion[]; scores: Record<string, number>; comment: string }) {
  const t = useTranslations("conference");
  const tr = useTranslations("talks.review");
  return (
    <ActionForm action={reviewProposalAction} label={tr("scoreFormLabel", { title })} success="scoreSaved" className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
      <input type="hidden" name="proposalId" value={proposalId} />
      <p className="text-sm font-medium">{t("criteriaScoresLegend")}</p>
      {criteria.map((c) => (
        <fieldset key={c.id} className="mt-2" data-testid="criterion">
          <legend className="text-sm">
            {c.name} <span className="text-xs text-slate-500">{t("weight", { weight: c.weight })}</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-1">
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className="inline-flex min-h-10 min-w-10 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:bg-sky-950">
                <input type="radio" name={`scores.${c.id}`} value={n} defaultChecked={scores[c.id] === n} aria-label={`${c.name} ${n}`} className="h-4 w-4" />
                {n}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="mt-3 block text-sm font-medium">
        {tr("comment")}
        <textarea name="comment" rows={2} defaultValue={comment} maxLength={5000} className={`${inputClass} text-sm`} />
      </label>
      <button type="submit" className={`${buttonClass("secondary")} mt-2`}>
        {tr("saveScore")}
      </button>
    </ActionForm>
  );
}
