// Wall-clock pieces of a timetable in the event's zone. Pure, so server and client agree.
import { dateFormat } from "@/lib/date-format";
import type { Locale } from "@/lib/time";

const parts = (date: Date, timezone: string) =>
  Object.fromEntries(
    dateFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );

/** "19:00" in the event's zone. */
export function clock(date: Date, timezone: string): string {
  const p = parts(date, timezone);
  return `${p.hour}:${p.minute}`;
}

/** "19:00–19:20" */
export function clockRange(start: Date, end: Date, timezone: string): string {
  return `${clock(start, timezone)}–${clock(end, timezone)}`;
}

/** The local calendar day, "2031-06-14", for grouping slots into days. */
export function dayKey(date: Date, timezone: string): string {
  const p = parts(date, timezone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** "2031年6月14日(土)" / "Sat, Jun 14, 2031" */
export function formatDay(date: Date, timezone: string, locale: Locale): string {
  return dateFormat(locale === "ja" ? "ja-JP" : "en-US", { timeZone: timezone, year: "numeric", month: "short", day: "numeric", weekday: "short" }).format(date);
}

/** The zone's short name at that moment: "JST", "GMT+9". */
export function zoneName(date: Date, timezone: string, locale: Locale): string {
  const p = dateFormat(locale === "ja" ? "ja-JP" : "en-US", { timeZone: timezone, timeZoneName: "short" }).formatToParts(date);
  return p.find((x) => x.type === "timeZoneName")?.value ?? timezone;
}

export const minutesBetween = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / 60_000);

export type Times = { id: string; startsAt: number; endsAt: number };
export type Marks = { current: Set<string>; next: Set<string> };

/** How long before the first slot the upcoming one is already marked "next". */
const LEAD_MS = 60 * 60_000;

/** The slots running at `now` and the ones starting next; nothing outside the event. */
export function marksAt(slots: Times[], now: number): Marks {
  const empty = { current: new Set<string>(), next: new Set<string>() };
  if (!slots.length) return empty;
  const first = Math.min(...slots.map((s) => s.startsAt));
  const last = Math.max(...slots.map((s) => s.endsAt));
  if (now < first - LEAD_MS || now >= last) return empty;
  const current = new Set(slots.filter((s) => s.startsAt <= now && now < s.endsAt).map((s) => s.id));
  const upcoming = slots.filter((s) => s.startsAt > now);
  const nextStart = upcoming.length ? Math.min(...upcoming.map((s) => s.startsAt)) : null;
  const next = new Set(upcoming.filter((s) => s.startsAt === nextStart).map((s) => s.id));
  return { current, next };
}

/** "2031-06-14T19:00" plus minutes, as wall-clock arithmetic on the local date-time text. */
export function addMinutes(local: string, minutes: number): string | null {
  const m = local.match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]! + minutes));
  return d.toISOString().slice(0, 16);
}
