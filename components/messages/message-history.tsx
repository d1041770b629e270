import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth-types";
import { messageHistory } from "@/lib/messages/service";
import { formatDateTime, type Locale } from "@/lib/time";
import { CancelScheduledMessage, MessageComposer } from "./message-composer";

/** The manage page's targeted messages: the composer and the history (newest first). */
export async function MessagesSection({ actor, event, frames, locale }: { actor: Actor; event: { id: string; timezone: string }; frames: { id: string; name: string }[]; locale: Locale }) {
  const [t, history] = await Promise.all([getTranslations("messages"), messageHistory(actor, event.id)]);
  const frameName = new Map(frames.map((f) => [f.id, f.name]));
  return (
    <section aria-labelledby="messages-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="messages-heading" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <MessageComposer eventId={event.id} frames={frames} timezone={event.timezone} />
      <h3 className="mt-4 font-medium">{t("history")}</h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-200 text-sm dark:divide-slate-800" data-testid="message-history">
          {history.map((m) => (
            <li key={m.id} className="py-2" data-testid="message-entry">
              <p className="font-medium">{m.subject}</p>
              <p className="text-slate-600 dark:text-slate-400">
                {t(`audiences.${m.audience as "CONFIRMED"}`)}
                {m.frameId && `: ${frameName.get(m.frameId) ?? ""}`} ·{" "}
                {m.sentAt ? t("sentAt", { at: formatDateTime(m.sentAt, event.timezone, locale), count: m.recipients ?? 0 }) : t("scheduledAt", { at: formatDateTime(m.sendAt, event.timezone, locale) })}
              </p>
              {!m.sentAt && <CancelScheduledMessage messageId={m.id} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
