// The "event details" part of the mails that give someone a seat (当選, 繰り上げ, approval,
// reminder): date and time in the event's zone, venue and map link, the online URL, the
// organizers' 参加者への情報, and the event as an .ics attachment. Only people with a seat get it.
import { createTranslator } from "next-intl";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import type { Locale } from "../i18n/locale";
import type { MailAttachment } from "../mail/service";
import { formatRange } from "../time";
import { eventToIcs } from "./ics";

export type DetailsEvent = {
  id: string;
  title: string;
  catchphrase?: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  venueName: string | null;
  venueAddress?: string | null;
  venueMapUrl?: string | null;
  onlineUrl?: string | null;
  participantInfo?: string;
  status?: string;
  updatedAt?: Date;
  group?: { name: string } | null;
};

const translators = new Map<Locale, ReturnType<typeof make>>();
const make = (locale: Locale) => createTranslator({ locale, messages: locale === "ja" ? ja : en, namespace: "community.mail" });
export function communityMailTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = make(locale)));
  return t;
}

/** Date, venue, map and online URL lines, as shown in the change mail and the details block. */
export function whenWhereLines(e: Pick<DetailsEvent, "startsAt" | "endsAt" | "timezone" | "venueName" | "venueAddress" | "venueMapUrl">, locale: Locale) {
  const t = communityMailTranslator(locale);
  const lines = [`${t("when")}: ${formatRange(e.startsAt, e.endsAt, e.timezone, locale)} (${e.timezone})`];
  const venue = [e.venueName, e.venueAddress].filter(Boolean).join(" / ");
  lines.push(`${t("venue")}: ${venue || t("noVenue")}`);
  if (e.venueMapUrl) lines.push(`${t("map")}: ${e.venueMapUrl}`);
  return lines;
}

export function detailsBlock(e: DetailsEvent, locale: Locale): string {
  const t = communityMailTranslator(locale);
  const lines = [`-- ${t("detailsHeading")} --`, ...whenWhereLines(e, locale)];
  if (e.onlineUrl) lines.push(`${t("online")}: ${e.onlineUrl}`);
  if (e.participantInfo?.trim()) lines.push("", `${t("participantInfo")}:`, e.participantInfo.trim());
  lines.push("", t("icsAttached"));
  return lines.join("\n");
}

// A draw mails every winner of a frame at once: one calendar file per event state, not per mail.
const icsCache = new Map<string, string>();

export function icsAttachment(e: DetailsEvent): MailAttachment {
  const cacheKey = JSON.stringify([e.id, e.title, e.startsAt, e.endsAt, e.venueName, e.venueAddress, e.onlineUrl, e.status, e.group?.name]);
  let content = icsCache.get(cacheKey);
  if (!content) {
    content = eventToIcs(
      { ...e, catchphrase: e.catchphrase ?? "", venueAddress: e.venueAddress ?? null, onlineUrl: e.onlineUrl ?? null, status: e.status ?? "PUBLISHED", group: e.group ?? null },
      { includeOnlineUrl: true },
    );
    if (icsCache.size > 100) icsCache.clear();
    icsCache.set(cacheKey, content);
  }
  return { filename: `hako-event-${e.id}.ics`, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}
