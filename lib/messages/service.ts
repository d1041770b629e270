// Targeted messages: an organizer writes to a chosen audience of an event (confirmed, waitlisted,
// applied, one frame, all speakers, or those who have not reconfirmed), now or at a later time.
// Every message is kept (the manage page lists them). A message due now, or a scheduled one when
// the jobs tick finds it due, is claimed (sentAt) in the transaction that writes its mails to the
// outbox, so it goes out once whatever the number of instances.
import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { unsubscribeFooter } from "../mail/bulk";
import { enqueueMails, MAIL_PRIORITY } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { TX_OPTIONS } from "../registrations/service";
import { parseDateTimeInZone } from "../time";
import type { Audience, MessageInput } from "./schema";

/** The history shown on the manage page. */
export const HISTORY_LIMIT = 50;
/** Scheduled messages one tick sends. */
const DUE_BATCH = 20;

/**
 * The event, if the actor organizes it; throws otherwise. The API runs it before reading the
 * request body, so a stranger's request costs this lookup only.
 */
export async function eventForOrganizer(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw event.status === "DRAFT" ? notFound() : forbidden();
  return event;
}

type Person = { id: string; email: string | null; name: string | null; locale: string | null; bulkMailOptOut: boolean };

/** Who an audience is, at the moment of sending (one mail per person). */
async function recipients(tx: Tx, eventId: string, audience: Audience, frameId: string | null): Promise<Person[]> {
  const user = { select: { id: true, email: true, name: true, locale: true, bulkMailOptOut: true } } as const;
  if (audience === "SPEAKERS") {
    const rows = await tx.proposalSpeaker.findMany({ where: { acceptedAt: { not: null }, proposal: { eventId, status: { in: ["ACCEPTED", "CONFIRMED"] } } }, select: { userId: true, user } });
    return [...new Map(rows.map((r) => [r.userId, r.user])).values()];
  }
  const where =
    audience === "CONFIRMED"
      ? { status: { in: ["CONFIRMED", "ATTENDED"] } }
      : audience === "WAITLISTED"
        ? { status: "WAITLISTED" }
        : audience === "APPLIED"
          ? { status: "APPLIED" }
          : audience === "UNRECONFIRMED"
            ? { status: "CONFIRMED", reconfirmation: "PENDING" }
            : { frameId: frameId ?? "", status: { in: ["APPLIED", "CONFIRMED", "WAITLISTED", "ATTENDED"] } };
  const rows = await tx.registration.findMany({ where: { eventId, ...where }, select: { userId: true, user } });
  return [...new Map(rows.map((r) => [r.userId, r.user])).values()];
}

/** Writes the mails of one claimed message, in the claiming transaction. */
async function writeMails(tx: Tx, m: { eventId: string; audience: string; frameId: string | null; subject: string; body: string }, event: { id: string; title: string }) {
  const people = await recipients(tx, m.eventId, m.audience as Audience, m.frameId);
  const url = `${publicBaseUrl()}/events/${event.id}`;
  const mails = people.flatMap((p) => {
    // An organizer's message is bulk mail: those who turned bulk mail off get none, the others a
    // one-click unsubscribe link (footer and List-Unsubscribe headers).
    if (!p.email || p.bulkMailOptOut) return [];
    const t = mailTranslator(localeOf(p));
    const params = { event: event.title, subject: m.subject, body: m.body, url };
    const footer = unsubscribeFooter(p.id, "all", localeOf(p));
    return [{ to: p.email, kind: "event.message", subject: t("message.subject", params), text: t("message.body", params) + footer.text, headers: footer.headers, priority: MAIL_PRIORITY.bulk }];
  });
  return enqueueMails(mails, tx);
}

/** Saves a message; sends it at once unless `sendAt` is later than now. */
export async function createMessage(actor: Actor | null, eventId: string, input: MessageInput, now = new Date()) {
  const event = await eventForOrganizer(actor, eventId);
  const frameId = input.audience === "FRAME" ? input.frameId || null : null;
  if (frameId && !(await db().frame.count({ where: { id: frameId, eventId } }))) throw new AppError("INVALID_INPUT", "Unknown frame", { frameId: ["invalid"] });
  let sendAt = now;
  if (input.sendAt) {
    const d = parseDateTimeInZone(input.sendAt, event.timezone);
    if (!d) throw new AppError("INVALID_INPUT", "Invalid date", { sendAt: ["invalidDate"] });
    sendAt = d < now ? now : d;
  }
  return db().$transaction(async (tx) => {
    const due = sendAt <= now;
    const m = await tx.eventMessage.create({
      data: { eventId, createdById: actor!.userId, audience: input.audience, frameId, subject: input.subject, body: input.body, sendAt, sentAt: due ? now : null },
    });
    if (!due) return m;
    const count = await writeMails(tx, m, event);
    return tx.eventMessage.update({ where: { id: m.id }, data: { recipients: count } });
  }, TX_OPTIONS);
}

/** The jobs tick: scheduled messages whose time has come, each once. */
export async function sendDueMessages(now = new Date()) {
  const due = await db().eventMessage.findMany({ where: { sentAt: null, sendAt: { lte: now } }, orderBy: { sendAt: "asc" }, take: DUE_BATCH, include: { event: { select: { id: true, title: true, status: true } } } });
  let sent = 0;
  for (const m of due) {
    await db().$transaction(async (tx) => {
      const claim = await tx.eventMessage.updateMany({ where: { id: m.id, sentAt: null }, data: { sentAt: now } });
      if (claim.count !== 1) return;
      // A cancelled event's scheduled message is closed without mail.
      const count = m.event.status === "CANCELLED" ? 0 : await writeMails(tx, m, m.event);
      await tx.eventMessage.update({ where: { id: m.id }, data: { recipients: count } });
      sent++;
    }, TX_OPTIONS);
  }
  return { sent };
}

/** A scheduled message not sent yet can be withdrawn. */
export async function cancelScheduledMessage(actor: Actor | null, messageId: string) {
  const m = await db().eventMessage.findUnique({ where: { id: messageId } });
  if (!m) throw notFound();
  await eventForOrganizer(actor, m.eventId);
  const r = await db().eventMessage.deleteMany({ where: { id: messageId, sentAt: null } });
  if (r.count !== 1) throw new AppError("INVALID_STATE", "Already sent");
  return m.eventId;
}

/** A message as the JSON API shows it. */
export function toMessageJson(m: { id: string; audience: string; frameId: string | null; subject: string; body: string; sendAt: Date; sentAt: Date | null; recipients: number | null; createdAt: Date }) {
  return { id: m.id, audience: m.audience, frameId: m.frameId, subject: m.subject, body: m.body, sendAt: m.sendAt.toISOString(), sentAt: m.sentAt?.toISOString() ?? null, recipients: m.recipients, createdAt: m.createdAt.toISOString() };
}

/** The manage page's history: newest first, bounded. */
export async function messageHistory(actor: Actor | null, eventId: string) {
  await eventForOrganizer(actor, eventId);
  return db().eventMessage.findMany({ where: { eventId }, orderBy: { createdAt: "desc" }, take: HISTORY_LIMIT });
}
