import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { EventWithRelations } from "@/lib/events/service";
import { SeatSummary } from "@/components/participants/seat-summary";
import type { SeatCounts } from "@/lib/participants/service";
import { currentLocale } from "@/lib/i18n/server";
import { formatRange } from "@/lib/time";
import { PinIcon, ScreenIcon } from "@/components/ui/icons";

export async function EventCard({ event, seats, showGroup = true }: { event: EventWithRelations; seats: SeatCounts | undefined; showGroup?: boolean }) {
  const t = await getTranslations("events");
  const locale = await currentLocale();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-800 dark:bg-slate-900" data-testid="event-card">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <time dateTime={event.startsAt.toISOString()}>{formatRange(event.startsAt, event.endsAt, event.timezone, locale)}</time>
        {event.status !== "PUBLISHED" && (
          <span className={`rounded px-1.5 py-0.5 font-semibold ${event.status === "CANCELLED" ? "bg-red-100 text-red-800" : "bg-amber-100 text-amber-900"}`}>
            {t(`status.${event.status}`)}
          </span>
        )}
      </div>
      <h3 className="mt-1 text-lg font-semibold">
        <Link href={`/events/${event.id}`} className="hover:underline">
          {event.title}
        </Link>
      </h3>
      {event.catchphrase && <p className="text-sm text-slate-700 dark:text-slate-300">{event.catchphrase}</p>}
      <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-600 dark:text-slate-400">
        {showGroup && (
          <Link href={`/groups/${event.group.slug}`} className="hover:underline">
            {event.group.name}
          </Link>
        )}
        {event.seriesNumber !== null && <span className="text-slate-500">{t("series", { number: event.seriesNumber })}</span>}
        {event.venueName && (
          <span className="inline-flex items-center gap-1">
            <PinIcon />
            {event.venueName}
          </span>
        )}
        {event.onlineUrl && (
          <span className="inline-flex items-center gap-1">
            <ScreenIcon />
            {t("online")}
          </span>
        )}
        <SeatSummary seats={seats} />
      </div>
      {event.tags.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tag")}>
          {event.tags.map(({ tag }) => (
            <li key={tag}>
              <Link href={`/events?tag=${encodeURIComponent(tag)}`} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800 hover:bg-sky-100 dark:bg-sky-950 dark:text-sky-200">
                #{tag}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
