// iCalendar export for "add to calendar". UTC times, so every calendar app shows the right
// local time; the event's URL and venue travel along.
import { createEvent, type EventAttributes } from "ics";
import { eventUrl } from "./serialize";

type IcsEvent = { id: string; title: string; catchphrase: string; startsAt: Date; endsAt: Date; venueName: string | null; venueAddress: string | null; onlineUrl: string | null; status: string; group: { name: string } | null };

function utcParts(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

/**
 * `includeOnlineUrl` only for people who may see it: a participant-only online URL
 * (onlineUrlPrivate) must not reach a public calendar file.
 */
export function eventToIcs(e: IcsEvent & { onlineUrlPrivate?: boolean }, opts: { includeOnlineUrl?: boolean } = {}): string {
  const url = eventUrl(e.id);
  if (e.onlineUrlPrivate && !opts.includeOnlineUrl) e = { ...e, onlineUrl: null };
  const attrs: EventAttributes = {
    uid: `event-${e.id}@hako`,
    productId: "hako/ics",
    title: e.title,
    description: [e.catchphrase, url, e.onlineUrl].filter(Boolean).join("\n"),
    start: utcParts(e.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(e.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: [e.venueName, e.venueAddress].filter(Boolean).join(", ") || e.onlineUrl || undefined,
    url,
    ...(e.group ? { organizer: { name: e.group.name } } : {}),
    status: e.status === "CANCELLED" ? "CANCELLED" : "CONFIRMED",
  };
  const { error, value } = createEvent(attrs);
  if (error || !value) throw error ?? new Error("ics generation failed");
  return value;
}

/** A Google Calendar "add event" link. */
export function googleCalendarUrl(e: IcsEvent & { onlineUrlPrivate?: boolean }): string {
  if (e.onlineUrlPrivate) e = { ...e, onlineUrl: null };
  const fmt = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  const q = new URLSearchParams({
    action: "TEMPLATE",
    text: e.title,
    dates: `${fmt(e.startsAt)}/${fmt(e.endsAt)}`,
    details: eventUrl(e.id),
    location: [e.venueName, e.venueAddress].filter(Boolean).join(", ") || e.onlineUrl || "",
  });
  return `https://calendar.google.com/calendar/render?${q}`;
}
