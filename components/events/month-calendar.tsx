import Link from "next/link";
import { dateFormat } from "@/lib/date-format";
import type { Locale } from "@/lib/time";

export type CalendarEvent = { id: string; title: string; startsAt: Date; timezone: string };

/** "2026-12-05" for an instant, as the calendar of `zone` shows it. */
export function dayKey(date: Date, zone: string): string {
  return dateFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);
}

const WEEKDAYS = { ja: ["日", "月", "火", "水", "木", "金", "土"], en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] } as const;

/**
 * A month of events: a week grid from a phone's width up, and on phones the days that have events
 * as a list (seven columns of 50 px cannot hold a title). Each event sits on its own zone's date.
 */
export function MonthCalendar({ month, events, locale, caption, moreText }: { month: string; events: CalendarEvent[]; locale: Locale; caption: string; moreText?: string }) {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = first.getUTCDay();
  const byDay = new Map<number, CalendarEvent[]>();
  for (const e of events) {
    const key = dayKey(e.startsAt, e.timezone);
    if (!key.startsWith(month)) continue;
    const d = Number(key.slice(8, 10));
    byDay.set(d, [...(byDay.get(d) ?? []), e]);
  }
  const cells: (number | null)[] = [...Array.from({ length: lead }, () => null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const dayLabel = (d: number) => dateFormat(locale === "ja" ? "ja-JP" : "en-US", { timeZone: "UTC", month: "long", day: "numeric", weekday: "short" }).format(new Date(Date.UTC(y, m - 1, d)));
  const eventLink = (e: CalendarEvent) => (
    <Link href={`/events/${e.id}`} className="block min-h-6 rounded bg-sky-50 px-1 py-0.5 text-xs text-sky-900 hover:underline dark:bg-sky-950 dark:text-sky-100">
      {e.title}
    </Link>
  );
  const withEvents = [...byDay.keys()].sort((a, b) => a - b);
  return (
    <div data-testid="month-calendar">
      <table className="hidden w-full table-fixed border-collapse text-sm sm:table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {WEEKDAYS[locale].map((w) => (
              <th key={w} scope="col" className="border border-slate-200 bg-slate-50 py-1 text-xs font-semibold dark:border-slate-800 dark:bg-slate-900">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {week.map((d, j) => (
                <td key={j} className="h-24 border border-slate-200 p-1 align-top dark:border-slate-800">
                  {d && (
                    <>
                      <span className="block text-xs font-semibold text-slate-600 dark:text-slate-400">{d}</span>
                      <ul className="space-y-1">
                        {(byDay.get(d) ?? []).map((e) => (
                          <li key={e.id} data-testid="calendar-event">
                            {eventLink(e)}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="space-y-3 sm:hidden" aria-label={caption}>
        {withEvents.map((d) => (
          <li key={d}>
            <p className="text-sm font-semibold keep-phrases">{dayLabel(d)}</p>
            <ul className="mt-1 space-y-1">
              {byDay.get(d)!.map((e) => (
                <li key={e.id} data-testid="calendar-agenda-event">
                  <Link href={`/events/${e.id}`} className="flex min-h-11 items-center rounded bg-sky-50 px-3 text-sm text-sky-900 hover:underline dark:bg-sky-950 dark:text-sky-100">
                    {e.title}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {moreText && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{moreText}</p>}
    </div>
  );
}
