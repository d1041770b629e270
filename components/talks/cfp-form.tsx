"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { QuestionBuilder } from "@/components/questions/question-builder";
import type { Question } from "@/lib/questions/schema";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { saveCfpAction } from "@/lib/talks/actions";
import { submitKeepingValues } from "./keep-values";

export type CfpFormValues = { opensAt: string; closesAt: string; guidelines: string; formats: string; tracks: string; maxCoSpeakers: string; questions: Question[] };

/** The organizers' settings of an event's call for proposals. */
export function CfpForm({ eventId, timezone, values }: { eventId: string; timezone: string; values: CfpFormValues }) {
  const t = useTranslations("talks.cfpForm");
  const tc = useTranslations("common");
  const tq = useTranslations("questions");
  const [state, action, pending] = useActionState(saveCfpAction, null);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="max-w-2xl">
      <FormMessage state={state} success={tc("saved")} />
      <input type="hidden" name="eventId" value={eventId} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="opensAt" label={t("opensAt")} state={state} required type="datetime-local" defaultValue={values.opensAt} help={t("zone", { zone: timezone })} />
        <Field name="closesAt" label={t("closesAt")} state={state} required type="datetime-local" defaultValue={values.closesAt} help={t("zone", { zone: timezone })} />
      </div>
      <Field name="formats" label={t("formats")} state={state} required help={t("formatsHelp")}>
        {(p) => <textarea {...p} rows={4} defaultValue={values.formats} placeholder={"LT 5\nTalk 20\nSession 40"} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <Field name="tracks" label={t("tracks")} state={state} defaultValue={values.tracks} help={t("tracksHelp")} />
      <Field name="maxCoSpeakers" label={t("maxCoSpeakers")} state={state} type="number" inputMode="numeric" min={0} max={20} defaultValue={values.maxCoSpeakers} help={t("maxCoSpeakersHelp")} />
      <Field name="guidelines" label={t("guidelines")} state={state} help={t("guidelinesHelp")}>
        {(p) => <textarea {...p} rows={10} defaultValue={values.guidelines} className={`${inputClass} font-mono text-sm`} />}
      </Field>
      <fieldset className="mb-4" aria-describedby="cfp-questions-help">
        <legend className="block text-sm font-medium">{tq("cfpTitle")}</legend>
        <p id="cfp-questions-help" className="mb-2 text-xs text-slate-600 dark:text-slate-400">
          {tq("cfpHelp")}
        </p>
        <QuestionBuilder name="questions" initial={values.questions} state={state} idPrefix="cfpq" />
      </fieldset>
      <button type="submit" disabled={pending} className={buttonClass()}>
        {pending ? tc("saving") : tc("save")}
      </button>
    </form>
  );
}
