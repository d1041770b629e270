"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
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

type ApplyState = ActionState | { ok: false; code: "REQUEST_FAILED" };

/**
 * Sends the application. A request that fails or is cut off (offline, the server restarting)
 * becomes a message beside the form instead of an error page, and the answers stay as typed: a
 * second try is safe (one active registration per person and event).
 */
async function sendApplication(prev: ApplyState, form: FormData): Promise<ApplyState> {
  try {
    return await applyAction(prev && !prev.ok && prev.code === "REQUEST_FAILED" ? null : (prev as ActionState), form);
  } catch {
    return { ok: false, code: "REQUEST_FAILED" };
  }
}

/** The application form of one frame: its questions and one submit button. */
export function ApplyForm({ eventId, frameId, questions, variant, reportRequired = false }: { eventId: string; frameId: string; questions: Question[]; variant: ApplyVariant; reportRequired?: boolean }) {
  const t = useTranslations("registration");
  const [result, action] = useActionState(sendApplication, null);
  const failed = result !== null && !result.ok && result.code === "REQUEST_FAILED";
  const state: ActionState = failed ? null : (result as ActionState);
  // With JavaScript the form is sent from here, so React does not clear the answers afterwards.
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    startTransition(() => action(form));
  };
  const hasError = (name: string) => Boolean(state && !state.ok && state.fields?.[name]?.length);
  const requiredMark = <span className="ml-2 rounded bg-red-50 px-1 text-xs font-normal text-red-800 dark:bg-red-950 dark:text-red-200">{t("required")}</span>;
  return (
    <form action={action} onSubmit={onSubmit} className="mt-3 space-y-3">
      <FormMessage state={state} success={t("applied")} />
      {failed && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200" data-testid="apply-request-failed">
          {t("requestFailed")}
        </p>
      )}
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
      {/* ブログ枠: applying is a promise to post a report after the event. */}
      {reportRequired && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="apply-report-note">
          {t("report.applyNote")}
        </p>
      )}
      <SubmitButton pendingText={t("sending")}>{t(variant)}</SubmitButton>
    </form>
  );
}
