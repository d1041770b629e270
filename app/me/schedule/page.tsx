import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/conference/action-form";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { resetCalendarTokenAction } from "@/lib/personal-schedule/actions";
import { mySchedule, type ScheduleEntry } from "@/lib/personal-schedule/service";
import { nowAndNext } from "@/lib/schedule/availability";
import { formatRange, type Locale } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("conference.mySchedule"))("title"), robots: { index: false } };
}

function Entry({ e, locale, untimed }: { e: ScheduleEntry; locale: Locale; untimed: string }) {
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900" data-testid="my-schedule-entry">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {e.startsAt && e.endsAt ? <time dateTime={e.startsAt.toISOString()}>{formatRange(e.startsAt, e.endsAt, e.event.timezone, locale)}</time> : untimed}
        {e.room && <span className="ml-2">{e.room}</span>}
      </p>
      <p className="font-semibold break-words">
        <Link href={`/talks/${e.talkId}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {e.title}
        </Link>
      </p>
      <p className="text-xs text-slate-500">
        {e.event.title}
        {e.speakers.length > 0 && ` · ${e.speakers.map((s) => s.name ?? s.handle).join(", ")}`}
      </p>
    </li>
  );
}

/** The talks the person marked, with "now" and "next" first: made for a phone at the venue. */
export default async function MySchedulePage() {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/me/schedule");
  const [{ entries, icsUrl }, t, locale] = await Promise.all([mySchedule(actor), getTranslations("conference.mySchedule"), currentLocale()]);
  // The page renders per request: "now" is this moment.
  const timed = entries.filter((e): e is ScheduleEntry & { startsAt: Date; endsAt: Date } => e.startsAt !== null && e.endsAt !== null);
  const { now, next } = nowAndNext(timed, new Date());
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("help")}</p>
      </header>
      {entries.length === 0 ? (
        <p data-testid="my-schedule-empty">{t("empty")}</p>
      ) : (
        <>
          <section aria-labelledby="now" data-testid="my-schedule-now">
            <h2 id="now" className="mb-2 text-lg font-semibold">{t("now")}</h2>
            {now.length ? <ul className="grid gap-2">{now.map((e) => <Entry key={e.talkId} e={e} locale={locale} untimed={t("untimed")} />)}</ul> : <p className="text-sm">{t("nothingNow")}</p>}
          </section>
          <section aria-labelledby="next" data-testid="my-schedule-next">
            <h2 id="next" className="mb-2 text-lg font-semibold">{t("next")}</h2>
            {next.length ? <ul className="grid gap-2">{next.map((e) => <Entry key={e.talkId} e={e} locale={locale} untimed={t("untimed")} />)}</ul> : <p className="text-sm">{t("nothingNext")}</p>}
          </section>
          <section aria-labelledby="all" data-testid="my-schedule-all">
            <h2 id="all" className="mb-2 text-lg font-semibold">{t("all")}</h2>
            <ul className="grid gap-2">
              {entries.map((e) => (
                <Entry key={e.talkId} e={e} locale={locale} untimed={t("untimed")} />
              ))}
            </ul>
          </section>
        </>
      )}
      <section aria-labelledby="ics" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="ics" className="font-semibold">{t("ics")}</h2>
        <p className="text-xs text-slate-600 dark:text-slate-400">{t("icsHelp")}</p>
        <input readOnly value={icsUrl} aria-label={t("ics")} className={`${inputClass} mt-2 font-mono text-xs`} data-testid="ics-url" />
        <ActionForm action={resetCalendarTokenAction} label={t("reset")} success="mySchedule.resetDone" className="mt-2">
          <button type="submit" className={buttonClass("secondary")}>
            {t("reset")}
          </button>
        </ActionForm>
      </section>
    </div>
  );
}
