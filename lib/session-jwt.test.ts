import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { sessionSubject } from "./session-jwt";

const secret = "a-test-secret-of-some-length-0123456789";

describe("sessionSubject", () => {
  it("reads the person of a token next-auth made, as next-auth does", async () => {
    const token = await encode({ token: { sub: "user-1", name: "Ann" }, secret });
    expect(await sessionSubject(token, secret)).toBe("user-1");
    expect(await sessionSubject(token, secret)).toBe("user-1");
  });

  it("refuses another secret, a tampered or expired token, and a token without a person", async () => {
    const token = await encode({ token: { sub: "user-1" }, secret });
    expect(await sessionSubject(token, `${secret}x`)).toBeNull();
    expect(await sessionSubject(`${token.slice(0, -4)}AAAA`, secret)).toBeNull();
    expect(await sessionSubject("not-a-token", secret)).toBeNull();
    expect(await sessionSubject(token, "")).toBeNull();
    expect(await sessionSubject(await encode({ token: { sub: "user-1" }, secret, maxAge: -60 }), secret)).toBeNull();
    expect(await sessionSubject(await encode({ token: { name: "nobody" }, secret }), secret)).toBeNull();
  });
});
