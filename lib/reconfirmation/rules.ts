// Reconfirmation (参加確認) rules, pure: when a frame's window is valid, when a link still works,
// and what the rate is. No server imports (the frame form and the service share them).
export const RECONFIRM_POLICIES = ["RELEASE", "REMIND"] as const;
export type ReconfirmPolicy = (typeof RECONFIRM_POLICIES)[number];
export const RECONFIRM_STATES = ["PENDING", "CONFIRMED", "DECLINED", "RELEASED"] as const;
export type ReconfirmState = (typeof RECONFIRM_STATES)[number];

type Window = { reconfirmFrom: Date | null; reconfirmUntil: Date | null; eventStartsAt: Date };

/**
 * Field errors of a frame's reconfirmation window: both times or neither, from before until,
 * until at or before the event's start, and (lottery frames) not before the draw: before it
 * nobody holds a seat to reconfirm.
 */
export function reconfirmWindowErrors(w: Window, frame: { method: string; closesAt: Date; drawAt: Date | null }): Record<string, string[]> {
  const { reconfirmFrom: from, reconfirmUntil: until } = w;
  if (!from && !until) return {};
  if (!from) return { reconfirmFrom: ["required"] };
  if (!until) return { reconfirmUntil: ["required"] };
  if (until <= from) return { reconfirmUntil: ["reconfirmUntilBeforeFrom"] };
  if (until > w.eventStartsAt) return { reconfirmUntil: ["reconfirmAfterStart"] };
  if (frame.method === "LOTTERY" && from < (frame.drawAt ?? frame.closesAt)) return { reconfirmFrom: ["reconfirmBeforeDraw"] };
  return {};
}

/**
 * Whether a frame asks now: inside its window and before the event. People who got their seat
 * inside the window (a late application, a promotion) are not asked: their seat is fresh.
 */
export function isAsking(f: { reconfirmFrom: Date | null; reconfirmUntil: Date | null }, eventStartsAt: Date, now: Date) {
  return Boolean(f.reconfirmFrom && f.reconfirmUntil && f.reconfirmFrom <= now && now < f.reconfirmUntil && now < eventStartsAt);
}

/** The shape of a token, checked before any lookup. */
export const RECONFIRM_TOKEN = /^[A-Za-z0-9_-]{32}$/;

export type ReconfirmStats = { asked: number; confirmed: number; declined: number; released: number; pending: number; rate: number | null };

/** Rate = answered "still coming" among those asked (null before anyone is asked). */
export function reconfirmStats(counts: Partial<Record<ReconfirmState, number>>): ReconfirmStats {
  const confirmed = counts.CONFIRMED ?? 0;
  const declined = counts.DECLINED ?? 0;
  const released = counts.RELEASED ?? 0;
  const pending = counts.PENDING ?? 0;
  const asked = confirmed + declined + released + pending;
  return { asked, confirmed, declined, released, pending, rate: asked ? confirmed / asked : null };
}
