"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { type DoorState, walkInAction } from "@/lib/door/actions";

export type WalkInFrame = { id: string; name: string; free: number };

/** A walk-in (当日参加): a name typed by staff takes a free seat, checked in at once. */
export function WalkInForm({ eventId, frames }: { eventId: string; frames: WalkInFrame[] }) {
  const t = useTranslations("door");
  const [state, dispatch] = useActionState<DoorState, FormData>(walkInAction, null);
  const open = frames.filter((f) => f.free > 0);
  if (!open.length) return <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="walk-in-full">{t("walkInFull")}</p>;
  return (
    <form action={dispatch} noValidate data-testid="walk-in-form">
      <FormMessage state={state} success={state?.ok ? t("walkInDone", { name: state.name ?? "", receipt: state.receiptNumber ?? 0 }) : undefined} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="name" label={t("walkInName")} state={state} required maxLength={100} autoComplete="off" />
      <div className="mb-4">
        <label htmlFor="walk-in-frame" className="block text-sm font-medium">
          {t("walkInFrame")}
        </label>
        <select id="walk-in-frame" name="frameId" className={inputClass} defaultValue={open[0]!.id}>
          {open.map((f) => (
            <option key={f.id} value={f.id}>
              {t("frameFree", { frame: f.name, free: f.free })}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton pendingText={t("working")}>{t("walkInSubmit")}</SubmitButton>
    </form>
  );
}
