// What is limited, and how much. Each kind counts per client address and, where there is one, per
// identifier (the email address a sign-in link goes to, the signed-in person, the token). The
// numbers allow a busy but honest person (and a whole venue behind one address) and stop a script;
// HAKO_RATE_LIMIT_SCALE multiplies them all.
export type Allowance = { points: number; seconds: number };
export type LimitRule = { ip?: Allowance; id?: Allowance };

export const LIMITS = {
  // Magic-link mail: a few links per address, a few addresses per client.
  signInMail: { id: { points: 5, seconds: 15 * 60 }, ip: { points: 30, seconds: 15 * 60 } },
  // Applying and cancelling: a venue's shared address at the moment a frame opens.
  application: { id: { points: 20, seconds: 10 * 60 }, ip: { points: 600, seconds: 60 } },
  proposal: { id: { points: 20, seconds: 60 * 60 }, ip: { points: 100, seconds: 60 * 60 } },
  // Slide links, uploaded slides and attendees' reports.
  report: { id: { points: 30, seconds: 60 * 60 }, ip: { points: 200, seconds: 60 * 60 } },
  // Co-speaker invitations and co-organizer additions (each may send mail to someone else).
  invitation: { id: { points: 30, seconds: 60 * 60 }, ip: { points: 100, seconds: 60 * 60 } },
  // Requests with a personal access token, per token owner.
  tokenUse: { id: { points: 600, seconds: 60 } },
  // Bearer tokens that were not valid, per client address (guessing tokens).
  tokenFailure: { ip: { points: 20, seconds: 10 * 60 } },
  // Door check-in by receipt number or QR token, per staff member.
  checkIn: { id: { points: 120, seconds: 60 } },
  // Anonymous reads that cost the server a lot: a draw page or draw/log JSON of a large frame.
  heavyRead: { ip: { points: 60, seconds: 60 } },
} satisfies Record<string, LimitRule>;

export type LimitKind = keyof typeof LIMITS;
