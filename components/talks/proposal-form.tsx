"use client";
import { AnswerFields } from "@/components/questions/answer-fields";
import type { Answers, Question } from "@/lib/questions/schema";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { submitProposalAction, updateProposalAction } from "@/lib/talks/actions";
import { type Format, LANGUAGES, LEVELS } from "@/lib/talks/schema";
import { submitKeepingValues } from "./keep-values";

export type ProposalFormValues = { title: string; abstract: string; formatId: string; level: string; language: string; tags: string; notes: string };

type Target = { eventId: string; proposalId?: never } | { proposalId: string; eventId?: never };

/** Submits a new proposal to an event's call, or edits one (by its speakers). */
export function ProposalForm({ target, formats, values, questions = [], answers = {} }: { target: Target; formats: Format[]; values?: Partial<ProposalFormValues>; questions?: Question[]; answers?: Answers }) {
  const t = useTranslations("talks.proposalForm");
  const tc = useTranslations("common");
  const editing = Boolean(target.proposalId);
  const [state, action, pending] = useActionState(editing ? updateProposalAction : submitProposalAction, null);
  const v = { title: "", abstract: "", formatId: formats[0]?.id ?? "", level: "BEGINNER", language: "ja", tags: "", notes: "", ...values };
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="max-w-2xl">
      <FormMessage state={state} success={editing ? tc("saved") : undefined} />
      {target.proposalId ? <input type="hidden" name="proposalId" value={target.proposalId} /> : <input type="hidden" name="eventId" value={target.eventId} />}
      <Field name="title" label={t("title")} state={state} required defaultValue={v.title} maxLength={150} />
      <Field name="abstract" label={t("abstract")} state={state} help={t("abstractHelp")}>
        {(p) => <textarea {...p} rows={8} defaultValue={v.abstract} className={`${inputClass} text-sm`} />}
      </Field>
      <Choices name="formatId" legend={t("format")} state={state} value={v.formatId} options={formats.map((f) => ({ value: f.id, label: t("formatOption", { name: f.name, minutes: f.minutes }) }))} />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Choices name="level" legend={t("level")} state={state} value={v.level} options={LEVELS.map((l) => ({ value: l, label: t(`levels.${l}`) }))} />
        <Choices name="language" legend={t("language")} state={state} value={v.language} options={LANGUAGES.map((l) => ({ value: l, label: t(`languages.${l}`) }))} />
      </div>
      <Field name="tags" label={t("tags")} state={state} defaultValue={v.tags} help={t("tagsHelp")} />
      <Field name="notes" label={t("notes")} state={state} help={t("notesHelp")}>
        {(p) => <textarea {...p} rows={4} defaultValue={v.notes} className={`${inputClass} text-sm`} />}
      </Field>
      {questions.length > 0 && (
        <div className="mb-4 space-y-3">
          <AnswerFields questions={questions} state={state} idPrefix="proposal" values={answers} />
        </div>
      )}
      <button type="submit" disabled={pending} className={buttonClass()}>
        {pending ? tc("saving") : editing ? tc("save") : t("submit")}
      </button>
    </form>
  );
}

/** A required one-of-many choice as radio buttons, with its translated errors. */
function Choices({ name, legend, state, value, options }: { name: string; legend: string; state: ActionState; value: string; options: { value: string; label: string }[] }) {
  const te = useTranslations("errors");
  const errors = state && !state.ok ? (state.fields?.[name] ?? []) : [];
  const errorId = `f-${name}-error`;
  return (
    <fieldset className="mb-4" aria-describedby={errors.length ? errorId : undefined}>
      <legend className="block text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-9 items-center gap-2 text-sm">
            <input type="radio" name={name} value={o.value} defaultChecked={o.value === value} className="h-4 w-4" />
            {o.label}
          </label>
        ))}
      </div>
      {errors.length > 0 && (
        <ul id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
          {errors.map((key) => (
            <li key={key}>{te.has(key) ? te(key) : te("invalid")}</li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
