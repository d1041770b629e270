import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { HideMaterial, RemoveMaterial, ReportForm } from "@/components/materials/material-forms";
import { MaterialItem } from "@/components/materials/material-item";
import { ReportItem } from "@/components/materials/report-item";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { materialsPage } from "@/lib/materials/service";
import { or404 } from "@/lib/pages";
import { formatRange } from "@/lib/time";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await getActor();
  return { actor, ...(await or404(materialsPage(actor, id))) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { event } = await load(id);
  const t = await getTranslations("materials.page");
  return {
    title: t("metaTitle", { event: event.title }),
    robots: event.status === "DRAFT" ? { index: false } : undefined,
    alternates: { types: { "application/atom+xml": [{ url: `/events/${event.id}/materials.atom`, title: t("feedTitle", { event: event.title }) }] } },
  };
}

/** 資料一覧: every confirmed talk with its slides, the event's videos, and attendees' reports. */
export default async function EventMaterialsPage({ params }: Props) {
  const { id } = await params;
  const { actor, event, organizer, talks, eventMaterials, reports, talksWithoutSlides } = await load(id);
  const [t, locale] = await Promise.all([getTranslations("materials"), currentLocale()]);
  // Slot times are news only once the timetable is out; the order is the timetable's either way.
  const showTimes = event.schedulePublished || organizer;
  const missing = talks.filter(({ talk }) => talksWithoutSlides.includes(talk.id));
  const canRemove = (m: { authorId: string }) => organizer || m.authorId === actor?.userId;
  const manage = (m: { id: string; title: string; hidden: boolean; authorId: string; proposalId: string | null }) => (
    <>
      {organizer && <HideMaterial materialId={m.id} title={m.title} hidden={m.hidden} />}
      {canRemove(m) && <RemoveMaterial materialId={m.id} title={m.title} eventId={event.id} proposalId={m.proposalId} />}
    </>
  );
  return (
    <article className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {event.title}
          </Link>
          <span className="ml-2 text-slate-500">{event.group.name}</span>
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{t("page.title")}</h1>
        <p className="mt-2 text-sm">
          <a href={`/events/${event.id}/materials.atom`} type="application/atom+xml" className="text-sky-800 underline dark:text-sky-300" data-testid="materials-feed">
            {t("page.feed")}
          </a>
        </p>
      </header>

      {organizer && talks.length > 0 && (
        <section aria-labelledby="missing-slides" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100" data-testid="missing-slides">
          <h2 id="missing-slides" className="font-semibold">
            {t("page.missingHeading", { count: missing.length })}
          </h2>
          {missing.length ? (
            <>
              <p className="mt-1 text-sm">{t("page.missingHelp")}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
                {missing.map(({ talk }) => (
                  <li key={talk.id}>
                    <Link href={`/talks/${talk.id}`} className="underline">
                      {talk.title}
                    </Link>
                    <span className="ml-2 text-xs">{talk.speakers.map((s) => s.user.name ?? s.user.handle).join("、")}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1 text-sm">{t("page.allPosted")}</p>
          )}
        </section>
      )}

      <section aria-labelledby="materials-talks">
        <h2 id="materials-talks" className="mb-2 text-lg font-semibold">
          {t("page.talks")}
        </h2>
        {talks.length ? (
          <ol className="grid gap-3">
            {talks.map(({ talk, materials }) => {
              const shown = materials.filter((m) => m.kind !== "REPORT");
              return (
                <li key={talk.id} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="materials-talk">
                  {showTimes && talk.slot && (
                    <p className="text-xs text-slate-600 dark:text-slate-400">
                      <time dateTime={talk.slot.startsAt.toISOString()}>{formatRange(talk.slot.startsAt, talk.slot.endsAt, event.timezone, locale)}</time>
                    </p>
                  )}
                  <h3 className="font-semibold break-words">
                    <Link href={`/talks/${talk.id}`} className="hover:underline">
                      {talk.title}
                    </Link>
                  </h3>
                  <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="materials-talk-speakers">
                    {talk.speakers.map((s) => s.user.name ?? s.user.handle).join("、")}
                  </p>
                  {shown.length > 0 && (
                    <ul className="mt-1 divide-y divide-slate-100 dark:divide-slate-800">
                      {shown.map((m) => (
                        <MaterialItem key={m.id} m={m} locale={locale}>
                          {manage(m)}
                        </MaterialItem>
                      ))}
                    </ul>
                  )}
                  {talksWithoutSlides.includes(talk.id) && (
                    <p className="mt-2 text-sm text-slate-500" data-testid="no-slides">
                      {t("page.noSlides")}
                    </p>
                  )}
                </li>
              );
            })}
          </ol>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("page.noTalks")}</p>
        )}
      </section>

      {eventMaterials.length > 0 && (
        <section aria-labelledby="materials-event">
          <h2 id="materials-event" className="mb-2 text-lg font-semibold">
            {t("page.videos")}
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4 dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {eventMaterials.map((m) => (
              <MaterialItem key={m.id} m={m} locale={locale}>
                {manage(m)}
              </MaterialItem>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="materials-reports" className="space-y-3">
        <h2 id="materials-reports" className="text-lg font-semibold">
          {t("page.reports")}
        </h2>
        {reports.length ? (
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4 dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
            {reports.map((r) => (
              <ReportItem key={r.id} report={r} timezone={event.timezone} locale={locale}>
                {manage(r)}
              </ReportItem>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("page.noReports")}</p>
        )}
        {event.status !== "DRAFT" &&
          (actor ? (
            <ReportForm eventId={event.id} />
          ) : (
            <p className="text-sm">
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`/events/${event.id}/materials`)}`} className="text-sky-800 underline dark:text-sky-300">
                {t("page.signInToPost")}
              </Link>
            </p>
          ))}
      </section>
    </article>
  );
}
