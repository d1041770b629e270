// ブログ枠: a frame may ask its participants for a report (参加レポート) after the event. Pure rules,
// no server imports.

/**
 * The reminder goes out 24 hours after the event ends: the evening of the event and the next day
 * leave time to post unprompted (most reports appear then), and the mail still arrives while the
 * event is fresh in mind.
 */
export const REPORT_REMINDER_DELAY_MS = 24 * 3600_000;

/**
 * Events that ended longer ago than this get no reminder: a frame marked afterwards, or a server
 * that was down for weeks, should not mail people about an event they have long forgotten.
 */
export const REPORT_REMINDER_WINDOW_MS = 14 * 86_400_000;

export const reportReminderDueAt = (endsAt: Date) => new Date(endsAt.getTime() + REPORT_REMINDER_DELAY_MS);

/** Whether the reminder for an event that ended at `endsAt` is due at `now`. */
export function reminderDue(endsAt: Date, now: Date) {
  const due = reportReminderDueAt(endsAt).getTime();
  return now.getTime() >= due && now.getTime() < due + REPORT_REMINDER_WINDOW_MS;
}

/**
 * Who is expected to post: when the event's door check-in was used, those checked in (the others
 * did not come); without any check-in data, everyone with a seat.
 */
export type ReportBasis = "ATTENDED" | "CONFIRMED";
export const reportBasis = (anyCheckedIn: boolean): ReportBasis => (anyCheckedIn ? "ATTENDED" : "CONFIRMED");
export const expectedStatuses = (basis: ReportBasis): string[] => (basis === "ATTENDED" ? ["ATTENDED"] : ["CONFIRMED", "ATTENDED"]);
