"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field, FormMessage, SubmitButton } from "@/components/ui/form";
import { inputClass } from "@/components/ui/styles";
import { cancelMessageAction, sendMessageAction } from "@/lib/messages/actions";
import { AUDIENCES, type Audience } from "@/lib/messages/schema";

/** Write to a chosen audience of the event, now or at a later time. */
export function MessageComposer({ eventId, frames, timezone }: { eventId: string; frames: { id: string; name: string }[]; timezone: string }) {
  const t = useTranslations("messages");
  const [state, action] = useActionState(sendMessageAction, null);
  const [audience, setAudience] = useState<Audience>("CONFIRMED");
  const success = state?.ok ? (state.data?.scheduled ? t("scheduled") : t("sent", { count: Number(state.data?.sent ?? 0) })) : undefined;
  return (
    <form action={action} noValidate data-testid="message-composer" key={state?.ok ? JSON.stringify(state.data) : "form"}>
      <FormMessage state={state} success={success} />
      <input type="hidden" name="eventId" value={eventId} />
      <Field name="audience" label={t("audience")} state={state} required>
        {(p) => (
          <select {...p} value={audience} onChange={(e) => setAudience(e.target.value as Audience)} className={inputClass}>
            {AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {t(`audiences.${a}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {audience === "FRAME" && (
        <Field name="frameId" label={t("frame")} state={state} required>
          {(p) => (
            <select {...p} className={inputClass}>
              {frames.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field name="subject" label={t("subject")} state={state} required maxLength={200} />
      <Field name="body" label={t("body")} state={state} required>
        {(p) => <textarea {...p} rows={5} maxLength={5000} className={inputClass} />}
      </Field>
      <Field name="sendAt" label={t("sendAt")} state={state} type="datetime-local" help={t("sendAtHelp", { zone: timezone })} />
      <SubmitButton pendingText={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}

/** Withdraws a scheduled message that has not gone out. */
export function CancelScheduledMessage({ messageId }: { messageId: string }) {
  const t = useTranslations("messages");
  const [state, action] = useActionState(cancelMessageAction, null);
  return (
    <form action={action} className="inline">
      <FormMessage state={state} />
      <input type="hidden" name="messageId" value={messageId} />
      <SubmitButton variant="secondary">{t("withdraw")}</SubmitButton>
    </form>
  );
}
