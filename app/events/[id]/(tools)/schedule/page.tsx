import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { zoneName } from "@/components/schedule/clock";
import { Timetable } from "@/components/schedule/timetable";
import { VersionNotes } from "@/components/schedule/version-notes";
import { buttonClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { or404 } from "@/lib/pages";
import { scheduleForViewer } from "@/lib/schedule/service";
import { EventHeading } from "@/components/events/event-heading";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => or404(scheduleForViewer(await getActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await load((await params).id);
  return { title: (await getTranslations("schedule"))("pageTitle", { event: event.title }) };
}

/** The timetable: public once published; organizers always see it, marked as not yet public. */
export default async function SchedulePage({ params }: Props) {
  const { id } = await params;
  const schedule = await load(id);
  const [t, locale] = await Promise.all([getTranslations("schedule"), currentLocale()]);
  const { event, organizer, visible } = schedule;
  const base = `/api/v1/events/${event.id}`;
  return (
    <article className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        {visible && (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {t("zone", { zone: `${event.timezone} (${zoneName(event.startsAt, event.timezone, locale)})` })}
          </p>
        )}
      </header>

      {organizer && (
        <div className="flex flex-wrap items-center gap-3">
          {!event.schedulePublished && (
            <p role="note" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
              {t("notPublishedOrganizer")}
            </p>
          )}
          <Link href={`/events/${event.id}/timetable/edit`} className={buttonClass("secondary")}>
            {t("edit")}
          </Link>
        </div>
      )}

      {!visible ? (
        <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
          {t("notPublished")}
        </p>
      ) : (
        <>
          {event.schedulePublished && <VersionNotes versions={schedule.versions} timezone={event.timezone} locale={locale} />}
          <Timetable schedule={schedule} locale={locale} />
          <section aria-labelledby="schedule-exports" className="text-sm">
            <h2 id="schedule-exports" className="mb-1 font-semibold">
              {t("exports")}
            </h2>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <a href={`${base}/schedule.ics`} className="text-sky-800 underline dark:text-sky-300">
                  {t("ics")}
                </a>
              </li>
              <li>
                <a href={`${base}/schedule`} className="text-sky-800 underline dark:text-sky-300">
                  {t("json")}
                </a>
              </li>
              <li>
                <a href={`${base}/schedule.xml`} className="text-sky-800 underline dark:text-sky-300">
                  {t("frab")}
                </a>
              </li>
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
