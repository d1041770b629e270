import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { currentLocale } from "@/lib/i18n/server";
import { profileActivity } from "@/lib/participants/service";
import { formatDateTime, formatRange } from "@/lib/time";

/** A profile's upcoming events (never those the person attends anonymously), talks and slides. */
export async function ProfileActivity({ userId }: { userId: string }) {
  const [a, t, locale] = await Promise.all([profileActivity(userId, new Date()), getTranslations("community.profile"), currentLocale()]);
  const section = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
  const none = <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>;
  return (
    <div className="mt-6 grid gap-4 md:grid-cols-3">
      <section aria-labelledby="profile-upcoming" className={section} data-testid="profile-upcoming">
        <h2 id="profile-upcoming" className="mb-2 font-semibold">
          {t("upcoming")}
        </h2>
        {a.upcoming.length ? (
          <ul className="space-y-2 text-sm">
            {a.upcoming.map((e) => (
              <li key={e.id}>
                <Link href={`/events/${e.id}`} className="font-medium hover:underline">
                  {e.title}
                </Link>
                <span className="block text-xs text-slate-500">{formatRange(e.startsAt, e.endsAt, e.timezone, locale)}</span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
      <section aria-labelledby="profile-talks" className={section} data-testid="profile-talks">
        <h2 id="profile-talks" className="mb-2 font-semibold">
          {t("talks")}
        </h2>
        {a.talks.length ? (
          <ul className="space-y-2 text-sm">
            {a.talks.map((p) => (
              <li key={p.id}>
                <Link href={`/talks/${p.id}`} className="font-medium hover:underline">
                  {p.title}
                </Link>
                <span className="block text-xs text-slate-500">
                  <Link href={`/events/${p.event.id}`} className="hover:underline">
                    {p.event.title}
                  </Link>{" "}
                  · {formatDateTime(p.event.startsAt, p.event.timezone, locale)}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
      <section aria-labelledby="profile-slides" className={section} data-testid="profile-slides">
        <h2 id="profile-slides" className="mb-2 font-semibold">
          {t("slides")}
        </h2>
        {a.slides.length ? (
          <ul className="space-y-2 text-sm">
            {a.slides.map((m) => (
              <li key={m.id}>
                <a href={m.url ?? `/materials/${m.id}/file`} className="font-medium hover:underline" rel="noopener noreferrer nofollow">
                  {m.title}
                </a>
                <span className="block text-xs text-slate-500">{m.event.title}</span>
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </section>
    </div>
  );
}
