// Timetable conflicts, explained: a room booked twice, a speaker in two overlapping slots, a talk
// longer than its slot, a speaker scheduled outside the times they said they can come. Pure, so
// the grid editor (live, in the browser), the server and the tests share it.
//
// An item before the event's start or after its end (受付 at 18:30 before a 19:00 start, 懇親会
// after the last talk) is not a conflict: `placement` says where it lies so the editor can show it.

export type SlotLike = {
  id: string;
  roomId: string | null;
  startsAt: Date;
  endsAt: Date;
  kind: string;
  title: string;
  talk?: { minutes: number; title: string; speakerIds: string[] } | null;
};

export type TimeRange = { startsAt: Date; endsAt: Date };

/**
 * When a speaker can be there: their time ranges, or null when they gave none (always available).
 * The CFP's availability question feeds this; the rule itself does not know where it comes from.
 */
export type Availability = (speakerId: string) => readonly TimeRange[] | null;

export type Conflict =
  | { kind: "roomDoubleBooked"; slotIds: [string, string]; roomId: string | null }
  | { kind: "speakerOverlap"; slotIds: [string, string]; speakerId: string }
  | { kind: "talkTooLong"; slotIds: [string]; minutes: number; slotMinutes: number }
  | { kind: "speakerUnavailable"; slotIds: [string]; speakerId: string };

export type Placement = "before" | "during" | "after";

const overlaps = (a: TimeRange, b: TimeRange) => a.startsAt < b.endsAt && b.startsAt < a.endsAt;
/** A slot without a room (lunch, opening for everyone) occupies every room. */
const shareRoom = (a: SlotLike, b: SlotLike) => a.roomId === null || b.roomId === null || a.roomId === b.roomId;
const within = (inner: TimeRange, outer: TimeRange) => inner.startsAt >= outer.startsAt && inner.endsAt <= outer.endsAt;

export function findConflicts(slots: SlotLike[], availability?: Availability): Conflict[] {
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
    if (a.talk && availability) {
      for (const speakerId of a.talk.speakerIds) {
        const ranges = availability(speakerId);
        if (ranges && !ranges.some((r) => within(a, r))) out.push({ kind: "speakerUnavailable", slotIds: [a.id], speakerId });
      }
    }
  }
  return out;
}

/** Where an item lies against the event's hours: before (受付), during, or after (懇親会). Allowed either way. */
export function placement(slot: TimeRange, event: TimeRange): Placement {
  if (slot.startsAt < event.startsAt) return "before";
  if (slot.endsAt > event.endsAt) return "after";
  return "during";
}

/** Fixed items may not overlap each other in a room; talks may, but the conflict is shown. */
export function fixedItemClash(candidate: SlotLike, others: SlotLike[]): SlotLike | null {
  if (candidate.kind === "talk") return null;
  return others.find((o) => o.id !== candidate.id && o.kind !== "talk" && overlaps(candidate, o) && shareRoom(candidate, o)) ?? null;
}
