// The mail outbox. A mail is a row written with (ideally in the same transaction as) the change it
// reports; sendPendingMail() delivers it later through SMTP, retrying with backoff, so a crash
// between "state changed" and "mail sent" loses nothing. Without SMTP_URL mail stays in the
// outbox and the development mailbox shows it.
import { db, type Tx } from "../db";
import { env } from "../env";

/**
 * The outbox's lanes, lowest first: a sign-in link expires in 30 minutes and must not wait behind
 * a draw's thousand result mails; mail about a person's own act comes next; bulk mail last.
 */
export const MAIL_PRIORITY = { signIn: 0, personal: 10, bulk: 100 } as const;

export type MailAttachment = { filename: string; contentType: string; content: string };
export type MailInput = {
  to: string;
  subject: string;
  text: string;
  kind: string;
  priority?: number;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/** An outbox row's columns for a mail (headers and attachments as JSON). */
export function outboxRow({ headers, attachments, ...m }: MailInput) {
  return {
    ...m,
    priority: m.priority ?? MAIL_PRIORITY.personal,
    headers: headers && Object.keys(headers).length ? JSON.stringify(headers) : null,
    attachments: attachments?.length ? JSON.stringify(attachments) : null,
  };
}

export async function enqueueMail(input: MailInput, tx: Tx = db()) {
  return tx.outboxMail.create({ data: outboxRow(input) });
}

/** Many mails at once, in chunks (SQLite binds at most 999 parameters per statement). */
export async function enqueueMails(mails: MailInput[], tx: Tx = db()) {
  for (let i = 0; i < mails.length; i += 200) await tx.outboxMail.createMany({ data: mails.slice(i, i + 200).map(outboxRow) });
  return mails.length;
}

function parseJson<T>(s: string | null): T | undefined {
  if (!s) return undefined;
  try {
    return JSON.parse(s) as T;
  } catch {
    return undefined;
  }
}

export async function listMailbox(limit = 100, to?: string) {
  return db().outboxMail.findMany({ where: to ? { to } : {}, orderBy: { createdAt: "desc" }, take: limit });
}

export async function getMail(id: string) {
  return db().outboxMail.findUnique({ where: { id } });
}

export type Transport = {
  sendMail(m: { from: string; to: string; subject: string; text: string; headers?: Record<string, string>; attachments?: MailAttachment[] }): Promise<unknown>;
};
let transport: Transport | undefined;

async function smtp(): Promise<Transport | null> {
  const url = env().SMTP_URL;
  if (!url) return null;
  if (!transport) {
    const nodemailer = await import("nodemailer");
    transport = nodemailer.createTransport(url);
  }
  return transport;
}

const MAX_ATTEMPTS = 8;

/** Sends due mail. Safe to run from several instances: each row is claimed by a conditional update. */
export async function sendPendingMail(now = new Date(), batch = 50, through?: Transport): Promise<{ sent: number; failed: number }> {
  const t = through ?? (await smtp());
  if (!t) return { sent: 0, failed: 0 };
  const due = await db().outboxMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: [{ priority: "asc" }, { createdAt: "asc" }],
    take: batch,
  });
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    // Claim: push nextAttemptAt forward so a racing instance skips this row.
    const lease = new Date(now.getTime() + 5 * 60_000);
    const claimed = await db().outboxMail.updateMany({
      where: { id: mail.id, status: "PENDING", attempts: mail.attempts },
      data: { attempts: { increment: 1 }, nextAttemptAt: lease },
    });
    if (claimed.count !== 1) continue;
    try {
      await t.sendMail({
        from: env().MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: parseJson<Record<string, string>>(mail.headers),
        attachments: parseJson<MailAttachment[]>(mail.attachments),
      });
      await db().outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent++;
    } catch (e) {
      const attempts = mail.attempts + 1;
      const backoff = Math.min(2 ** attempts * 30_000, 6 * 3600_000);
      await db().outboxMail.update({
        where: { id: mail.id },
        data: {
          status: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          lastError: e instanceof Error ? e.message.slice(0, 500) : "send failed",
          nextAttemptAt: new Date(Date.now() + backoff),
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
