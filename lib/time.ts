// Time rules: store UTC, carry the event's zone, always show the zone.
import { fromZonedTime, toZonedTime, format as formatTz } from "date-fns-tz";
import { dateFormat } from "./date-format";

export const DEFAULT_TIMEZONE = "Asia/Tokyo";

export function isValidTimezone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

const LOCAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const OFFSET_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses "2015-05-20T19:00" as a wall-clock time in `timezone`, or an ISO string with an offset
 * ("…+09:00", "…Z") as that instant. Returns null when it is neither.
 */
export function parseDateTimeInZone(value: string, timezone: string): Date | null {
  const v = value.trim();
  let d: Date;
  if (OFFSET_RE.test(v)) d = new Date(v);
  else if (LOCAL_RE.test(v)) d = fromZonedTime(v, timezone);
  else return null;
  if (Number.isNaN(d.getTime())) return null;
  // Year 0 and the like parse in JavaScript but not in PostgreSQL: keep to years any event has.
  const year = d.getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? null : d;
}

/** The value for an <input type="datetime-local"> showing `date` in `timezone`. */
export function toDateTimeLocal(date: Date, timezone: string): string {
  return formatTz(toZonedTime(date, timezone), "yyyy-MM-dd'T'HH:mm", { timeZone: timezone });
}

export type Locale = "ja" | "en";

/** "2015年5月20日(水) 19:00 JST" / "Wed, May 20, 2015, 7:00 PM GMT+9" */
export function formatDateTime(date: Date, timezone: string, locale: Locale): string {
  return dateFormat(locale === "ja" ? "ja-JP" : "en-US", {
    timeZone: timezone,
    year: "numeric",
    month: "short",
    day: "numeric",
    weekday: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

export function formatTime(date: Date, timezone: string, locale: Locale): string {
  return dateFormat(locale === "ja" ? "ja-JP" : "en-US", {
    timeZone: timezone,
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  }).format(date);
}

/** Start–end, with the date once when both fall on the same day in the event's zone. */
export function formatRange(start: Date, end: Date, timezone: string, locale: Locale): string {
  const day = (d: Date) => formatTz(toZonedTime(d, timezone), "yyyy-MM-dd", { timeZone: timezone });
  if (day(start) === day(end)) {
    const startText = dateFormat(locale === "ja" ? "ja-JP" : "en-US", {
      timeZone: timezone,
      year: "numeric",
      month: "short",
      day: "numeric",
      weekday: "short",
      hour: "2-digit",
      minute: "2-digit",
    }).format(start);
    return `${startText} – ${formatTime(end, timezone, locale)}`;
  }
  return `${formatDateTime(start, timezone, locale)} – ${formatDateTime(end, timezone, locale)}`;
}
