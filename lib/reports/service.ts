// ブログ枠: frames that ask their participants for a report (参加レポート) after the event. The
// organizers see, per frame, who has not posted; the day after the event each of them gets one
// reminder mail (rules.ts says when and who).
//
// The reminder is claimed per frame with reportRemindedAt in the transaction that writes its mails
// to the outbox, so any number of instances and job runs send it once, and a crash leaves either
// both the claim and the mails or neither.
import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { notFound, unauthenticated } from "../errors";
import { publicBaseUrl } from "../env";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { enqueueMails, MAIL_PRIORITY, type MailInput } from "../mail/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { TX_OPTIONS } from "../registrations/service";
import { expectedStatuses, REPORT_REMINDER_DELAY_MS, REPORT_REMINDER_WINDOW_MS, reminderDue, type ReportBasis, reportBasis, reportReminderDueAt } from "./rules";

const personFields = { id: true, name: true, handle: true, email: true, locale: true } as const;

/** The people of one frame expected to post a report who have not (in receipt order). */
async function missingOf(tx: Tx, frame: { id: string; eventId: string }) {
  const anyCheckedIn = (await tx.registration.count({ where: { eventId: frame.eventId, status: "ATTENDED" } })) > 0;
  const basis = reportBasis(anyCheckedIn);
  const expected = await tx.registration.findMany({
    where: { frameId: frame.id, status: { in: expectedStatuses(basis) } },
    orderBy: { receiptNumber: "asc" },
    select: { id: true, receiptNumber: true, status: true, user: { select: personFields } },
  });
  // Any report the person posted for the event counts, hidden or not: they did post.
  const reports = await tx.material.findMany({ where: { eventId: frame.eventId, kind: "REPORT" }, select: { authorId: true } });
  const posted = new Set(reports.map((r) => r.authorId));
  return { basis, expected: expected.length, missing: expected.filter((r) => !posted.has(r.user.id)) };
}

export type FrameReports = {
  frameId: string;
  name: string;
  basis: ReportBasis;
  expected: number;
  missing: { registrationId: string; receiptNumber: number | null; name: string | null; handle: string | null }[];
  remindedAt: Date | null;
  reminderDueAt: Date;
};

/**
 * For the event's organizers: each ブログ枠 frame with who has not posted a report. Before the
 * event ends there is nothing to miss yet (`ended: false`, no frames' lists).
 */
export async function missingReports(actor: Actor | null, eventId: string, now = new Date()): Promise<{ ended: boolean; frames: FrameReports[] }> {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId }, select: { id: true, groupId: true, endsAt: true } });
  if (!event) throw notFound();
  if (!canManageEvents(await roleIn(event.groupId, actor.userId))) throw notFound();
  const frames = await db().frame.findMany({ where: { eventId, requiresReport: true }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
  const ended = now >= event.endsAt;
  const out: FrameReports[] = [];
  for (const f of frames) {
    const m = ended ? await missingOf(db(), f) : { basis: "CONFIRMED" as const, expected: 0, missing: [] };
    out.push({
      frameId: f.id,
      name: f.name,
      basis: m.basis,
      expected: m.expected,
      missing: m.missing.map((r) => ({ registrationId: r.id, receiptNumber: r.receiptNumber, name: r.user.name, handle: r.user.handle })),
      remindedAt: f.reportRemindedAt,
      reminderDueAt: reportReminderDueAt(event.endsAt),
    });
  }
  return { ended, frames: out };
}

/**
 * The jobs tick: 24 hours after a published event ends, each ブログ枠 frame mails everyone
 * expected to post who has not, once, in their language, with the link to post it.
 */
export async function sendReportReminders(now = new Date()) {
  const latestEnd = new Date(now.getTime() - REPORT_REMINDER_DELAY_MS);
  const earliestEnd = new Date(latestEnd.getTime() - REPORT_REMINDER_WINDOW_MS);
  const frames = await db().frame.findMany({
    where: { requiresReport: true, reportRemindedAt: null, event: { status: "PUBLISHED", endsAt: { lte: latestEnd, gt: earliestEnd } } },
    select: { id: true },
    take: 100,
  });
  let claimed = 0;
  let mails = 0;
  for (const { id } of frames) {
    const sent = await db().$transaction(async (tx) => {
      const claim = await tx.frame.updateMany({ where: { id, requiresReport: true, reportRemindedAt: null }, data: { reportRemindedAt: now } });
      if (claim.count !== 1) return null;
      const frame = await tx.frame.findUniqueOrThrow({ where: { id }, include: { event: { select: { id: true, title: true, endsAt: true, status: true } } } });
      if (frame.event.status !== "PUBLISHED" || !reminderDue(frame.event.endsAt, now)) return 0;
      const { missing } = await missingOf(tx, frame);
      const url = `${publicBaseUrl()}/events/${frame.event.id}/materials#materials-reports`;
      const out: MailInput[] = [];
      for (const r of missing) {
        if (!r.user.email) continue;
        const t = mailTranslator(localeOf(r.user));
        const params = { name: r.user.name ?? r.user.email, event: frame.event.title, frame: frame.name, url };
        // About the person's own registration in a frame whose condition they accepted, so
        // personal mail (not bulk: no opt-out).
        out.push({ to: r.user.email, kind: "materials.reportReminder", subject: t("reportReminder.subject", params), text: t("reportReminder.body", params), priority: MAIL_PRIORITY.personal });
      }
      return enqueueMails(out, tx);
    }, TX_OPTIONS);
    if (sent === null) continue;
    claimed++;
    mails += sent;
  }
  return { frames: claimed, mails };
}
