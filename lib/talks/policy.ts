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
