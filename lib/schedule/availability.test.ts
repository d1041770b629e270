import { describe, expect, it } from "vitest";
import { isSpeakerAvailable, mergeRanges, nowAndNext, unavailableSpeakers } from "./availability";

const at = (hhmm: string, day = "2031-06-01") => new Date(`${day}T${hhmm}:00+09:00`);
const range = (a: string, b: string, day?: string) => ({ startsAt: at(a, day), endsAt: at(b, day) });

describe("isSpeakerAvailable", () => {
  it("treats no ranges as available at any time", () => {
    expect(isSpeakerAvailable([], at("10:00"), at("10:40"))).toBe(true);
    expect(isSpeakerAvailable(null, at("10:00"), at("10:40"))).toBe(true);
  });
  it("requires the slot to lie within one range", () => {
    const avail = [range("10:00", "12:00"), range("15:00", "17:00")];
    expect(isSpeakerAvailable(avail, at("10:00"), at("12:00"))).toBe(true);
    expect(isSpeakerAvailable(avail, at("11:40"), at("12:20"))).toBe(false);
    expect(isSpeakerAvailable(avail, at("13:00"), at("13:20"))).toBe(false);
    expect(isSpeakerAvailable(avail, at("10:00", "2031-06-02"), at("10:20", "2031-06-02"))).toBe(false);
  });
  it("joins touching ranges and refuses an empty slot", () => {
    const avail = [range("12:00", "14:00"), range("10:00", "12:00")];
    expect(isSpeakerAvailable(avail, at("11:30"), at("12:30"))).toBe(true);
    expect(isSpeakerAvailable(avail, at("11:00"), at("11:00"))).toBe(false);
    expect(mergeRanges(avail)).toHaveLength(1);
  });
  it("names the unavailable speakers of a slot", () => {
    const map = new Map([["a", [range("10:00", "11:00")]], ["b", []]]);
    expect(unavailableSpeakers(map, ["a", "b", "c"], at("11:00"), at("11:20"))).toEqual(["a"]);
  });
});

describe("nowAndNext", () => {
  it("finds what runs now and what starts next", () => {
    const items = [range("10:00", "10:40"), range("10:00", "10:20"), range("11:00", "11:40"), range("11:00", "11:20"), range("13:00", "13:40")];
    const r = nowAndNext(items, at("10:10"));
    expect(r.now).toHaveLength(2);
    expect(r.next.map((i) => i.startsAt)).toEqual([at("11:00"), at("11:00")]);
    expect(nowAndNext(items, at("14:00"))).toEqual({ now: [], next: [] });
  });
});
