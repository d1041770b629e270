"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { duplicateEventAction } from "@/lib/series/actions";

/** "Duplicate for the next #N": the new date, then a draft to check and publish. */
export function DuplicateEventForm({ eventId, nextNumber, suggestedStart, timezone }: { eventId: string; nextNumber: number; suggestedStart: string; timezone: string }) {
  const t = useTranslations("series");
  const [state, action] = useActionState(duplicateEventAction, null);
  return (
    <form action={action} noValidate className="max-w-md" data-testid="duplicate-form">
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="startsAt" label={t("startsAt")} state={state} required type="datetime-local" defaultValue={suggestedStart} help={t("help", { number: nextNumber, zone: timezone })} />
      <SubmitButton variant="secondary" pendingText={t("working")}>
        {t("submit", { number: nextNumber })}
      </SubmitButton>
    </form>
  );
}
