import { describe, expect, it } from "vitest";
import { describeChange, diffSnapshots, type SnapshotItem, talksToNotify } from "./versions";

const item = (slotId: string, proposalId: string | null, roomId: string | null, from: string, to: string, title = slotId): SnapshotItem => ({
  slotId,
  proposalId,
  kind: proposalId ? "talk" : "break",
  title,
  roomId,
  roomName: roomId ? `Room ${roomId}` : null,
  startsAt: `2031-06-14T${from}:00+09:00`,
  endsAt: `2031-06-14T${to}:00+09:00`,
});

describe("schedule versions", () => {
  it("has no changes for the first version", () => {
    expect(diffSnapshots(null, [item("s1", "p1", "A", "10:00", "10:20")])).toEqual([]);
  });

  it("finds moved, room-changed, added, cancelled and removed items", () => {
    const prev = [item("s1", "p1", "A", "10:00", "10:20"), item("s2", "p2", "A", "10:30", "10:50"), item("s3", "p3", "B", "11:00", "11:20"), item("brk", null, null, "12:00", "13:00")];
    // p1 is placed anew (another slot id) at another time: still "moved", not cancelled + added.
    const next = [item("s9", "p1", "A", "10:30", "10:50"), item("s2", "p2", "B", "10:30", "10:50"), item("s4", "p4", "A", "14:00", "14:20")];
    const changes = diffSnapshots(prev, next);
    expect(changes.map((c) => [c.type, c.title])).toEqual([
      ["roomChanged", "s2"],
      ["moved", "s9"],
      ["added", "s4"],
      ["cancelled", "s3"],
      ["removed", "brk"],
    ]);
    expect(talksToNotify(changes).sort()).toEqual(["p1", "p2", "p3"]);
  });

  it("finds nothing when only the order of the list differs", () => {
    const a = [item("s1", "p1", "A", "10:00", "10:20"), item("s2", "p2", "B", "10:00", "10:20")];
    expect(diffSnapshots(a, [...a].reverse())).toEqual([]);
  });

  it("describes a change in one line", () => {
    const [c] = diffSnapshots([item("s1", "p1", "A", "10:00", "10:20", "Kubernetes")], [item("s1", "p1", "A", "11:00", "11:20", "Kubernetes")]);
    expect(describeChange(c!, (iso) => iso.slice(11, 16))).toBe('Moved: "Kubernetes" from 10:00 (Room A) to 11:00 (Room A)');
  });
});
