import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EventHeading } from "@/components/events/event-heading";
import { getActor } from "@/lib/auth";
import { or404 } from "@/lib/pages";
import { speakersOfEvent } from "@/lib/speakers/service";

export async function generateMetadata() {
  return { title: (await getTranslations("conference.speakersPage"))("title") };
}

/** The event's speakers (of confirmed talks) with their profiles: public. */
export default async function SpeakersPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { event, speakers } = await or404(speakersOfEvent(await getActor(), id));
  const t = await getTranslations("conference.speakersPage");
  return (
    <div className="space-y-6">
      <EventHeading event={event} title={t("title")} />
      {speakers.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {speakers.map((s) => (
            <li key={s.userId} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="speaker">
              {(s.profile.photoUrl ?? s.image) && (
                // eslint-disable-next-line @next/next/no-img-element -- speakers' photos come from anywhere; no image optimizer config for them
                <img src={(s.profile.photoUrl ?? s.image)!} alt="" width={64} height={64} className="h-16 w-16 shrink-0 rounded-full object-cover" referrerPolicy="no-referrer" />
              )}
              <div className="min-w-0">
                <h2 className="font-semibold break-words">
                  {s.name ?? s.handle}
                  {s.profile.pronouns && <span className="ml-2 text-xs font-normal text-slate-500">({s.profile.pronouns})</span>}
                </h2>
                {s.profile.company && <p className="text-sm text-slate-600 dark:text-slate-400">{s.profile.company}</p>}
                {s.profile.bio && <p className="mt-1 text-sm whitespace-pre-line break-words">{s.profile.bio}</p>}
                <p className="mt-2 text-xs font-semibold">{t("talks")}</p>
                <ul className="text-sm">
                  {s.talks.map((talk) => (
                    <li key={talk.id}>
                      <Link href={`/talks/${talk.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
                        {talk.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
