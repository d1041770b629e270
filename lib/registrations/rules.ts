// Pure registration rules: when a frame takes applications, who may cancel. Answers: lib/questions.
import type { RegistrationStatus } from "./schema";

/** Statuses that hold a seat. Checked-in people keep theirs. */
export const SEATED = ["CONFIRMED", "ATTENDED"] as const;

type Window = { opensAt: Date; closesAt: Date };

export function applicationWindow(frame: Window, now: Date): "NOT_OPEN_YET" | "OPEN" | "CLOSED" {
  if (now < frame.opensAt) return "NOT_OPEN_YET";
  if (now >= frame.closesAt) return "CLOSED";
  return "OPEN";
}

/**
 * Whether a pending lottery's list is frozen: its close is on record, or has passed. From then
 * until the draw nothing about the frame changes and no registration enters or leaves it.
 */
export const isFrozen = (f: { method: string; drawState: string | null; closedAt: Date | null; closesAt: Date }, now: Date) =>
  f.method === "LOTTERY" && f.drawState === "PENDING" && (f.closedAt !== null || now >= f.closesAt);

type CancelFrame = { method: string; closesAt: Date; cancelDeadline: Date | null; drawState: string | null };

/**
 * Why a registration cannot be cancelled now, or null when it can. Between the close of a
 * lottery and its draw the applicant list is frozen (its digest is published), so lottery
 * applications wait for the draw.
 */
export function cancelRefusal(status: RegistrationStatus, frame: CancelFrame, event: { startsAt: Date }, now: Date) {
  if (!["APPLIED", "CONFIRMED", "WAITLISTED"].includes(status)) return "INVALID_STATE" as const;
  if (now >= event.startsAt) return "EVENT_CLOSED" as const;
  if (frame.cancelDeadline && now >= frame.cancelDeadline) return "CANCEL_DEADLINE_PASSED" as const;
  if (frame.method === "LOTTERY" && frame.drawState === "PENDING" && now >= frame.closesAt) return "LOTTERY_FROZEN" as const;
  return null;
}

