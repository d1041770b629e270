// Registration mail, written into the outbox in the recipient's language, inside the
// transaction that made the change (so a rolled-back change sends nothing).
import { createTranslator } from "next-intl";
import type { Tx } from "../db";
import { publicBaseUrl } from "../env";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import { isLocale, type Locale } from "../i18n/locale";
import { enqueueMail } from "../mail/service";
import { formatDateTime } from "../time";

export type MailKind = "received" | "won" | "lost" | "promoted" | "approved" | "rejected" | "cancelled" | "reminder";
type Recipient = { email: string | null; name: string | null; locale: string | null };
type Ctx = {
  event: { id: string; title: string; timezone: string; startsAt: Date; venueName: string | null };
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

export function registrationMail(kind: MailKind, to: Recipient, c: Ctx) {
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
  return { subject: t(`${kind}.subject`, params), text: t(`${kind}.body`, { ...params, detail }) };
}

export async function sendRegistrationMail(tx: Tx, kind: MailKind, to: Recipient, c: Ctx) {
  if (!to.email) return;
  const m = registrationMail(kind, to, c);
  await enqueueMail({ to: to.email, kind: `registration.${kind}`, subject: m.subject, text: m.text }, tx);
}
