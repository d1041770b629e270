"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { submitKeepingValues } from "@/components/talks/keep-values";
import { approveAction, drawAction, messageAction, rejectAction, voidLotteryAction } from "@/lib/frames/actions";

/** Draws a lottery frame after a confirmation; before the close it explains when it can be drawn. */
export function DrawButton({ frameId, frameName, closed, closesAtText }: { frameId: string; frameName: string; closed: boolean; closesAtText: string }) {
  const t = useTranslations("manage");
  const [state, action] = useActionState(drawAction, null);
  const helpId = `draw-help-${frameId}`;
  return (
    <form
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("drawConfirm", { frame: frameName }))) e.preventDefault();
      }}
      className="mt-3"
    >
      <FormMessage state={state} success={t("drawn")} />
      <input type="hidden" name="frameId" value={frameId} />
      <DrawSubmit disabled={!closed} describedBy={closed ? undefined : helpId} label={t("draw")} pendingLabel={t("drawing")} />
      {!closed && (
        <p id={helpId} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {t("drawAfterClose", { closesAt: closesAtText })}
        </p>
      )}
    </form>
  );
}

function DrawSubmit({ disabled, describedBy, label, pendingLabel }: { disabled: boolean; describedBy?: string; label: string; pendingLabel: string }) {
  // SubmitButton cannot be disabled from outside; the draw stays unavailable until the close.
  return disabled ? (
    <button type="submit" disabled aria-describedby={describedBy} className={buttonClass()}>
      {label}
    </button>
  ) : (
    <SubmitButton pendingText={pendingLabel}>{label}</SubmitButton>
  );
}

/** Approve or reject one pending application of an approval frame. */
export function DecisionButtons({ registrationId, name }: { registrationId: string; name: string }) {
  const t = useTranslations("manage");
  const [approved, approve] = useActionState(approveAction, null);
  const [rejected, reject] = useActionState(rejectAction, null);
  return (
    <div role="group" aria-label={t("decideLabel", { name })} className="flex flex-wrap gap-2">
      <FormMessage state={approved} success={t("approved")} />
      <FormMessage state={rejected} success={t("rejected")} />
      <form action={approve}>
        <input type="hidden" name="registrationId" value={registrationId} />
        <SubmitButton>{t("approve")}</SubmitButton>
      </form>
      <form
        action={reject}
        onSubmit={(e) => {
          if (!window.confirm(t("rejectConfirm", { name }))) e.preventDefault();
        }}
      >
        <input type="hidden" name="registrationId" value={registrationId} />
        <SubmitButton variant="secondary">{t("reject")}</SubmitButton>
      </form>
    </div>
  );
}

/** A mail to every confirmed participant, through the outbox. */
export function MessageForm({ eventId, recipients }: { eventId: string; recipients: number }) {
  const t = useTranslations("manage.message");
  const [state, action] = useActionState(messageAction, null);
  const sent = state?.ok ? (state.data?.sent ?? "0") : null;
  const form = useRef<HTMLFormElement>(null);
  // A refused message keeps its text; a sent one is cleared so it is not sent twice by mistake.
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form
      ref={form}
      action={action}
      onSubmit={(e) => {
        if (!window.confirm(t("confirm", { count: recipients }))) {
          e.preventDefault();
          return;
        }
        submitKeepingValues(action)(e);
      }}
      noValidate
      className="max-w-2xl"
    >
      <FormMessage state={state} success={sent === null ? undefined : t("sent", { sent })} />
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("help", { count: recipients })}</p>
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="subject" label={t("subject")} state={state} required maxLength={200} />
      <Field name="body" label={t("body")} state={state} required>
        {(p) => <textarea {...p} rows={6} maxLength={5000} className={inputClass} />}
      </Field>
      <SubmitButton pendingText={t("sending")}>{t("send")}</SubmitButton>
    </form>
  );
}

/**
 * Voids a closed, undrawn lottery: a public reason, and what the new lottery changes. Shown only
 * from the time voiding is allowed (voidableFrom).
 */
export function VoidLotteryForm({ frameId, timezone }: { frameId: string; timezone: string }) {
  const t = useTranslations("lotteryV2.void");
  const tf = useTranslations("frames");
  const [state, action] = useActionState(voidLotteryAction, null);
  return (
    <details className="mt-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700" data-testid="void-lottery">
      <summary className="cursor-pointer font-semibold">{t("title")}</summary>
      <form
        action={action}
        onSubmit={(e) => {
          if (!window.confirm(t("confirm"))) {
            e.preventDefault();
            return;
          }
          submitKeepingValues(action)(e);
        }}
        noValidate
        className="mt-2 max-w-2xl"
      >
        <FormMessage state={state} success={t("done")} />
        <p className="mb-3 text-slate-600 dark:text-slate-400">{t("help")}</p>
        <input type="hidden" name="frameId" value={frameId} />
        <Field name="reason" label={t("reason")} state={state} required>
          {(p) => <textarea {...p} rows={2} maxLength={500} className={inputClass} />}
        </Field>
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field name="capacity" label={t("capacity")} state={state} type="number" inputMode="numeric" min={1} max={100000} />
          <Field name="closesAt" label={t("closesAt")} state={state} type="datetime-local" help={tf("zone", { zone: timezone })} />
          <Field name="drawAt" label={t("drawAt")} state={state} type="datetime-local" help={tf("zone", { zone: timezone })} />
        </div>
        <SubmitButton variant="secondary">{t("submit")}</SubmitButton>
      </form>
    </details>
  );
}
