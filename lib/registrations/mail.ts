// Registration mail, written into the outbox in the recipient's language, inside the
// transaction that made the change (so a rolled-back change sends nothing).
import { createTranslator } from "next-intl";
import type { Tx } from "../db";
import { publicBaseUrl } from "../env";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import { isLocale, type Locale } from "../i18n/locale";
import { detailsBlock, type DetailsEvent, icsAttachment } from "../events/details-mail";
import { enqueueMail, type MailAttachment } from "../mail/service";
import { unsubscribeFooter } from "../mail/bulk";
import { formatDateTime } from "../time";

export type MailKind = "received" | "won" | "lost" | "promoted" | "approved" | "rejected" | "cancelled" | "reminder";
/** `id` lets a bulk mail carry the person's own unsubscribe link. */
type Recipient = { id?: string; email: string | null; name: string | null; locale: string | null };
type Ctx = {
  event: DetailsEvent;
  frame: { id: string; name: string; method: string; drawAt: Date | null; closesAt: Date };
  registration: { id: string; receiptNumber: number; waitlistPosition: number | null; status: string };
};

export function localeOf(u: { locale: string | null }): Locale {
  return isLocale(u.locale) ? u.locale : "ja";
}

const makeTranslator = (locale: Locale) => createTranslator({ locale, messages: locale === "ja" ? ja : en, namespace: "mail" });
// One per language: a draw writes a mail to every applicant, and making a translator per mail
// was most of the time of a large draw's result mail.
const translators = new Map<Locale, ReturnType<typeof makeTranslator>>();

export function mailTranslator(locale: Locale) {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}

/** Mails that give a seat carry the event details and its calendar file. */
const SEAT_KINDS: readonly MailKind[] = ["won", "promoted", "approved", "reminder"];
/** Mails sent in bulk (a draw's results, the day-before reminder) carry an unsubscribe link. */
const BULK_KINDS: readonly MailKind[] = ["won", "lost", "reminder"];

export function registrationMail(kind: MailKind, to: Recipient, c: Ctx): { subject: string; text: string; attachments?: MailAttachment[]; headers?: Record<string, string> } {
  const locale = localeOf(to);
  const t = mailTranslator(locale);
  const base = publicBaseUrl();
  const url = `${base}/events/${c.event.id}`;
  const ticketUrl = `${base}/registrations/${c.registration.id}/ticket`;
  const drawUrl = `${base}/frames/${c.frame.id}/draw`;
  const when = (d: Date) => formatDateTime(d, c.event.timezone, locale);
  const params = {
    name: to.name ?? to.email ?? "",
    event: c.event.title,
    frame: c.frame.name,
    receipt: c.registration.receiptNumber,
    position: c.registration.waitlistPosition ?? 0,
    url,
    ticketUrl,
    drawUrl,
    startsAt: when(c.event.startsAt),
    venue: c.event.venueName ?? t("online"),
  };
  const detail =
    kind !== "received"
      ? ""
      : c.registration.status === "CONFIRMED"
        ? t("detailConfirmed", params)
        : c.registration.status === "WAITLISTED"
          ? t("detailWaitlisted", params)
          : c.frame.method === "LOTTERY"
            ? t("detailLottery", { drawAt: when(c.frame.drawAt ?? c.frame.closesAt) })
            : t("detailApproval");
  let text = t(`${kind}.body`, { ...params, detail });
  let attachments: MailAttachment[] | undefined;
  if (SEAT_KINDS.includes(kind)) {
    text += `\n\n${detailsBlock(c.event, locale)}`;
    attachments = [icsAttachment(c.event)];
  }
  let headers: Record<string, string> | undefined;
  if (BULK_KINDS.includes(kind) && to.id) {
    const footer = unsubscribeFooter(to.id, "all", locale);
    text += footer.text;
    headers = footer.headers;
  }
  return { subject: t(`${kind}.subject`, params), text, attachments, headers };
}

export async function sendRegistrationMail(tx: Tx, kind: MailKind, to: Recipient, c: Ctx) {
  if (!to.email) return;
  const m = registrationMail(kind, to, c);
  await enqueueMail({ to: to.email, kind: `registration.${kind}`, ...m }, tx);
}
