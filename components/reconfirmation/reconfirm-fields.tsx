"use client";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/form";
import type { ActionState } from "@/lib/errors";

export type ReconfirmValues = { reconfirmFrom: string; reconfirmUntil: string; reconfirmPolicy: "RELEASE" | "REMIND" };

/** The frame form's reconfirmation (参加確認) window and what happens to those who do not answer. */
export function ReconfirmFields({ state, values, timezone, disabled }: { state: ActionState; values: ReconfirmValues; timezone: string; disabled?: boolean }) {
  const t = useTranslations("reconfirm");
  return (
    <fieldset className="mb-4 rounded-md border border-slate-200 p-3 dark:border-slate-700" aria-describedby="f-reconfirm-help" data-testid="reconfirm-fields">
      <legend className="px-1 text-sm font-medium">{t("legend")}</legend>
      <p id="f-reconfirm-help" className="mb-3 text-xs text-slate-600 dark:text-slate-400">
        {t("help", { zone: timezone })}
      </p>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="reconfirmFrom" label={t("fields.reconfirmFrom")} state={state} type="datetime-local" defaultValue={values.reconfirmFrom} disabled={disabled} />
        <Field name="reconfirmUntil" label={t("fields.reconfirmUntil")} state={state} type="datetime-local" defaultValue={values.reconfirmUntil} disabled={disabled} />
      </div>
      <fieldset>
        <legend className="block text-sm font-medium">{t("fields.reconfirmPolicy")}</legend>
        <div className="mt-1 grid gap-2">
          {(["RELEASE", "REMIND"] as const).map((p) => (
            <label key={p} className="flex min-h-10 cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:bg-sky-950">
              <input type="radio" name="reconfirmPolicy" value={p} defaultChecked={values.reconfirmPolicy === p} disabled={disabled} className="mt-0.5 h-4 w-4" />
              <span>{t(`policies.${p}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </fieldset>
  );
}
