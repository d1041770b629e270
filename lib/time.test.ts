import { describe, expect, it } from "vitest";
import { formatDateTime, formatRange, parseDateTimeInZone, toDateTimeLocal } from "./time";

describe("time", () => {
  it("reads a wall-clock time in the event's zone, whatever the machine's zone", () => {
    expect(process.env.TZ).not.toBe("UTC");
    expect(parseDateTimeInZone("2015-05-20T19:00", "Asia/Tokyo")!.toISOString()).toBe("2015-05-20T10:00:00.000Z");
    expect(parseDateTimeInZone("2015-05-20T19:00", "Europe/London")!.toISOString()).toBe("2015-05-20T18:00:00.000Z");
  });
  it("takes an explicit offset as the instant it names", () => {
    expect(parseDateTimeInZone("2015-05-20T19:00:00+09:00", "America/New_York")!.toISOString()).toBe("2015-05-20T10:00:00.000Z");
    expect(parseDateTimeInZone("2015-05-20T10:00:00Z", "Asia/Tokyo")!.toISOString()).toBe("2015-05-20T10:00:00.000Z");
  });
  it("refuses what is not a date and time", () => {
    expect(parseDateTimeInZone("next tuesday", "Asia/Tokyo")).toBeNull();
    expect(parseDateTimeInZone("2015-13-45T99:00", "Asia/Tokyo")).toBeNull();
    expect(parseDateTimeInZone("", "Asia/Tokyo")).toBeNull();
  });
  it("refuses years no database stores alike (year 0 is valid in JavaScript, not in PostgreSQL)", () => {
    expect(parseDateTimeInZone("0000-01-01T00:00:00Z", "Asia/Tokyo")).toBeNull();
    expect(parseDateTimeInZone("1899-12-31T12:00", "UTC")).toBeNull();
    expect(parseDateTimeInZone("1900-01-02T00:00", "UTC")!.toISOString()).toBe("1900-01-02T00:00:00.000Z");
    expect(parseDateTimeInZone("9999-12-31T00:00Z", "Asia/Tokyo")!.getUTCFullYear()).toBe(9999);
  });
  it("round-trips a datetime-local value in the zone", () => {
    const d = new Date("2015-05-20T10:00:00Z");
    expect(toDateTimeLocal(d, "Asia/Tokyo")).toBe("2015-05-20T19:00");
  });
  it("always shows the zone", () => {
    const d = new Date("2015-05-20T10:00:00Z");
    expect(formatDateTime(d, "Asia/Tokyo", "ja")).toContain("JST");
    expect(formatDateTime(d, "Asia/Tokyo", "ja")).toContain("19:00");
    expect(formatDateTime(d, "Asia/Tokyo", "en")).toMatch(/GMT\+9/);
    expect(formatRange(d, new Date("2015-05-20T12:30:00Z"), "Asia/Tokyo", "ja")).toMatch(/19:00.*21:30 JST/);
  });
});
