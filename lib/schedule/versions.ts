// Schedule versions: what a published timetable looked like (a snapshot) and what changed since
// the previous publication (a changelog computed by diffing two snapshots). Pure.

export type SnapshotItem = {
  slotId: string;
  proposalId: string | null;
  kind: string;
  title: string;
  roomId: string | null;
  roomName: string | null;
  startsAt: string;
  endsAt: string;
};

export type Where = { roomName: string | null; startsAt: string; endsAt: string };

export type Change =
  | { type: "added"; proposalId: string | null; title: string; to: Where }
  | { type: "moved" | "roomChanged"; proposalId: string | null; title: string; from: Where; to: Where }
  | { type: "cancelled" | "removed"; proposalId: string | null; title: string; from: Where };

/** A talk keeps its identity across slots (it may be placed anew); a fixed item is its slot. */
const key = (i: SnapshotItem) => (i.proposalId ? `talk:${i.proposalId}` : `slot:${i.slotId}`);
const where = (i: SnapshotItem): Where => ({ roomName: i.roomName, startsAt: i.startsAt, endsAt: i.endsAt });
const sameTime = (a: SnapshotItem, b: SnapshotItem) => Date.parse(a.startsAt) === Date.parse(b.startsAt) && Date.parse(a.endsAt) === Date.parse(b.endsAt);

/**
 * The changes from `prev` to `next`, in the order of the new timetable (then the removed ones).
 * The first version has no previous one, so no changes: everything is new.
 */
export function diffSnapshots(prev: SnapshotItem[] | null, next: SnapshotItem[]): Change[] {
  if (!prev) return [];
  const before = new Map(prev.map((i) => [key(i), i]));
  const after = new Map(next.map((i) => [key(i), i]));
  const out: Change[] = [];
  const byStart = (a: SnapshotItem, b: SnapshotItem) => Date.parse(a.startsAt) - Date.parse(b.startsAt) || a.title.localeCompare(b.title);
  for (const n of [...next].sort(byStart)) {
    const p = before.get(key(n));
    if (!p) out.push({ type: "added", proposalId: n.proposalId, title: n.title, to: where(n) });
    else if (!sameTime(p, n)) out.push({ type: "moved", proposalId: n.proposalId, title: n.title, from: where(p), to: where(n) });
    else if (p.roomId !== n.roomId) out.push({ type: "roomChanged", proposalId: n.proposalId, title: n.title, from: where(p), to: where(n) });
  }
  for (const p of [...prev].sort(byStart)) {
    if (!after.has(key(p))) out.push({ type: p.proposalId ? "cancelled" : "removed", proposalId: p.proposalId, title: p.title, from: where(p) });
  }
  return out;
}

/** Talks whose speakers are told: moved, in another room, or taken off the timetable. */
export function talksToNotify(changes: Change[]): string[] {
  return [...new Set(changes.filter((c) => c.type !== "added" && c.type !== "removed" && c.proposalId).map((c) => c.proposalId!))];
}

/** One line per change in English, for the API's `changes: string[]` (the pages translate). */
export function describeChange(c: Change, fmt: (iso: string) => string): string {
  const at = (w: Where) => `${fmt(w.startsAt)}${w.roomName ? ` (${w.roomName})` : ""}`;
  switch (c.type) {
    case "added":
      return `Added: "${c.title}" at ${at(c.to)}`;
    case "moved":
      return `Moved: "${c.title}" from ${at(c.from)} to ${at(c.to)}`;
    case "roomChanged":
      return `Room changed: "${c.title}" from ${c.from.roomName ?? "all rooms"} to ${c.to.roomName ?? "all rooms"}`;
    case "cancelled":
      return `Cancelled: "${c.title}" (was ${at(c.from)})`;
    case "removed":
      return `Removed: "${c.title}" (was ${at(c.from)})`;
  }
}
