"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/ui/form";
import { buttonClass } from "@/components/ui/styles";
import { QuestionBuilder } from "@/components/questions/question-builder";
import type { Question } from "@/lib/questions/schema";
import { submitKeepingValues } from "@/components/talks/keep-values";
import { createFrameAction, updateFrameAction } from "@/lib/frames/actions";
import { METHODS, type Method } from "@/lib/registrations/schema";
import { ReconfirmFields, type ReconfirmValues } from "@/components/reconfirmation/reconfirm-fields";
import { ReportField } from "./report-field";

export type FrameFormValues = {
  name: string;
  capacity: string;
  method: Method;
  /** datetime-local text in the event's zone */
  opensAt: string;
  closesAt: string;
  drawAt: string;
  cancelDeadline: string;
  questions: Question[];
} & Partial<ReconfirmValues> & { requiresReport?: boolean };

type Props = { eventId: string; timezone: string; values: FrameFormValues } & ({ frameId?: undefined; defaultBeacon: "none" | "drand-quicknet" } | { frameId: string; drawn: boolean; frozen: boolean });

/** Adds a frame to an event, or edits one; the method is chosen once, at creation. */
export function FrameForm(props: Props) {
  const { eventId, timezone, values } = props;
  const t = useTranslations("frames");
  const tm = useTranslations("manage");
  const tc = useTranslations("common");
  const editing = props.frameId !== undefined;
  // A drawn lottery's period and draw time are part of its public record.
  const datesLocked = props.frameId !== undefined && props.drawn;
  // From a lottery's close to its draw nothing but the name may change.
  const frozen = props.frameId !== undefined && props.frozen;
  const tv = useTranslations("lotteryV2");
  const [state, action, pending] = useActionState(editing ? updateFrameAction : createFrameAction, null);
  const [method, setMethod] = useState<Method>(values.method);
  const zoneHelp = t("zone", { zone: timezone });
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="max-w-2xl">
      <FormMessage state={state} />
      {editing ? <input type="hidden" name="frameId" value={props.frameId} /> : <input type="hidden" name="eventId" value={eventId} />}
      <Field name="name" label={t("fields.name")} state={state} required defaultValue={values.name} maxLength={100} placeholder={t("namePlaceholder")} />
      <Field name="capacity" label={t("fields.capacity")} state={state} required type="number" inputMode="numeric" min={1} max={100000} defaultValue={values.capacity} disabled={frozen} />
      {editing ? (
        <p className="mb-4 text-sm" data-testid="frame-method">
          {t("methodFixed", { method: tm(`method.${values.method}`) })}
        </p>
      ) : (
        <fieldset className="mb-4" aria-describedby="f-method-help">
          <legend className="block text-sm font-medium">{t("fields.method")}</legend>
          <div className="mt-1 grid gap-2">
            {METHODS.map((m) => (
              <label key={m} className="flex min-h-10 cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:bg-sky-950">
                <input type="radio" name="method" value={m} checked={method === m} onChange={() => setMethod(m)} className="mt-0.5 h-4 w-4" />
                <span>{t(`methods.${m}`)}</span>
              </label>
            ))}
          </div>
          <p id="f-method-help" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {t("methodHelp")}
          </p>
        </fieldset>
      )}
      {!editing && method === "LOTTERY" && (
        <fieldset className="mb-4" aria-describedby="f-beacon-help">
          <legend className="block text-sm font-medium">{tv("beaconField")}</legend>
          <div className="mt-1 grid gap-2">
            {(["drand-quicknet", "none"] as const).map((b) => (
              <label key={b} className="flex min-h-10 cursor-pointer items-start gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-sky-700 has-[:checked]:bg-sky-50 dark:border-slate-600 dark:bg-slate-900 dark:has-[:checked]:bg-sky-950">
                <input type="radio" name="beacon" value={b} defaultChecked={props.frameId === undefined && props.defaultBeacon === b} className="mt-0.5 h-4 w-4" />
                <span>{tv(`beaconOptions.${b}`)}</span>
              </label>
            ))}
          </div>
          <p id="f-beacon-help" className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            {tv("beaconHelp")}
          </p>
        </fieldset>
      )}
      {frozen && (
        <p role="note" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="frame-frozen">
          {tv("frozen")}
        </p>
      )}
      {datesLocked && (
        <p role="note" className="mb-4 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {t("drawnDatesLocked")}
        </p>
      )}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field name="opensAt" label={t("fields.opensAt")} state={state} required type="datetime-local" defaultValue={values.opensAt} help={zoneHelp} disabled={datesLocked || frozen} />
        <Field name="closesAt" label={t("fields.closesAt")} state={state} required type="datetime-local" defaultValue={values.closesAt} help={zoneHelp} disabled={datesLocked || frozen} />
        {method === "LOTTERY" && (
          <Field name="drawAt" label={t("fields.drawAt")} state={state} type="datetime-local" defaultValue={values.drawAt} help={t("drawAtHelp", { zone: timezone })} disabled={datesLocked || frozen} />
        )}
        <Field name="cancelDeadline" label={t("fields.cancelDeadline")} state={state} type="datetime-local" defaultValue={values.cancelDeadline} help={t("cancelDeadlineHelp", { zone: timezone })} disabled={frozen} />
      </div>
      <ReportField defaultChecked={values.requiresReport ?? false} disabled={frozen} />
      <ReconfirmFields
        state={state}
        timezone={timezone}
        disabled={frozen}
        values={{ reconfirmFrom: values.reconfirmFrom ?? "", reconfirmUntil: values.reconfirmUntil ?? "", reconfirmPolicy: values.reconfirmPolicy ?? "RELEASE" }}
      />
      <fieldset className="mb-4" aria-describedby="f-questions-help">
        <legend className="block text-sm font-medium">{t("fields.questions")}</legend>
        <p id="f-questions-help" className="mb-2 text-xs text-slate-600 dark:text-slate-400">
          {t("questionsHelp")}
        </p>
        <QuestionBuilder name="questions" initial={values.questions} state={state} disabled={frozen} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {pending ? tc("saving") : editing ? tc("save") : t("create")}
        </button>
        <Link href={`/events/${eventId}/manage`} className="text-sm text-sky-800 underline dark:text-sky-300">
          {t("backToManage")}
        </Link>
      </div>
    </form>
  );
}
