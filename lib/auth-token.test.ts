import { describe, expect, it } from "vitest";
import { sessionJwtOf, sessionTokenOf } from "./auth-token";

describe("sessionTokenOf", () => {
  it("is null without a session cookie", () => {
    expect(sessionTokenOf(null)).toBeNull();
    expect(sessionTokenOf("hako_locale=en; next-auth.csrf-token=abc")).toBeNull();
  });

  it("takes the whole token, every chunk and the secure form, and nothing else", () => {
    expect(sessionTokenOf("hako_locale=en; next-auth.session-token=abc.def")).toBe("next-auth.session-token=abc.def");
    expect(sessionTokenOf("__Secure-next-auth.session-token.1=two; x=1; __Secure-next-auth.session-token.0=one")).toBe(
      "__Secure-next-auth.session-token.0=one;__Secure-next-auth.session-token.1=two",
    );
  });

  it("gives different tokens different keys", () => {
    expect(sessionTokenOf("next-auth.session-token=a")).not.toBe(sessionTokenOf("next-auth.session-token=b"));
    expect(sessionTokenOf("next-auth.session-token.0=a; next-auth.session-token.1=b")).not.toBe(sessionTokenOf("next-auth.session-token.0=a; next-auth.session-token.1=c"));
  });
});

describe("sessionJwtOf", () => {
  it("reads the cookie of the site's scheme only", () => {
    expect(sessionJwtOf(null, false)).toBeNull();
    expect(sessionJwtOf("next-auth.session-token=abc.def; x=1", false)).toBe("abc.def");
    expect(sessionJwtOf("next-auth.session-token=abc.def", true)).toBeNull();
    expect(sessionJwtOf("__Secure-next-auth.session-token=sec; next-auth.session-token=plain", true)).toBe("sec");
    expect(sessionJwtOf("__Secure-next-auth.session-token=sec", false)).toBeNull();
  });

  it("joins chunks in number order, not in text order", () => {
    const cookie = Array.from({ length: 11 }, (_, i) => `next-auth.session-token.${10 - i}=${String.fromCharCode(97 + 10 - i)}`).join("; ");
    expect(sessionJwtOf(cookie, false)).toBe("abcdefghijk");
  });

  it("takes the whole cookie over stray chunks", () => {
    expect(sessionJwtOf("next-auth.session-token.0=old; next-auth.session-token=new", false)).toBe("new");
  });
});
