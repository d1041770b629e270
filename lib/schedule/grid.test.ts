import { describe, expect, it } from "vitest";
import { dropAt, gridDays, keyStep, type KeyPosition, lengthMinutes, moveBy, resizeBy, snap } from "./grid";

const jst = (s: string) => new Date(`${s}+09:00`);

describe("timetable grid arithmetic", () => {
  it("snaps to 5 minutes", () => {
    expect([0, 2, 3, 7, 8, 62].map(snap)).toEqual([0, 0, 5, 5, 10, 60]);
  });

  it("makes one day per local date in the event's zone, widened for items before and after", () => {
    const event = { startsAt: jst("2031-06-14T10:00:00"), endsAt: jst("2031-06-15T18:00:00") };
    const items = [
      { startsAt: jst("2031-06-14T09:30:00"), endsAt: jst("2031-06-14T10:00:00") },
      { startsAt: jst("2031-06-15T18:30:00"), endsAt: jst("2031-06-15T20:45:00") },
    ];
    const days = gridDays(event, items, "Asia/Tokyo");
    expect(days.map((d) => d.key)).toEqual(["2031-06-14", "2031-06-15"]);
    expect(days[0]!.from).toEqual(jst("2031-06-14T09:00:00"));
    expect(days[1]!.to).toEqual(jst("2031-06-15T21:00:00"));
  });

  it("places a drop at the snapped offset from the day's top, keeping the length", () => {
    const day = { key: "2031-06-14", from: jst("2031-06-14T10:00:00"), to: jst("2031-06-14T18:00:00") };
    const p = dropAt(day, 63, 40);
    expect(p.startsAt).toEqual(jst("2031-06-14T11:05:00"));
    expect(lengthMinutes(p)).toBe(40);
    expect(dropAt(day, -30, 20).startsAt).toEqual(day.from);
  });

  it("moves by snapped minutes and refuses a resize to zero or negative length", () => {
    const item = { startsAt: jst("2031-06-14T11:00:00"), endsAt: jst("2031-06-14T11:20:00") };
    expect(moveBy(item, 12).startsAt).toEqual(jst("2031-06-14T11:10:00"));
    expect(resizeBy(item, 9)?.endsAt).toEqual(jst("2031-06-14T11:30:00"));
    expect(resizeBy(item, -20)).toBeNull();
    expect(resizeBy(item, -45)).toBeNull();
  });

  describe("keyboard steps", () => {
    // Two days of 9 hours (540 minutes), three rooms, a 30-minute talk.
    const grid = { dayMinutes: [540, 540], rooms: 3, length: 30 };
    const press = (from: KeyPosition | null, keys: string[]) => keys.reduce((at, k) => keyStep(at, k, grid), from);

    it("moves exactly one 5-minute step per arrow key up or down", () => {
      const at = { day: 0, room: 1, minutes: 120 };
      expect(press(at, Array(7).fill("ArrowDown"))).toEqual({ day: 0, room: 1, minutes: 155 });
      expect(press(at, ["ArrowUp", "ArrowUp", "ArrowDown"])).toEqual({ day: 0, room: 1, minutes: 115 });
    });

    it("enters the first room of the first day from the list, then moves one room per key and stays at the edges", () => {
      expect(press(null, ["ArrowDown", "ArrowUp"])).toBeNull();
      expect(press(null, ["ArrowRight"])).toEqual({ day: 0, room: 0, minutes: 0 });
      expect(press(null, ["ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight", "ArrowRight"])).toEqual({ day: 0, room: 2, minutes: 0 });
      expect(press(null, ["ArrowLeft", "ArrowLeft"])).toEqual({ day: 0, room: 0, minutes: 0 });
    });

    it("goes on into the next day past the day's last start, and back", () => {
      const last = { day: 0, room: 2, minutes: 510 };
      expect(press(last, ["ArrowDown"])).toEqual({ day: 1, room: 2, minutes: 0 });
      expect(press(last, ["ArrowDown", "ArrowUp"])).toEqual(last);
      expect(press({ day: 1, room: 0, minutes: 505 }, ["ArrowDown", "ArrowDown"])).toEqual({ day: 1, room: 0, minutes: 510 });
      expect(press({ day: 0, room: 0, minutes: 0 }, ["ArrowUp"])).toEqual({ day: 0, room: 0, minutes: 0 });
    });
  });
});
