import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { buttonClass } from "@/components/ui/styles";
import { eventSearchInput } from "@/lib/events/schema";
import { popularTags, searchEvents } from "@/lib/events/service";
import { seatSummaries } from "@/lib/participants/service";

export default async function HomePage() {
  const t = await getTranslations("home");
  const [upcoming, tags] = await Promise.all([searchEvents(eventSearchInput.parse({ when: "upcoming", perPage: 6 })), popularTags(12)]);
  const seats = await seatSummaries(upcoming.items.map((e) => e.id));
  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-gradient-to-br from-sky-800 to-slate-900 px-6 py-10 text-white">
        <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
        <p className="mt-3 max-w-2xl text-sky-100">{t("lead")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <Link href="/events" className="rounded-md bg-white px-4 py-2 text-sm font-semibold text-slate-900 hover:bg-sky-50">
            {t("browseAll")}
          </Link>
          <Link href="/groups/new" className="rounded-md border border-white/60 px-4 py-2 text-sm font-semibold text-white hover:bg-white/10">
            {t("startGroup")}
          </Link>
        </div>
      </section>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-3 text-xl font-semibold">
          {t("upcoming")}
        </h2>
        {upcoming.items.length ? (
          <ul className="grid gap-3 md:grid-cols-2">
            {upcoming.items.map((e) => (
              <EventCard key={e.id} event={e} seats={seats.get(e.id)} />
            ))}
          </ul>
        ) : (
          <p>{t("noUpcoming")}</p>
        )}
        <p className="mt-4">
          <Link href="/events" className={buttonClass("secondary")}>
            {t("browseAll")}
          </Link>
        </p>
      </section>
      {tags.length > 0 && (
        <section aria-labelledby="tags">
          <h2 id="tags" className="mb-3 text-xl font-semibold">
            {t("popularTags")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {tags.map(({ tag, count }) => (
              <li key={tag}>
                <Link href={`/events?tag=${encodeURIComponent(tag)}&when=all`} className="rounded-full bg-sky-50 px-3 py-1 text-sm text-sky-900 hover:bg-sky-100 dark:bg-sky-950 dark:text-sky-100">
                  #{tag} <span className="text-xs text-slate-700 dark:text-slate-300">{count}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
