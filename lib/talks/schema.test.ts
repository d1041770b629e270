import { describe, expect, it } from "vitest";
import { cfpInput, formatsFromText, proposalInput } from "./schema";

const cfp = (formats: unknown) => ({ opensAt: "2026-01-01T10:00", closesAt: "2026-02-01T10:00", formats });

describe("formatsFromText", () => {
  it("reads a name and minutes per line, with or without a colon and a unit", () => {
    expect(formatsFromText("LT 5\nTalk: 20 min\r\nSession：40分\n\n  Keynote (long)  60min  ")).toEqual([
      { id: "lt", name: "LT", minutes: 5 },
      { id: "talk", name: "Talk", minutes: 20 },
      { id: "session", name: "Session", minutes: 40 },
      { id: "keynote-long", name: "Keynote (long)", minutes: 60 },
    ]);
  });

  it("keeps the last number as the minutes and everything before it as the name", () => {
    expect(formatsFromText("Track 2 talk 30")).toEqual([{ id: "track-2-talk", name: "Track 2 talk", minutes: 30 }]);
  });

  it("gives NaN minutes to a line without a separated number", () => {
    expect(formatsFromText("LT5")[0]).toMatchObject({ name: "LT5", minutes: NaN });
    expect(formatsFromText("20")[0]).toMatchObject({ name: "20", minutes: NaN });
    expect(formatsFromText("日本語 min")[0]).toMatchObject({ id: "min", name: "日本語 min", minutes: NaN });
  });

  // Issue 8: this input used to block the server for about 24 s in the formats regular expression.
  it("returns quickly on a long run of spaces between a name and garbage", () => {
    const text = "a" + " ".repeat(256_000) + "x";
    const started = performance.now();
    const parsed = formatsFromText(text);
    expect(performance.now() - started).toBeLessThan(2_000); // backtracking would take minutes on 256,000 spaces; 2 s absorbs a busy machine
    expect(parsed).toEqual([{ id: "a-x", name: text, minutes: NaN }]);
  });
});

describe("cfpInput", () => {
  it("accepts formats as text", () => {
    const r = cfpInput.safeParse(cfp("LT 5\nTalk 20"));
    expect(r.success && r.data.formats.map((f) => f.minutes)).toEqual([5, 20]);
  });

  it("refuses the issue's reproduction as too long before reading it", () => {
    const started = performance.now();
    const r = cfpInput.safeParse(cfp("a" + " ".repeat(256_000) + "x"));
    expect(performance.now() - started).toBeLessThan(200);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["formats"], message: "tooLong" });
  });

  it("refuses a track list longer than a form could send", () => {
    const r = cfpInput.safeParse({ ...cfp("LT 5"), tracks: "a,".repeat(5_000) });
    expect(r.error?.issues[0]).toMatchObject({ path: ["tracks"], message: "tooLong" });
  });
});

describe("proposalInput", () => {
  it("refuses a tag string longer than a form could send", () => {
    const r = proposalInput.safeParse({ title: "t", formatId: "lt", level: "beginner", language: "ja", tags: " ".repeat(100_000) });
    expect(r.error?.issues[0]).toMatchObject({ path: ["tags"], message: "tooLong" });
  });
});
