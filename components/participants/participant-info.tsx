import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";

/**
 * 参加者への情報 and a participant-only online URL. Rendered only for insiders (organizers and
 * seat holders): the caller decides, from getEventForViewer's `insider`.
 */
export async function ParticipantInfo({ event }: { event: { participantInfo: string; onlineUrl: string | null; onlineUrlPrivate: boolean } }) {
  const t = await getTranslations("community.info");
  const privateUrl = event.onlineUrlPrivate && event.onlineUrl;
  if (!event.participantInfo.trim() && !privateUrl) return null;
  return (
    <section aria-labelledby="participant-info-heading" className="rounded-lg border-2 border-emerald-200 bg-emerald-50/50 p-4 dark:border-emerald-900 dark:bg-emerald-950/30" data-testid="participant-info">
      <h2 id="participant-info-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("visibility")}</p>
      {privateUrl && (
        <p className="mt-2 text-sm">
          <span className="font-semibold">{t("onlineUrl")}: </span>
          <a href={event.onlineUrl!} className="break-all text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer nofollow" data-testid="private-online-url">
            {event.onlineUrl}
          </a>
        </p>
      )}
      {event.participantInfo.trim() && (
        <div className="mt-2">
          <Markdown>{event.participantInfo}</Markdown>
        </div>
      )}
    </section>
  );
}
