"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { setAnonymousAction } from "@/lib/participants/actions";

/** On the ticket: switch between appearing by name and anonymously in the participant list. */
export function AnonymousToggle({ registrationId, anonymous }: { registrationId: string; anonymous: boolean }) {
  const t = useTranslations("community.anonymity");
  const [state, action] = useActionState(setAnonymousAction, null);
  return (
    <form action={action} className="space-y-2" data-testid="anonymity">
      <FormMessage state={state} success={t("saved")} />
      <p className="text-sm">{anonymous ? t("nowAnonymous") : t("nowNamed")}</p>
      <input type="hidden" name="registrationId" value={registrationId} />
      <input type="hidden" name="anonymous" value={anonymous ? "0" : "1"} />
      <SubmitButton variant="secondary">{anonymous ? t("showName") : t("hideName")}</SubmitButton>
    </form>
  );
}
