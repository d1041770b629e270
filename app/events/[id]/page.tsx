import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { OrganizerActions } from "@/components/events/organizer-actions";
import { EventHubFooter, EventHubTalks } from "@/components/hub/event-hub";
import { EventMaterialsLink } from "@/components/materials/event-materials-link";
import { ParticipantInfo } from "@/components/participants/participant-info";
import { ParticipantList } from "@/components/participants/participant-list";
import { RegistrationPanel } from "@/components/registrations/registration-panel";
import { EventTalksLinks } from "@/components/talks/event-talks-links";
import { Markdown } from "@/components/ui/markdown";
import { getActor } from "@/lib/auth";
import { googleCalendarUrl } from "@/lib/events/ics";
import { eventUrl } from "@/lib/events/serialize";
import { getEventForViewer } from "@/lib/events/service";
import { currentLocale } from "@/lib/i18n/server";
import { or404 } from "@/lib/pages";
import { formatRange } from "@/lib/time";

type Props = { params: Promise<{ id: string }> };

// The event's record is shared across requests for a moment (lib/server/shared-read.ts); the
// viewer's role and seat are read for each request.
const load = cache(async (id: string) => or404(getEventForViewer(id, await getActor(), { shared: true })));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { event } = await load(id);
  const description = event.catchphrase || event.description.slice(0, 160);
  return {
    title: event.title,
    description,
    alternates: { canonical: eventUrl(event.id) },
    robots: event.status === "DRAFT" ? { index: false } : undefined,
    openGraph: { type: "website", title: event.title, description, url: eventUrl(event.id), siteName: "Hako" },
    twitter: { card: "summary", title: event.title, description },
  };
}

export default async function EventPage({ params }: Props) {
  const { id } = await params;
  const { event, can, insider, role } = await load(id);
  const actor = await getActor();
  const t = await getTranslations("events");
  const tc = await getTranslations("community.info");
  const locale = await currentLocale();
  const organizer = can.edit || can.cancel;
  return (
    <article className="space-y-6">
      {event.status === "DRAFT" && (
        <p role="note" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
          {t("draftNotice")}
        </p>
      )}
      {event.status === "CANCELLED" && (
        <p role="note" className="rounded-md bg-red-100 px-3 py-2 text-sm text-red-900">
          {t("cancelledNotice")}
        </p>
      )}
      <header>
        <p className="text-sm">
          <Link href={`/groups/${event.group.slug}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {event.group.name}
          </Link>
          {event.seriesNumber !== null && <span className="ml-2 text-slate-500">{t("series", { number: event.seriesNumber })}</span>}
        </p>
        <h1 className="mt-1 text-2xl font-bold sm:text-3xl">{event.title}</h1>
        {event.catchphrase && <p className="mt-1 text-slate-700 dark:text-slate-300">{event.catchphrase}</p>}
        {event.tags.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tag")}>
            {event.tags.map(({ tag }) => (
              <li key={tag}>
                <Link href={`/events?tag=${encodeURIComponent(tag)}`} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800 dark:bg-sky-950 dark:text-sky-200">
                  #{tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </header>

      {organizer && <OrganizerActions eventId={event.id} can={can} />}

      <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900">
        <div>
          <dt className="font-semibold">{t("when_")}</dt>
          <dd data-testid="event-when">
            <time dateTime={event.startsAt.toISOString()}>{formatRange(event.startsAt, event.endsAt, event.timezone, locale)}</time>
            <span className="block text-xs text-slate-500">{event.timezone}</span>
            <span className="mt-1 flex flex-wrap gap-3">
              <a href={`/events/${event.id}/calendar.ics`} className="text-sky-800 underline dark:text-sky-300">
                {t("addToCalendar")}
              </a>
              <a href={googleCalendarUrl(event)} className="text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer" target="_blank">
                {t("googleCalendar")}
              </a>
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">{t("where")}</dt>
          <dd>
            {event.venueName && <span className="block">{event.venueName}</span>}
            {event.venueAddress && <span className="block text-slate-600 dark:text-slate-400">{event.venueAddress}</span>}
            {event.venueMapUrl && (
              <a href={event.venueMapUrl} className="text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer nofollow" target="_blank">
                {t("map")}
              </a>
            )}
            {event.onlineUrl && event.onlineUrlPrivate && !insider && <span className="block text-slate-600 dark:text-slate-400">{t("online")}: {tc("participantsOnlyUrl")}</span>}
            {event.onlineUrl && (!event.onlineUrlPrivate || insider) && (
              <span className="block">
                {t("online")}:{" "}
                <a href={event.onlineUrl} className="break-all text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer nofollow">
                  {new URL(event.onlineUrl).host}
                </a>
              </span>
            )}
          </dd>
        </div>
        {event.hashtag && (
          <div>
            <dt className="font-semibold">{t("fields.hashtag")}</dt>
            <dd>
              <a href={`https://x.com/hashtag/${encodeURIComponent(event.hashtag)}`} className="text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer">
                #{event.hashtag}
              </a>
            </dd>
          </div>
        )}
      </dl>

      {insider && <ParticipantInfo event={event} />}

      <RegistrationPanel event={event} actor={actor} now={new Date()} />

      <ParticipantList eventId={event.id} />

      <EventTalksLinks event={event} groupRole={role} userId={actor?.userId} />

      <EventHubTalks event={event} />

      <EventMaterialsLink eventId={event.id} />

      {event.description && (
        <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <Markdown>{event.description}</Markdown>
        </section>
      )}

      <EventHubFooter event={event} />
    </article>
  );
}
