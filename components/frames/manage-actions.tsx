"use client";
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { submitKeepingValues } from "@/components/talks/keep-values";
import { approveAction, drawAction, messageAction, rejectAction } from "@/lib/frames/actions";

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
