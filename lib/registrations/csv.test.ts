import { describe, expect, it } from "vitest";
import { neutralizeCell, neutralizeRows } from "./csv";

describe("neutralizeCell", () => {
  it("prefixes a single quote to cells a spreadsheet would read as a formula", () => {
    for (const s of ['=HYPERLINK("https://evil.example","x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeCell(s)).toBe(`'${s}`);
    }
  });

  it("leaves plain text, numbers and empty cells alone", () => {
    expect(neutralizeCell("山田 太郎")).toBe("山田 太郎");
    expect(neutralizeCell("a=b")).toBe("a=b");
    expect(neutralizeCell("")).toBe("");
    expect(neutralizeCell(-5)).toBe(-5);
    expect(neutralizeCell(null)).toBe(null);
    expect(neutralizeRows([["=1", 2, "x"]])).toEqual([["'=1", 2, "x"]]);
  });
});
