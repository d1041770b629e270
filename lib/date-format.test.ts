import { describe, expect, it } from "vitest";
import { dateFormat } from "./date-format";

describe("dateFormat", () => {
  const at = new Date("2015-05-20T10:00:00Z");

  it("makes one format per locale and options, and formats as a new one would", () => {
    const options: Intl.DateTimeFormatOptions = { timeZone: "Asia/Tokyo", hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
    const first = dateFormat("ja-JP", options);
    expect(dateFormat("ja-JP", { ...options })).toBe(first);
    expect(first.format(at)).toBe(new Intl.DateTimeFormat("ja-JP", options).format(at));
    expect(first.format(at)).toContain("19:00");
  });

  it("keeps different zones, locales and options apart", () => {
    const tokyo = dateFormat("en-US", { timeZone: "Asia/Tokyo", hour: "numeric" });
    const utc = dateFormat("en-US", { timeZone: "UTC", hour: "numeric" });
    const ja = dateFormat("ja-JP", { timeZone: "Asia/Tokyo", hour: "numeric" });
    const withMinutes = dateFormat("en-US", { timeZone: "Asia/Tokyo", hour: "numeric", minute: "2-digit" });
    expect(new Set([tokyo, utc, ja, withMinutes]).size).toBe(4);
    expect(tokyo.format(at)).toBe("7 PM");
    expect(utc.format(at)).toBe("10 AM");
  });

  it("refuses an unknown zone as Intl does, and remembers nothing for it", () => {
    expect(() => dateFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
    expect(() => dateFormat("en-US", { timeZone: "Mars/Olympus_Mons" })).toThrow(RangeError);
  });
});
