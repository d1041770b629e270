import { describe, expect, it } from "vitest";
import { fieldErrors } from "../validation";
import { eventCreateInput, eventSearchInput, eventUpdateInput } from "./schema";

const base = { groupId: "g1", title: "CoreOS Meetup Tokyo #1", startsAt: "2015-05-20T19:00", endsAt: "2015-05-20T21:30" };

function errorsOf(input: unknown) {
  const r = eventCreateInput.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}

describe("event input", () => {
  it("reads times in the given zone (Asia/Tokyo by default)", () => {
    const e = eventCreateInput.parse(base);
    expect(e.timezone).toBe("Asia/Tokyo");
    expect(e.startsAt.toISOString()).toBe("2015-05-20T10:00:00.000Z");
  });
  it("refuses an event that ends before it starts", () => {
    expect(errorsOf({ ...base, endsAt: "2015-05-20T18:00" })).toEqual({ endsAt: ["endBeforeStart"] });
  });
  it("refuses URLs that are not http(s)", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x"]) {
      expect(errorsOf({ ...base, onlineUrl: url }).onlineUrl).toEqual(["httpUrl"]);
      expect(errorsOf({ ...base, venueMapUrl: url }).venueMapUrl).toEqual(["httpUrl"]);
    }
  });
  it("refuses over-long fields, empty titles and unknown zones", () => {
    expect(errorsOf({ ...base, title: "x".repeat(121) }).title).toEqual(["tooLong"]);
    expect(errorsOf({ ...base, title: "  " }).title).toEqual(["required"]);
    expect(errorsOf({ ...base, timezone: "Mars/Olympus" }).timezone).toEqual(["invalidTimezone"]);
    expect(errorsOf({ ...base, startsAt: "soon" }).startsAt).toEqual(["invalidDate"]);
  });
  it("normalizes tags and hashtags", () => {
    const e = eventCreateInput.parse({ ...base, tags: "Docker, #kubernetes、docker", hashtag: "#coreosjp" });
    expect(e.tags).toEqual(["docker", "kubernetes"]);
    expect(e.hashtag).toBe("coreosjp");
    expect(errorsOf({ ...base, tags: "not a/tag" }).tags).toEqual(["tagFormat"]);
  });
  it("takes an empty optional URL as none", () => {
    expect(eventCreateInput.parse({ ...base, onlineUrl: "" }).onlineUrl).toBeNull();
  });
  it("accepts a partial update and a status change", () => {
    const u = eventUpdateInput.parse({ title: "New", status: "published" });
    expect(u).toMatchObject({ title: "New", status: "published" });
    expect(u.startsAt).toBeUndefined();
  });
  it("parses search bounds as Tokyo dates and caps the page size", () => {
    const q = eventSearchInput.parse({ from: "2015-05-01", perPage: "50" });
    expect(q.from!.toISOString()).toBe("2015-04-30T15:00:00.000Z");
    expect(eventSearchInput.safeParse({ perPage: "1000" }).success).toBe(false);
    expect(eventSearchInput.safeParse({ from: "yesterday" }).success).toBe(false);
  });
});
