import { afterEach, describe, expect, it } from "vitest";
import { clientIp, forwardedHttps, PEER_HEADER, UNKNOWN_CLIENT } from "./client-ip";
import { hstsHeader, pageCsp } from "./headers";

afterEach(() => {
  delete process.env.HAKO_TRUSTED_PROXIES;
});

const req = (peer: string | null, extra: Record<string, string> = {}) => new Headers({ ...(peer ? { [PEER_HEADER]: peer } : {}), ...extra });

describe("clientIp", () => {
  it("takes the socket address and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(clientIp(req("203.0.113.7", { "x-forwarded-for": "198.51.100.1" }))).toBe("203.0.113.7");
    expect(clientIp(req("::ffff:203.0.113.7"))).toBe("203.0.113.7");
    expect(clientIp(req(null, { "x-forwarded-for": "198.51.100.1" }))).toBe(UNKNOWN_CLIENT);
  });

  it("reads X-Forwarded-For right to left past trusted proxies only", () => {
    process.env.HAKO_TRUSTED_PROXIES = "10.0.0.0/8, loopback";
    expect(clientIp(req("127.0.0.1", { "x-forwarded-for": "198.51.100.9, 203.0.113.7, 10.1.2.3" }))).toBe("203.0.113.7");
    // A client's forged first hop never wins over what the trusted proxy saw.
    expect(clientIp(req("10.0.0.5", { "x-forwarded-for": "1.1.1.1, 203.0.113.8" }))).toBe("203.0.113.8");
    // An untrusted peer's header is not read at all.
    expect(clientIp(req("192.0.2.4", { "x-forwarded-for": "203.0.113.8" }))).toBe("192.0.2.4");
  });

  it("believes X-Forwarded-Proto only from a trusted proxy", () => {
    expect(forwardedHttps(req("10.0.0.5", { "x-forwarded-proto": "https" }))).toBe(false);
    process.env.HAKO_TRUSTED_PROXIES = "10.0.0.5";
    expect(forwardedHttps(req("10.0.0.5", { "x-forwarded-proto": "https" }))).toBe(true);
    expect(forwardedHttps(req("10.0.0.6", { "x-forwarded-proto": "https" }))).toBe(false);
  });
});

describe("security headers", () => {
  it("allows scripts only with the request's nonce and forbids framing", () => {
    const csp = pageCsp("abc123==", false);
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("sends HSTS only when the site is served over https", () => {
    expect(hstsHeader(req("203.0.113.7"), "http://localhost:3000")).toBeNull();
    expect(hstsHeader(req("203.0.113.7", { "x-forwarded-proto": "https" }), "http://localhost:3000")).toBeNull();
    expect(hstsHeader(req("203.0.113.7"), "https://hako.example.org")).toMatch(/^max-age=\d+; includeSubDomains$/);
    process.env.HAKO_TRUSTED_PROXIES = "203.0.113.7";
    expect(hstsHeader(req("203.0.113.7", { "x-forwarded-proto": "https" }), "http://localhost:3000")).not.toBeNull();
  });
});
