"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { createTokenAction } from "@/lib/tokens/actions";

export function TokenForm() {
  const t = useTranslations("settings");
  const [state, action] = useActionState(createTokenAction, null);
  const token = state?.ok ? state.data?.token : undefined;
  return (
    <form action={action} noValidate className="max-w-xl">
      <FormMessage state={state} />
      {token && (
        <div role="status" className="mb-4 rounded-md bg-emerald-50 p-3 text-sm text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100">
          <p className="mb-1 font-semibold">{t("newToken")}</p>
          <code className="block break-all rounded bg-white px-2 py-1 font-mono text-xs text-slate-900" data-testid="new-token">
            {token}
          </code>
        </div>
      )}
      <Field name="name" label={t("tokenName")} state={state} required maxLength={60} placeholder="CI script" />
      <SubmitButton>{t("createToken")}</SubmitButton>
    </form>
  );
}
