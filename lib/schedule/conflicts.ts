// Timetable conflicts, explained: a room booked twice, a speaker in two overlapping slots, a talk
// longer than its slot, a slot outside the event. Pure, so the editor and the tests share it.

export type SlotLike = {
  id: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  kind: string;
  title: string;
  talk?: { minutes: number; title: string; speakerIds: string[] } | null;
};

export type Conflict =
  | { kind: "roomDoubleBooked"; slotIds: [string, string]; roomId: string | null }
  | { kind: "speakerOverlap"; slotIds: [string, string]; speakerId: string }
  | { kind: "talkTooLong"; slotIds: [string]; minutes: number; slotMinutes: number }
  | { kind: "outsideEvent"; slotIds: [string] };

const overlaps = (a: SlotLike, b: SlotLike) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
/** A slot without a room (lunch, opening for everyone) occupies every room. */
const shareRoom = (a: SlotLike, b: SlotLike) => a.roomId === null || b.roomId === null || a.roomId === b.roomId;

export function findConflicts(slots: SlotLike[], event?: { startsAt: Date; endsAt: Date }): Conflict[] {
  const out: Conflict[] = [];
  const sorted = [...slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.startsAt >= a.endsAt) break;
      if (!overlaps(a, b)) continue;
      if (shareRoom(a, b)) out.push({ kind: "roomDoubleBooked", slotIds: [a.id, b.id], roomId: a.roomId ?? b.roomId });
      const shared = a.talk && b.talk ? a.talk.speakerIds.find((id) => b.talk!.speakerIds.includes(id)) : undefined;
      if (shared) out.push({ kind: "speakerOverlap", slotIds: [a.id, b.id], speakerId: shared });
    }
    const slotMinutes = Math.round((a.endsAt.getTime() - a.startsAt.getTime()) / 60_000);
    if (a.talk && a.talk.minutes > slotMinutes) out.push({ kind: "talkTooLong", slotIds: [a.id], minutes: a.talk.minutes, slotMinutes });
    if (event && (a.startsAt < event.startsAt || a.endsAt > event.endsAt)) out.push({ kind: "outsideEvent", slotIds: [a.id] });
  }
  return out;
}

/** Fixed items may not overlap each other in a room; talks may, but the conflict is shown. */
export function fixedItemClash(candidate: SlotLike, others: SlotLike[]): SlotLike | null {
  if (candidate.kind === "talk") return null;
  return others.find((o) => o.id !== candidate.id && o.kind !== "talk" && overlaps(candidate, o) && shareRoom(candidate, o)) ?? null;
}
