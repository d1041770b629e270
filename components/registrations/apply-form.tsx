"use client";
import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState } from "react";
import { AnonymousCheckbox } from "@/components/participants/anonymous-checkbox";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { AnswerFields } from "@/components/questions/answer-fields";
import type { ActionState } from "@/lib/errors";
import { applyAction } from "@/lib/registrations/actions";
import type { Question } from "@/lib/questions/limits";

export type ApplyVariant = "apply" | "applyLottery" | "applyWaitlist";

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
      <AnswerFields questions={questions} state={state} idPrefix={`apply-${frameId}`} />
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
