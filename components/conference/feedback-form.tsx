"use client";
import { useTranslations } from "next-intl";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { giveFeedbackAction } from "@/lib/feedback/actions";
import { ActionForm } from "./action-form";

/** Rating (1–5) and comment on a talk, for people who attended it. */
export function FeedbackForm({ talkId, rating, comment }: { talkId: string; rating: number | null; comment: string }) {
  const t = useTranslations("conference.feedback");
  return (
    <ActionForm action={giveFeedbackAction} label={t("title")} success="feedback.sent" className="space-y-2">
      <input type="hidden" name="proposalId" value={talkId} />
      <fieldset>
        <legend className="text-sm font-medium">{t("rating")}</legend>
        <div className="mt-1 flex flex-wrap gap-1">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className="inline-flex min-h-10 min-w-10 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900">
              <input type="radio" name="rating" value={n} defaultChecked={rating === n} className="h-4 w-4" />
              {n}
            </label>
          ))}
        </div>
      </fieldset>
      <label className="block text-sm font-medium">
        {t("comment")}
        <textarea name="comment" rows={3} maxLength={2000} defaultValue={comment} className={inputClass} />
      </label>
      <button type="submit" className={buttonClass()}>
        {t("send")}
      </button>
    </ActionForm>
  );
}
