// A person's standing in a frame, in words: the same wording on the event page, "my events" and
// the ticket.
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/time";
import { formatDateTime } from "@/lib/time";

export type StandingRegistration = { status: string; receiptNumber: number; waitlistPosition: number | null; createdAt: Date };
export type StandingFrame = { method: string; drawState: string | null; drawAt: Date | null; closesAt: Date; drawnAt: Date | null };

/** Registrations that hold or wait for a place; the others are history. */
export const ACTIVE_STATUSES = ["APPLIED", "CONFIRMED", "WAITLISTED", "ATTENDED"];

export function standingKey(reg: StandingRegistration, frame: StandingFrame, ended = false): string {
  // Still only confirmed once the event is over: they did not check in at the door.
  if (ended && reg.status === "CONFIRMED") return "NO_SHOW";
  if (reg.status === "APPLIED") {
    if (frame.method === "APPROVAL") return "APPLIED_APPROVAL";
    if (frame.method === "LOTTERY" && frame.drawState === "PENDING") return "APPLIED_LOTTERY";
    return "APPLIED";
  }
  // Only people who were in the draw lost it; applications after the draw joined a plain waitlist.
  if (reg.status === "WAITLISTED" && frame.method === "LOTTERY" && frame.drawnAt && reg.createdAt <= frame.drawnAt) return "WAITLISTED_LOTTERY";
  return reg.status;
}

export function statusTone(status: string): string {
  if (status === "CONFIRMED" || status === "ATTENDED") return "bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200";
  if (status === "WAITLISTED") return "bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200";
  if (status === "APPLIED") return "bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-200";
  return "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200";
}

/** "参加確定 — 受付番号 #57", "補欠 12 番目", "申込済み — 抽選は …" */
export async function standing(reg: StandingRegistration, frame: StandingFrame, timezone: string, locale: Locale, ended = false) {
  const t = await getTranslations("registration");
  const key = standingKey(reg, frame, ended);
  const drawAt = frame.drawAt ?? frame.closesAt;
  const text = t(`status.${key}`, { receipt: reg.receiptNumber, position: reg.waitlistPosition ?? 0, drawAt: formatDateTime(drawAt, timezone, locale) });
  return { key, text };
}
