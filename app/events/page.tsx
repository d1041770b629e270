import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { EventCard } from "@/components/events/event-card";
import { MonthCalendar } from "@/components/events/month-calendar";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { Pagination } from "@/components/ui/pagination";
import { PREFECTURES } from "@/lib/events/prefectures";
import { eventSearchInput } from "@/lib/events/schema";
import { popularTags, searchEvents } from "@/lib/events/service";
import { seatSummaries } from "@/lib/participants/service";
import { listGroups } from "@/lib/groups/service";
import { dateFormat } from "@/lib/date-format";
import { currentLocale } from "@/lib/i18n/server";
import { DEFAULT_TIMEZONE, parseDateTimeInZone } from "@/lib/time";

type Search = { keyword?: string; tag?: string; group?: string; when?: string; page?: string; prefecture?: string; mode?: string; from?: string; to?: string; view?: string; month?: string };

/** A calendar month shows at most this many events (a busy month of meetups fits). */
const CALENDAR_CAP = 100;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export async function generateMetadata() {
  return { title: (await getTranslations("events"))("title") };
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

export default async function EventsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const calendar = sp.view === "calendar";
  const when = sp.when === "past" || sp.when === "all" ? sp.when : "upcoming";
  const from = DATE.test(str(sp.from) ?? "") ? sp.from : undefined;
  const to = DATE.test(str(sp.to) ?? "") ? sp.to : undefined;
  const prefecture = /^\d{1,2}$/.test(str(sp.prefecture) ?? "") && Number(sp.prefecture) >= 1 && Number(sp.prefecture) <= 47 ? sp.prefecture : undefined;
  const mode = sp.mode === "online" || sp.mode === "offline" ? sp.mode : undefined;
  const now = new Date();
  const thisMonth = dateFormat("en-CA", { timeZone: DEFAULT_TIMEZONE, year: "numeric", month: "2-digit" }).format(now).slice(0, 7);
  const month = MONTH.test(str(sp.month) ?? "") ? sp.month! : thisMonth;
  const filters = { keyword: str(sp.keyword), tag: str(sp.tag), group: str(sp.group), prefecture, mode };
  // The calendar shows one whole month, past or not; the list honours "when" and the date range.
  const monthTo = parseDateTimeInZone(`${shiftMonth(month, 1)}-01T00:00`, DEFAULT_TIMEZONE)!;
  const input = calendar
    ? { ...filters, when: "all", from: `${month}-01`, to: new Date(monthTo.getTime() - 1).toISOString(), page: 1, perPage: CALENDAR_CAP }
    : { ...filters, when, from, to, page: sp.page ?? 1, perPage: 20 };
  const parsed = eventSearchInput.safeParse(input);
  const q = parsed.success ? parsed.data : eventSearchInput.parse({ when });
  const [result, groups, tags, locale] = await Promise.all([searchEvents(q), listGroups(), popularTags(30), currentLocale()]);
  const seats = await seatSummaries(result.items.map((e) => e.id));
  const t = await getTranslations("events");
  const td = await getTranslations("discovery");
  const tc = await getTranslations("common");
  const pages = Math.max(1, Math.ceil(result.total / result.perPage));
  const query = { keyword: filters.keyword, tag: q.tag, group: q.group, prefecture, mode };
  const link = (extra: Record<string, string | undefined>) => `/events?${new URLSearchParams(Object.entries({ ...query, ...extra }).filter((e): e is [string, string] => Boolean(e[1])))}`;
  const monthName = dateFormat(locale === "ja" ? "ja-JP" : "en-US", { timeZone: "UTC", year: "numeric", month: "long" }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t("searchTitle")}</h1>
      {/* Keyed by the query: after a client-side navigation (a tag link) the uncontrolled fields show the new search. */}
      <form key={JSON.stringify([sp.keyword, q.tag, q.group, when, prefecture, mode, from, to, calendar])} role="search" method="get" action="/events" className="mb-6 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-4 dark:border-slate-800 dark:bg-slate-900">
        {calendar && <input type="hidden" name="view" value="calendar" />}
        {calendar && <input type="hidden" name="month" value={month} />}
        <label className="text-sm font-medium sm:col-span-2">
          {t("keyword")}
          <input type="search" name="keyword" defaultValue={sp.keyword} placeholder={t("keywordPlaceholder")} className={inputClass} maxLength={100} />
        </label>
        <label className="text-sm font-medium">
          {t("tag")}
          <select name="tag" defaultValue={q.tag ?? ""} className={inputClass}>
            <option value="">{t("anyTag")}</option>
            {[...new Set([...(q.tag ? [q.tag] : []), ...tags.map((x) => x.tag)])].map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("group")}
          <select name="group" defaultValue={q.group ?? ""} className={inputClass}>
            <option value="">{t("anyGroup")}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.slug}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {td("prefecture")}
          <select name="prefecture" defaultValue={prefecture ?? ""} className={inputClass}>
            <option value="">{td("anyPrefecture")}</option>
            {PREFECTURES.map(([code, ja, en]) => (
              <option key={code} value={code}>
                {locale === "ja" ? ja : en}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {td("mode")}
          <select name="mode" defaultValue={mode ?? ""} className={inputClass}>
            <option value="">{td("anyMode")}</option>
            <option value="offline">{td("offline")}</option>
            <option value="online">{td("online")}</option>
          </select>
        </label>
        {!calendar && (
          <>
            <label className="text-sm font-medium">
              {t("when")}
              <select name="when" defaultValue={when} className={inputClass}>
                <option value="upcoming">{t("upcoming")}</option>
                <option value="past">{t("past")}</option>
                <option value="all">{t("all")}</option>
              </select>
            </label>
            <div className="grid grid-cols-2 gap-2">
              <label className="text-sm font-medium">
                {td("from")}
                <input type="date" name="from" defaultValue={from} className={inputClass} />
              </label>
              <label className="text-sm font-medium">
                {td("to")}
                <input type="date" name="to" defaultValue={to} className={inputClass} />
              </label>
            </div>
          </>
        )}
        <div className="sm:col-span-2 lg:col-span-4">
          <button type="submit" className={buttonClass()}>
            {tc("search")}
          </button>
        </div>
      </form>
      <nav aria-label={td("views")} className="mb-4 flex gap-2">
        <Link href={link({})} aria-current={calendar ? undefined : "page"} className={buttonClass(calendar ? "secondary" : "primary")}>
          {td("listView")}
        </Link>
        <Link href={link({ view: "calendar", month })} aria-current={calendar ? "page" : undefined} className={buttonClass(calendar ? "primary" : "secondary")}>
          {td("calendarView")}
        </Link>
      </nav>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="results-count">
        {tc("resultsCount", { total: result.total })}
      </p>
      {calendar ? (
        <section aria-labelledby="calendar-heading">
          <div className="mb-3 flex flex-wrap items-center gap-2">
            <h2 id="calendar-heading" className="text-xl font-semibold" data-testid="calendar-month">
              {monthName}
            </h2>
            <Link href={link({ view: "calendar", month: shiftMonth(month, -1) })} className={`ml-auto ${buttonClass("secondary")}`}>
              {td("previousMonth")}
            </Link>
            <Link href={link({ view: "calendar", month: shiftMonth(month, 1) })} className={buttonClass("secondary")}>
              {td("nextMonth")}
            </Link>
          </div>
          <MonthCalendar month={month} events={result.items} locale={locale} caption={monthName} moreText={result.total > result.items.length ? td("more", { count: result.total - result.items.length }) : undefined} />
          {result.items.length === 0 && <p className="mt-3">{t("noResults")}</p>}
        </section>
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="sr-only">
            {td("results")}
          </h2>
          {result.items.length === 0 ? (
            <p>{t("noResults")}</p>
          ) : (
            <ul className="grid gap-3">
              {result.items.map((e) => (
                <EventCard key={e.id} event={e} seats={seats.get(e.id)} />
              ))}
            </ul>
          )}
          <Pagination
            page={result.page}
            perPage={result.perPage}
            total={result.total}
            basePath="/events"
            query={{ ...query, when, from, to }}
            labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: result.page, pages }) }}
          />
        </section>
      )}
    </div>
  );
}
