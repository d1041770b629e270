"use client";
import { useTranslations } from "next-intl";
import { type ReactNode, useActionState } from "react";
import { FormMessage } from "@/components/ui/form";
import type { ActionState } from "@/lib/errors";

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * A form bound to one server action, with its outcome above it: the error code's message and
 * the fields' errors, or `success` (a key of the "conference" messages, filled with the action's
 * data). `confirm` asks before submitting.
 */
export function ActionForm({ action, success, label, confirm, className, children }: { action: Action; success?: string; label: string; confirm?: string; className?: string; children: ReactNode }) {
  const t = useTranslations("conference");
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState(action, null);
  const fieldErrors = state && !state.ok ? Object.entries(state.fields ?? {}) : [];
  return (
    <form action={formAction} aria-label={label} aria-busy={pending} className={className} onSubmit={confirm ? (e) => (!window.confirm(confirm) ? e.preventDefault() : undefined) : undefined}>
      <FormMessage state={state} success={state?.ok && success ? t(success, state.data ?? {}) : undefined} />
      {fieldErrors.length > 0 && (
        <ul role="alert" className="mb-2 text-sm text-red-700 dark:text-red-400">
          {fieldErrors.flatMap(([field, keys]) => keys.map((k) => <li key={`${field}-${k}`}>{te.has(k) ? te(k) : te("invalid")}</li>))}
        </ul>
      )}
      {children}
    </form>
  );
}
