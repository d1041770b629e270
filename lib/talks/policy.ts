// Who may do what with an event's talks. Organizers decide; reviewers only score; speakers
// manage their own proposals (checked against the proposal's speakers in the service).
export type TalkRole = "ORGANIZER" | "REVIEWER" | null;

export const canDecide = (role: TalkRole) => role === "ORGANIZER";
export const canReview = (role: TalkRole) => role === "ORGANIZER" || role === "REVIEWER";
export const canSeeProposals = canReview;

export function cfpState(cfp: { opensAt: Date; closesAt: Date }, now: Date): "NOT_OPEN_YET" | "OPEN" | "CLOSED" {
  if (now < cfp.opensAt) return "NOT_OPEN_YET";
  if (now >= cfp.closesAt) return "CLOSED";
  return "OPEN";
}

/** Statuses after a decision was sent: from then on an anonymised review shows the speakers. */
const DECIDED = ["ACCEPTED", "REJECTED", "WAITLISTED", "CONFIRMED", "DECLINED"];

/**
 * Whether a proposal's speakers (names, bio, photo) are hidden from the viewer: in an anonymised
 * review, from reviewers who do not organize, until the decision is sent. Never from the
 * proposal's own speakers.
 */
export function speakersHidden(role: TalkRole, cfp: { anonymousReview: boolean } | null | undefined, p: { status: string; speakers: { userId: string }[] }, viewerId: string | undefined): boolean {
  if (role !== "REVIEWER" || !cfp?.anonymousReview) return false;
  if (viewerId && p.speakers.some((s) => s.userId === viewerId)) return false;
  return !DECIDED.includes(p.status);
}
