// "The date or venue changed": when an organizer changes a published event's date, time or venue
// and chooses to tell people, everyone with an active registration gets the old and the new.
import type { Tx } from "../db";
import { publicBaseUrl } from "../env";
import { unsubscribeFooter } from "../mail/bulk";
import { enqueueMails, type MailInput, MAIL_PRIORITY } from "../mail/service";
import { localeOf } from "../registrations/mail";
import { communityMailTranslator, icsAttachment, whenWhereLines } from "./details-mail";

type Snapshot = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timezone: string;
  venueName: string | null;
  venueAddress: string | null;
  venueMapUrl: string | null;
  onlineUrl: string | null;
  onlineUrlPrivate: boolean;
  status: string;
  group: { name: string };
};

const WATCHED = ["startsAt", "endsAt", "timezone", "venueName", "venueAddress", "venueMapUrl"] as const;

export function changedFields(before: Snapshot, after: Snapshot): string[] {
  return WATCHED.filter((k) => {
    const a = before[k];
    const b = after[k];
    return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : (a ?? null) !== (b ?? null);
  });
}

/** People told about a change: everyone whose registration is still active. */
const NOTIFIED = ["CONFIRMED", "WAITLISTED", "APPLIED"];

export async function notifyChange(tx: Tx, before: Snapshot, after: Snapshot) {
  if (!changedFields(before, after).length) return 0;
  const regs = await tx.registration.findMany({
    where: { eventId: before.id, status: { in: NOTIFIED } },
    select: { status: true, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  const url = `${publicBaseUrl()}/events/${before.id}`;
  const mails = regs.flatMap(({ status, user }): MailInput[] => {
    if (!user.email) return [];
    const locale = localeOf(user);
    const t = communityMailTranslator(locale);
    const seat = status === "CONFIRMED";
    const text = [
      t("change.body", { name: user.name ?? user.email, event: before.title }),
      "",
      `[${t("change.before")}]`,
      ...whenWhereLines(before, locale),
      "",
      `[${t("change.after")}]`,
      ...whenWhereLines(after, locale),
      "",
      url,
    ].join("\n");
    const footer = unsubscribeFooter(user.id, "all", locale);
    // A participant-only online URL goes only into the calendar files of people with a seat.
    const ics = icsAttachment({ ...after, onlineUrl: seat || !after.onlineUrlPrivate ? after.onlineUrl : null });
    return [{ to: user.email, kind: "event.changed", subject: t("change.subject", { event: before.title }), text: text + footer.text, headers: footer.headers, attachments: [ics], priority: MAIL_PRIORITY.bulk }];
  });
  return enqueueMails(mails, tx);
}
