import { describe, expect, it } from "vitest";
import { freshRandomBytes } from "./random";

describe("freshRandomBytes", () => {
  it("gives the number of bytes asked for, as copies the caller owns", () => {
    for (const n of [0, 1, 12, 18, 64, 65, 300]) expect(freshRandomBytes(n)).toHaveLength(n);
    const a = freshRandomBytes(16);
    const copy = Buffer.from(a);
    a.fill(0);
    expect(freshRandomBytes(16).equals(copy)).toBe(false);
  });

  it("never hands out the same bytes twice, across refills of the pool", () => {
    // 20,000 draws of 12 bytes cross the 4 KB pool dozens of times; a repeat of 96 random bits
    // would mean bytes were reused.
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(freshRandomBytes(12).toString("hex"));
    expect(seen.size).toBe(20_000);
  });

  it("looks uniform: every byte value turns up about as often", () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 4_000; i++) for (const b of freshRandomBytes(64)) counts[b]!++;
    // 256,000 bytes: 1,000 expected per value; a stuck or zeroed pool would push one far out.
    expect(Math.min(...counts)).toBeGreaterThan(800);
    expect(Math.max(...counts)).toBeLessThan(1_200);
  });

  it("refuses a count that is not a byte count", () => {
    expect(() => freshRandomBytes(-1)).toThrow(RangeError);
    expect(() => freshRandomBytes(1.5)).toThrow(RangeError);
  });
});
