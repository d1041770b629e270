"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";

/**
 * The event form's participant fields: 参加者への情報, the participant-only online URL, and (for a
 * published event) whether a change of date or venue is mailed to the registrants. A checked box
 * sends "1" before the hidden "0", and the form reads the first value, so unchecking is saved too.
 */
export function EventFormExtras({ state, participantInfo, onlineUrlPrivate, published }: { state: ActionState; participantInfo?: string; onlineUrlPrivate?: boolean; published?: boolean }) {
  const t = useTranslations("community.form");
  const tc = useTranslations("community.changes");
  return (
    <>
      <Field name="participantInfo" label={t("participantInfo")} state={state} help={t("participantInfoHelp")}>
        {(p) => <textarea {...p} rows={5} maxLength={20_000} defaultValue={participantInfo} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <div className="mb-4 flex items-start gap-2">
        <input id="f-onlineUrlPrivate" type="checkbox" name="onlineUrlPrivate" value="1" defaultChecked={onlineUrlPrivate} className="mt-1 h-4 w-4" aria-describedby="f-onlineUrlPrivate-help" />
        <input type="hidden" name="onlineUrlPrivate" value="0" />
        <label htmlFor="f-onlineUrlPrivate" className="text-sm">
          {t("onlineUrlPrivate")}
          <span id="f-onlineUrlPrivate-help" className="block text-xs text-slate-600 dark:text-slate-400">
            {t("onlineUrlPrivateHelp")}
          </span>
        </label>
      </div>
      {published && (
        <div className="mb-4 flex items-start gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 dark:border-amber-800 dark:bg-amber-950">
          <input id="f-notifyRegistrants" type="checkbox" name="notifyRegistrants" value="1" defaultChecked className="mt-1 h-4 w-4" aria-describedby="f-notifyRegistrants-help" />
          <input type="hidden" name="notifyRegistrants" value="0" />
          <label htmlFor="f-notifyRegistrants" className="text-sm">
            {tc("notify")}
            <span id="f-notifyRegistrants-help" className="block text-xs text-slate-600 dark:text-slate-400">
              {tc("notifyHelp")}
            </span>
          </label>
        </div>
      )}
    </>
  );
}
