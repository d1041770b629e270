"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import type { ActionState } from "@/lib/errors";
import { buttonClass, inputClass } from "./styles";


type FieldProps = {
  name: string;
  label: string;
  state: ActionState;
  help?: string;
  required?: boolean;
  children?: (props: { id: string; name: string; "aria-invalid": boolean; "aria-describedby"?: string; required?: boolean }) => ReactNode;
} & Omit<React.InputHTMLAttributes<HTMLInputElement>, "children" | "name">;

/** A labelled input with its help text and translated errors, linked for screen readers. */
export function Field({ name, label, state, help, required, children, ...input }: FieldProps) {
  const t = useTranslations("errors");
  const tc = useTranslations("common");
  const errors = state && !state.ok ? (state.fields?.[name] ?? []) : [];
  const id = `f-${name}`;
  const describedBy = [help ? `${id}-help` : null, errors.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  const props = { id, name, "aria-invalid": errors.length > 0, "aria-describedby": describedBy, required };
  return (
    <div className="mb-4">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
        {!required && <span className="ml-1 text-xs font-normal text-slate-500">({tc("optional")})</span>}
      </label>
      {children ? children(props) : <input {...props} {...input} className={inputClass} />}
      {help && (
        <p id={`${id}-help`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      )}
      {errors.length > 0 && (
        <ul id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400" role="alert">
          {errors.map((key) => (
            <li key={key}>{t.has(key) ? t(key) : t("invalid")}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The form-level outcome: an error code's message, or a success note. */
export function FormMessage({ state, success }: { state: ActionState; success?: string }) {
  const t = useTranslations("errors.codes");
  if (!state) return null;
  if (state.ok) {
    return success ? (
      <p role="status" className="mb-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
        {success}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="mb-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
      {t.has(state.code) ? t(state.code) : t("INTERNAL")}
    </p>
  );
}

export function SubmitButton({ children, variant = "primary", pendingText }: { children: ReactNode; variant?: "primary" | "secondary" | "danger"; pendingText?: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
