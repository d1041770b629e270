import { describe, expect, it } from "vitest";
import { findConflicts, fixedItemClash, placement, type SlotLike } from "./conflicts";

const at = (hhmm: string) => new Date(`2015-04-08T${hhmm}:00+09:00`);
const slot = (id: string, roomId: string | null, from: string, to: string, talk?: SlotLike["talk"], kind = talk ? "talk" : "break"): SlotLike => ({
  id,
  roomId,
  startsAt: at(from),
  endsAt: at(to),
  kind,
  title: id,
  talk: talk ?? null,
});
const talk = (minutes: number, ...speakerIds: string[]) => ({ minutes, title: "t", speakerIds });

describe("timetable conflicts", () => {
  it("finds nothing in a clean two-room timetable", () => {
    const slots = [
      slot("open", null, "19:00", "19:10", undefined, "opening"),
      slot("a1", "A", "19:10", "19:30", talk(20, "s1")),
      slot("b1", "B", "19:10", "19:30", talk(20, "s2")),
      slot("a2", "A", "19:30", "19:50", talk(20, "s2")),
    ];
    expect(findConflicts(slots)).toEqual([]);
  });

  it("reports a room booked twice, including by an item for all rooms", () => {
    const c = findConflicts([slot("a1", "A", "19:10", "19:30", talk(20, "s1")), slot("a2", "A", "19:20", "19:40", talk(20, "s2")), slot("lunch", null, "19:35", "20:00", undefined, "lunch")]);
    expect(c).toContainEqual({ kind: "roomDoubleBooked", slotIds: ["a1", "a2"], roomId: "A" });
    expect(c).toContainEqual({ kind: "roomDoubleBooked", slotIds: ["a2", "lunch"], roomId: "A" });
  });

  it("reports a speaker in two overlapping slots in different rooms", () => {
    const c = findConflicts([slot("a1", "A", "19:10", "19:30", talk(20, "s1", "s9")), slot("b1", "B", "19:20", "19:40", talk(20, "s9"))]);
    expect(c).toEqual([{ kind: "speakerOverlap", slotIds: ["a1", "b1"], speakerId: "s9" }]);
  });

  it("reports a talk longer than its slot", () => {
    const c = findConflicts([slot("a1", "A", "21:50", "22:05", talk(20, "s1"))]);
    expect(c).toEqual([{ kind: "talkTooLong", slotIds: ["a1"], minutes: 20, slotMinutes: 15 }]);
  });

  it("allows 受付 before the start and 懇親会 after the end, and says where they lie", () => {
    const event = { startsAt: at("19:00"), endsAt: at("21:00") };
    const reception = slot("reception", null, "18:30", "19:00", undefined, "reception");
    const party = slot("party", null, "21:00", "22:30", undefined, "party");
    const talk1 = slot("a1", "A", "19:10", "19:30", talk(20, "s1"));
    expect(findConflicts([reception, talk1, party])).toEqual([]);
    expect([reception, talk1, party].map((s) => placement(s, event))).toEqual(["before", "during", "after"]);
  });

  it("reports a speaker scheduled outside the times they can come, and nothing without availability", () => {
    const a1 = slot("a1", "A", "19:10", "19:30", talk(20, "s1", "s2"));
    const ranges = new Map([["s1", [{ startsAt: at("19:00"), endsAt: at("20:00") }]], ["s2", [{ startsAt: at("20:00"), endsAt: at("21:00") }]]]);
    expect(findConflicts([a1], (id) => ranges.get(id) ?? null)).toEqual([{ kind: "speakerUnavailable", slotIds: ["a1"], speakerId: "s2" }]);
    expect(findConflicts([a1], () => null)).toEqual([]);
    // A range that covers only part of the talk is not enough.
    expect(findConflicts([slot("a2", "A", "19:50", "20:10", talk(20, "s1"))], (id) => ranges.get(id) ?? null)).toHaveLength(1);
  });

  it("treats back-to-back slots as not overlapping", () => {
    expect(findConflicts([slot("a1", "A", "19:10", "19:30", talk(20, "s1")), slot("a2", "A", "19:30", "19:50", talk(20, "s1"))])).toEqual([]);
  });

  it("refuses a fixed item over another fixed item, but not over a talk", () => {
    const brk = slot("break", null, "20:00", "20:10");
    expect(fixedItemClash(slot("lunch", "A", "20:05", "20:30", undefined, "lunch"), [brk])?.id).toBe("break");
    expect(fixedItemClash(slot("lunch", "A", "20:10", "20:30", undefined, "lunch"), [brk])).toBeNull();
    expect(fixedItemClash(slot("lunch", "A", "20:05", "20:30", undefined, "lunch"), [slot("t", "A", "20:00", "20:20", talk(20, "s"))])).toBeNull();
  });
});
