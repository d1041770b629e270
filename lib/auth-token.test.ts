import { describe, expect, it } from "vitest";
import { sessionTokenOf } from "./auth-token";

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
