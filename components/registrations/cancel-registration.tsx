"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { cancelAction } from "@/lib/registrations/actions";

export function CancelRegistration({ registrationId }: { registrationId: string }) {
  const t = useTranslations("registration");
  const [state, action] = useActionState(cancelAction, null);
  return (
    <form
      action={action}
      className="mt-3"
      onSubmit={(e) => {
        if (!window.confirm(t("cancelConfirm"))) e.preventDefault();
      }}
    >
      <FormMessage state={state} success={t("cancelled")} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <SubmitButton variant="secondary" pendingText={t("sending")}>
        {t("cancel")}
      </SubmitButton>
    </form>
  );
}
