"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { AnonymousCheckbox } from "@/components/participants/anonymous-checkbox";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import type { ActionState } from "@/lib/errors";
import { applyAction } from "@/lib/registrations/actions";
import type { Question } from "@/lib/registrations/schema";

export type ApplyVariant = "apply" | "applyLottery" | "applyWaitlist";

function FieldErrors({ id, state, name }: { id: string; state: ActionState; name: string }) {
  const t = useTranslations("errors");
  const errors = state && !state.ok ? (state.fields?.[name] ?? []) : [];
  if (!errors.length) return null;
  return (
    <ul id={id} className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
      {errors.map((key) => (
        <li key={key}>{t.has(key) ? t(key) : t("invalid")}</li>
      ))}
    </ul>
  );
}

/** The application form of one frame: its questions and one submit button. */
export function ApplyForm({ eventId, frameId, questions, variant }: { eventId: string; frameId: string; questions: Question[]; variant: ApplyVariant }) {
  const t = useTranslations("registration");
  const [state, action] = useActionState(applyAction, null);
  const hasError = (name: string) => Boolean(state && !state.ok && state.fields?.[name]?.length);
  const requiredMark = <span className="ml-2 rounded bg-red-50 px-1 text-xs font-normal text-red-800 dark:bg-red-950 dark:text-red-200">{t("required")}</span>;
  return (
    <form action={action} className="mt-3 space-y-3">
      <FormMessage state={state} success={t("applied")} />
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="frameId" value={frameId} />
      {questions.map((q) => {
        const name = `answers.${q.id}`;
        // Ids carry the frame: two open frames may both have a question "q1".
        const id = `apply-${frameId}-${q.id}`;
        const errorId = `${id}-error`;
        if (q.kind === "choice") {
          return (
            <fieldset key={q.id} aria-describedby={hasError(name) ? errorId : undefined}>
              <legend className="text-sm font-medium">
                {q.label}
                {q.required && requiredMark}
              </legend>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {(q.choices ?? []).map((choice) => (
                  <label key={choice} className="inline-flex items-center gap-2 text-sm">
                    <input type="radio" name={name} value={choice} required={q.required} className="h-4 w-4" />
                    {choice}
                  </label>
                ))}
              </div>
              <FieldErrors id={errorId} state={state} name={name} />
            </fieldset>
          );
        }
        return (
          <div key={q.id}>
            <label htmlFor={id} className="block text-sm font-medium">
              {q.label}
              {q.required && requiredMark}
            </label>
            <input id={id} name={name} required={q.required} maxLength={2000} aria-invalid={hasError(name)} aria-describedby={hasError(name) ? errorId : undefined} className={inputClass} />
            <FieldErrors id={errorId} state={state} name={name} />
          </div>
        );
      })}
      <AnonymousCheckbox frameId={frameId} />
      <SubmitButton pendingText={t("sending")}>{t(variant)}</SubmitButton>
    </form>
  );
}
