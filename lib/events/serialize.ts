// The API's Event shape (../shared API.md: names fixed, fields may be added).
import { publicBaseUrl } from "../env";
import type { EventWithRelations } from "./service";

export function eventUrl(id: string): string {
  return `${publicBaseUrl()}/events/${id}`;
}

/** `insider`: the caller organizes the event or holds a seat (see isInsider); only they get participant-only fields. */
export function toEventJson(e: EventWithRelations, opts: { insider?: boolean } = {}) {
  const insider = opts.insider ?? false;
  return {
    id: e.id,
    groupId: e.groupId,
    group: { id: e.group.id, slug: e.group.slug, name: e.group.name },
    title: e.title,
    catchphrase: e.catchphrase,
    description: e.description,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timezone: e.timezone,
    venue: e.venueName || e.venueAddress ? { name: e.venueName ?? "", address: e.venueAddress ?? "", mapUrl: e.venueMapUrl } : null,
    onlineUrl: e.onlineUrlPrivate && !insider ? null : e.onlineUrl,
    onlineUrlPrivate: e.onlineUrlPrivate,
    participantInfo: insider ? e.participantInfo : null,
    // JIS X 0401 code of the venue's prefecture (1 Hokkaido … 47 Okinawa), or null.
    prefecture: e.prefecture,
    hashtag: e.hashtag,
    tags: e.tags.map((t) => t.tag),
    seriesNumber: e.seriesNumber,
    status: e.status.toLowerCase() as "draft" | "published" | "cancelled",
    url: eventUrl(e.id),
    frames: [] as unknown[],
    createdAt: e.createdAt.toISOString(),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function toGroupJson(g: { id: string; slug: string; name: string; description: string }) {
  return { id: g.id, slug: g.slug, name: g.name, description: g.description, url: `${publicBaseUrl()}/groups/${g.slug}` };
}
