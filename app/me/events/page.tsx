import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { standing, statusTone } from "@/components/registrations/standing";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { myRegistrations } from "@/lib/registrations/data";
import { formatRange, type Locale } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("myEvents"))("title") };
}

type Registration = Awaited<ReturnType<typeof myRegistrations>>["upcoming"][number];

export default async function MyEventsPage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/me/events");
  // One clock for the page: which events are past, and who did not come.
  const now = new Date();
  const [{ upcoming, past }, t, locale] = await Promise.all([myRegistrations(actor, now), getTranslations("myEvents"), currentLocale()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <section aria-labelledby="my-upcoming">
        <h2 id="my-upcoming" className="mb-3 text-lg font-semibold">
          {t("upcoming")}
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("noUpcoming")}{" "}
            <Link href="/events" className="text-sky-800 underline dark:text-sky-300">
              {t("findEvents")}
            </Link>
          </p>
        ) : (
          <RegistrationList items={upcoming} locale={locale} now={now} />
        )}
      </section>
      <section aria-labelledby="my-past">
        <h2 id="my-past" className="mb-3 text-lg font-semibold">
          {t("past")}
        </h2>
        {past.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t("noPast")}</p> : <RegistrationList items={past} locale={locale} now={now} />}
      </section>
    </div>
  );
}

async function RegistrationList({ items, locale, now }: { items: Registration[]; locale: Locale; now: Date }) {
  const t = await getTranslations("myEvents");
  const rows = await Promise.all(items.map(async (r) => ({ r, s: await standing(r, r.frame, r.event.timezone, locale, r.event.endsAt < now) })));
  return (
    <ul className="grid gap-3">
      {rows.map(({ r, s }) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="my-event">
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={r.event.startsAt.toISOString()}>{formatRange(r.event.startsAt, r.event.endsAt, r.event.timezone, locale)}</time>
            <span className="ml-2">{r.event.group.name}</span>
          </p>
          <h3 className="mt-1 font-semibold">
            <Link href={`/events/${r.event.id}`} className="hover:underline">
              {r.event.title}
            </Link>
          </h3>
          <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${statusTone(r.status)}`} data-testid="my-event-status">
              {s.text}
            </span>
            {/* Seated standings already carry the receipt number. */}
            {r.status !== "CONFIRMED" && r.status !== "ATTENDED" && <span>{t("receipt", { receipt: r.receiptNumber })}</span>}
            <span className="text-slate-600 dark:text-slate-400">{t("frame", { frame: r.frame.name })}</span>
            {(r.status === "CONFIRMED" || r.status === "ATTENDED") && (
              <Link href={`/registrations/${r.id}/ticket`} className="font-medium text-sky-800 underline dark:text-sky-300">
                {t("ticket")}
              </Link>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
