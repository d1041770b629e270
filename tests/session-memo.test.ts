// getActor remembers a session cookie's person for a few seconds: the same cookie is not decoded
// again, another cookie (a refreshed or someone else's token) is, and a signed-out answer is
// remembered as such.
import { describe, expect, it, vi } from "vitest";
import { sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request } from "./request-context";
import { makeUser } from "./factories";

let decoded = 0;
vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => ({ sessionSubject: async () => (decoded++, sessionJwtMock.sessionSubject()) }));
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { getActor } = await import("@/lib/auth");

function withCookie(value: string, userId: string | null) {
  request.headers = new Headers({ cookie: `hako_locale=ja; next-auth.session-token=${value}` });
  request.sessionUserId = userId;
}

describe("the session memo", () => {
  it("decodes a cookie once, and another cookie anew", async () => {
    const ann = await makeUser("ann");
    const bob = await makeUser("bob");
    withCookie("token-of-ann", ann.userId);
    expect(await getActor()).toEqual({ userId: ann.userId });
    request.sessionUserId = bob.userId; // what decoding would now say: not asked again
    expect(await getActor()).toEqual({ userId: ann.userId });
    expect(decoded).toBe(1);
    withCookie("token-of-bob", bob.userId);
    expect(await getActor()).toEqual({ userId: bob.userId });
    expect(decoded).toBe(2);
    // A cookie that decodes to no one is remembered as signed out, and stays so for its life.
    withCookie("x".repeat(4000), null);
    expect(await getActor()).toBeNull();
    request.sessionUserId = ann.userId;
    expect(await getActor()).toBeNull();
    expect(decoded).toBe(3);
  });
});
