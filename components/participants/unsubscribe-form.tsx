"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/ui/form";
import { unsubscribeAction } from "@/lib/notifications/actions";

export function UnsubscribeForm({ token, scope }: { token: string; scope: "all" | "group" }) {
  const t = useTranslations("community.unsubscribe");
  const [state, action] = useActionState(unsubscribeAction, null);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100" data-testid="unsubscribed">
        {scope === "all" ? t("doneAll") : t("doneGroup")}
      </p>
    );
  }
  return (
    <form action={action} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton variant="danger">{t("button")}</SubmitButton>
    </form>
  );
}
