import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { eventUrl } from "@/lib/events/serialize";
import { eventHub } from "@/lib/hub/service";
import { sharedRead } from "@/lib/server/shared-read";
import { shareLinks } from "@/lib/hub/share";
import { currentLocale } from "@/lib/i18n/server";
import { formatTime } from "@/lib/time";
import { Avatar } from "@/components/participants/avatar";

type HubEvent = { id: string; groupId: string; title: string; hashtag: string | null; schedulePublished: boolean; status: string; endsAt: Date; timezone: string };

// Both parts of the page read the same hub data once per request; it is the same for every
// visitor, so it is also shared across requests for a moment (lib/server/shared-read.ts).
const sharedHub = sharedRead("eventHub", (id: string, groupId: string, schedulePublished: number, status: string, endsAt: number) =>
  eventHub({ id, groupId, schedulePublished: schedulePublished === 1, status, endsAt: new Date(endsAt) }),
);
const loadHub = cache((event: HubEvent) => sharedHub(event.id, event.groupId, event.schedulePublished ? 1 : 0, event.status, event.endsAt.getTime()));

const box = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
const link = "text-sky-800 underline dark:text-sky-300";

/** Talks and speakers, then (after the event) slides and reports: the event page's middle. */
export async function EventHubTalks({ event }: { event: HubEvent }) {
  const [hub, t, locale] = await Promise.all([loadHub(event), getTranslations("community.hub"), currentLocale()]);
  return (
    <>
      {hub.talks.length > 0 && (
        <section aria-labelledby="hub-talks" className={box} data-testid="hub-talks">
          <h2 id="hub-talks" className="mb-3 text-lg font-bold">
            {t("talks")}
          </h2>
          <ol className="space-y-3">
            {hub.talks.map((s) => (
              <li key={s.id} className="grid gap-1 sm:grid-cols-[7rem_minmax(0,1fr)]">
                <span className="text-sm tabular-nums text-slate-600 dark:text-slate-400">
                  {formatTime(s.startsAt, event.timezone, locale)}–{formatTime(s.endsAt, event.timezone, locale)}
                  {s.room && <span className="block text-xs">{s.room.name}</span>}
                </span>
                <span className="min-w-0">
                  <Link href={`/talks/${s.proposal.id}`} className="font-medium hover:underline">
                    {s.proposal.title}
                  </Link>
                  <span className="ml-2 text-xs text-slate-500">{s.proposal.formatName}</span>
                  <span className="mt-1 flex flex-wrap gap-3">
                    {s.proposal.speakers.map(({ user }, i) => (
                      <span key={i} className="flex items-center gap-1 text-sm">
                        <Avatar person={{ anonymous: false, name: user.name ?? user.handle, image: user.image && /^https:\/\//.test(user.image) ? user.image : null }} size={24} />
                        {user.handle ? (
                          <Link href={`/users/${user.handle}`} className="hover:underline">
                            {user.name ?? user.handle}
                          </Link>
                        ) : (
                          user.name
                        )}
                      </span>
                    ))}
                  </span>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {hub.over && (
        <section aria-labelledby="hub-materials" className={box} data-testid="hub-materials">
          <h2 id="hub-materials" className="mb-3 text-lg font-bold">
            {t("materials")}
          </h2>
          {hub.slides.length + hub.reports.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t("noMaterials")}</p>}
          {hub.slides.length > 0 && (
            <>
              <h3 className="font-semibold">{t("slides")}</h3>
              <ul className="mb-3 mt-1 list-disc space-y-1 pl-5 text-sm">
                {hub.slides.map((m) => (
                  <li key={m.id}>
                    <a href={m.url ?? `/materials/${m.id}/file`} className={link} rel="noopener noreferrer nofollow">
                      {m.title}
                    </a>
                    {m.proposal && <span className="ml-2 text-slate-500">{m.proposal.title}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {hub.reports.length > 0 && (
            <>
              <h3 className="font-semibold">{t("reports")}</h3>
              <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
                {hub.reports.map((m) => (
                  <li key={m.id}>
                    <a href={m.url ?? `/materials/${m.id}/file`} className={link} rel="noopener noreferrer nofollow ugc">
                      {m.title}
                    </a>
                    <span className="ml-2 text-slate-500">{m.author.name ?? m.author.handle}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}

/** Who to ask (the organizers, with their profiles) and share links. */
export async function EventHubFooter({ event }: { event: HubEvent }) {
  const [hub, t] = await Promise.all([loadHub(event), getTranslations("community.hub")]);
  const links = shareLinks(event.title, eventUrl(event.id), event.hashtag);
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="hub-contact" className={box} data-testid="hub-contact">
        <h2 id="hub-contact" className="text-lg font-bold">
          {t("contact")}
        </h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t("contactHelp")}</p>
        <ul className="mt-2 space-y-1 text-sm">
          {hub.organizers.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center gap-x-3">
              {u.handle ? (
                <Link href={`/users/${u.handle}`} className="font-medium hover:underline">
                  {u.name ?? u.handle}
                </Link>
              ) : (
                <span>{u.name}</span>
              )}
              {u.xUrl && (
                <a href={u.xUrl} className={link} rel="noopener noreferrer nofollow">
                  X
                </a>
              )}
              {u.githubUrl && (
                <a href={u.githubUrl} className={link} rel="noopener noreferrer nofollow">
                  GitHub
                </a>
              )}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="hub-share" className={box} data-testid="hub-share">
        <h2 id="hub-share" className="text-lg font-bold">
          {t("share")}
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {links.map((l) => (
            <li key={l.service}>
              <a href={l.href} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800" aria-label={t("shareOn", { service: l.service })}>
                {l.service}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
