import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { TalkSlides } from "@/components/materials/talk-slides";
import { TalkAttendeePanel } from "@/components/conference/talk-attendee-panel";
import { ProposalStatusBadge } from "@/components/talks/status-badge";
import { SpeakerCard } from "@/components/talks/speaker-card";
import { Markdown } from "@/components/ui/markdown";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { or404 } from "@/lib/pages";
import { canDecide } from "@/lib/talks/policy";
import { parseList, proposalForViewer } from "@/lib/talks/service";
import { formatRange } from "@/lib/time";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => or404(proposalForViewer(await getActor(), id)));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { proposal: p, isPublic } = await load((await params).id);
  const description = p.abstract.slice(0, 160);
  return {
    title: `${p.title} — ${p.event.title}`,
    description,
    robots: isPublic ? undefined : { index: false },
    openGraph: { type: "article", title: p.title, description, siteName: "Hako" },
  };
}

/** A talk: what it is about, who gives it, and when and where (once the timetable is out). */
export default async function TalkPage({ params }: Props) {
  const { id } = await params;
  const { proposal: p, role, speaker, isPublic } = await load(id);
  const [t, tf, locale] = await Promise.all([getTranslations("talks.talk"), getTranslations("talks.proposalForm"), currentLocale()]);
  const tags = parseList(p.tags);
  const speakers = p.speakers.filter((s) => s.acceptedAt);
  // The slot is news only once the timetable is published; organizers see it while they build it.
  const slot = p.slot && (p.event.schedulePublished || canDecide(role)) ? p.slot : null;
  return (
    <article className="space-y-6">
      {!isPublic && (
        <p role="note" className="rounded-md bg-amber-100 px-3 py-2 text-sm text-amber-900">
          {speaker ? t("privateSpeaker") : t("privateReviewer")}
        </p>
      )}
      <header>
        <p className="text-sm">
          <Link href={`/events/${p.event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {p.event.title}
          </Link>
          <span className="ml-2 text-slate-500">{p.event.group.name}</span>
        </p>
        <h1 className="mt-1 text-2xl font-bold break-words sm:text-3xl">{p.title}</h1>
        <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" data-testid="talk-meta">
          {!isPublic && <ProposalStatusBadge status={p.status} />}
          <span>{tf("formatOption", { name: p.formatName, minutes: p.minutes })}</span>
          <span>{tf(`levels.${p.level}`)}</span>
          <span>{tf(`languages.${p.language}`)}</span>
        </p>
        {tags.length > 0 && (
          <ul className="mt-2 flex flex-wrap gap-1" aria-label={t("tags")}>
            {tags.map((tag) => (
              <li key={tag} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800 dark:bg-sky-950 dark:text-sky-200">
                #{tag}
              </li>
            ))}
          </ul>
        )}
      </header>

      {slot && (
        <section aria-labelledby="talk-when" className="rounded-lg border border-slate-200 bg-white p-4 text-sm dark:border-slate-800 dark:bg-slate-900">
          <h2 id="talk-when" className="font-semibold">
            {t("when")}
          </h2>
          <p data-testid="talk-slot">
            <time dateTime={slot.startsAt.toISOString()}>{formatRange(slot.startsAt, slot.endsAt, p.event.timezone, locale)}</time>
            <span className="ml-2">{slot.room?.name ?? t("allRooms")}</span>
          </p>
          <p className="text-xs text-slate-500">{p.event.timezone}</p>
          <p className="mt-1 flex flex-wrap gap-3">
            <a href={`/api/v1/events/${p.event.id}/schedule.ics?slot=${slot.id}`} className="text-sky-800 underline dark:text-sky-300">
              {t("addToCalendar")}
            </a>
            <Link href={`/events/${p.event.id}/schedule`} className="text-sky-800 underline dark:text-sky-300">
              {t("timetable")}
            </Link>
          </p>
        </section>
      )}

      {p.abstract && (
        <section aria-labelledby="talk-abstract" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 id="talk-abstract" className="mb-2 text-lg font-semibold">
            {t("abstract")}
          </h2>
          <Markdown>{p.abstract}</Markdown>
        </section>
      )}

      <TalkSlides talk={p} role={role} />

      {isPublic && <TalkAttendeePanel talk={p} speaker={speaker} organizer={canDecide(role)} startsAt={p.slot?.startsAt ?? p.event.startsAt} />}

      <section aria-labelledby="talk-speakers">
        <h2 id="talk-speakers" className="mb-2 text-lg font-semibold">
          {t("speakers")}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {speakers.map((s) => (
            <SpeakerCard key={s.userId} user={s.user} />
          ))}
        </ul>
      </section>
    </article>
  );
}
