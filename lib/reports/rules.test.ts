import { describe, expect, it } from "vitest";
import { expectedStatuses, REPORT_REMINDER_WINDOW_MS, reminderDue, reportBasis, reportReminderDueAt } from "./rules";

describe("report rules", () => {
  const endsAt = new Date("2031-05-20T21:30:00+09:00");

  it("makes the reminder due 24 hours after the end, for two weeks", () => {
    expect(reportReminderDueAt(endsAt).toISOString()).toBe("2031-05-21T12:30:00.000Z");
    expect(reminderDue(endsAt, new Date("2031-05-21T21:29:59+09:00"))).toBe(false);
    expect(reminderDue(endsAt, new Date("2031-05-21T21:30:00+09:00"))).toBe(true);
    expect(reminderDue(endsAt, new Date(reportReminderDueAt(endsAt).getTime() + REPORT_REMINDER_WINDOW_MS - 1))).toBe(true);
    expect(reminderDue(endsAt, new Date(reportReminderDueAt(endsAt).getTime() + REPORT_REMINDER_WINDOW_MS))).toBe(false);
  });

  it("expects reports from the checked-in when the door was used, else from every seat", () => {
    expect(reportBasis(true)).toBe("ATTENDED");
    expect(expectedStatuses(reportBasis(true))).toEqual(["ATTENDED"]);
    expect(expectedStatuses(reportBasis(false))).toEqual(["CONFIRMED", "ATTENDED"]);
  });
});
