import { describe, expect, it } from "vitest";
import { addMinutes, clock, clockRange, dayKey, marksAt } from "./clock";

const at = (iso: string) => new Date(iso).getTime();
const slots = [
  { id: "opening", startsAt: at("2031-06-14T10:00:00Z"), endsAt: at("2031-06-14T10:10:00Z") },
  { id: "a", startsAt: at("2031-06-14T10:10:00Z"), endsAt: at("2031-06-14T10:30:00Z") },
  { id: "b", startsAt: at("2031-06-14T10:10:00Z"), endsAt: at("2031-06-14T10:15:00Z") },
  { id: "closing", startsAt: at("2031-06-14T10:30:00Z"), endsAt: at("2031-06-14T10:40:00Z") },
];
const ids = (s: Set<string>) => [...s].sort();

describe("marksAt", () => {
  it("marks what runs now and everything that starts next", () => {
    const m = marksAt(slots, at("2031-06-14T10:05:00Z"));
    expect(ids(m.current)).toEqual(["opening"]);
    expect(ids(m.next)).toEqual(["a", "b"]);
  });

  it("keeps a long talk current while a short one in another room has ended", () => {
    const m = marksAt(slots, at("2031-06-14T10:20:00Z"));
    expect(ids(m.current)).toEqual(["a"]);
    expect(ids(m.next)).toEqual(["closing"]);
  });

  it("marks the first slot as next within the hour before the event, and nothing long before or after", () => {
    expect(ids(marksAt(slots, at("2031-06-14T09:30:00Z")).next)).toEqual(["opening"]);
    expect(marksAt(slots, at("2031-06-14T08:00:00Z")).next.size).toBe(0);
    const after = marksAt(slots, at("2031-06-14T10:40:00Z"));
    expect(after.current.size + after.next.size).toBe(0);
  });
});

describe("wall-clock helpers", () => {
  it("show times in the event's zone whatever the machine's zone", () => {
    const start = new Date("2031-06-14T10:10:00Z");
    expect(clock(start, "Asia/Tokyo")).toBe("19:10");
    expect(clockRange(start, new Date("2031-06-14T10:30:00Z"), "Asia/Tokyo")).toBe("19:10–19:30");
    expect(dayKey(new Date("2031-06-14T15:30:00Z"), "Asia/Tokyo")).toBe("2031-06-15");
  });

  it("add minutes to a local date-time across midnight", () => {
    expect(addMinutes("2031-06-14T23:50", 20)).toBe("2031-06-15T00:10");
    expect(addMinutes("not a time", 5)).toBeNull();
  });
});
