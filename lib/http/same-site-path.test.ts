import { describe, expect, it } from "vitest";
import { sameSitePath } from "./same-site-path";

describe("sameSitePath", () => {
  const base = "http://localhost:3000";
  it("keeps a path, so the browser stays on the host it used (127.0.0.1 too)", () => {
    expect(sameSitePath("/events/abc?x=1", base)).toBe("/events/abc?x=1");
  });
  it("turns our own absolute URL into its path", () => {
    expect(sameSitePath("http://localhost:3000/me/events#top", base)).toBe("/me/events#top");
  });
  it("never leaves for another site", () => {
    expect(sameSitePath("https://evil.example/x", base)).toBe("/");
    expect(sameSitePath("//evil.example/x", base)).toBe("/");
    expect(sameSitePath("/\\evil.example", base)).toBe("/");
    expect(sameSitePath("javascript:alert(1)", base)).toBe("/");
    expect(sameSitePath("not a url", base)).toBe("/");
  });
});
