// Rate limits, the outbox's priority lane and the API's cross-origin check, through the real route
// handlers and a real database. The limiter runs in memory on SQLite and in the shared
// `rate_limits` table on PostgreSQL, where two limiter sets with pools of their own stand for two
// app instances.
import { Pool } from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("next/cache", () => nextCacheMock);
// next-auth's own handler is replaced by a counter: what is tested is what runs before it.
const nextAuthCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => ({
  ...nextAuthMock,
  default: async () => {
    nextAuthCalls.count++;
    return Response.json({ url: "http://localhost:3000/signin/check-email" });
  },
}));

const { PEER_HEADER } = await import("@/lib/http/client-ip");
const { createLimiters, rateLimit, RateLimitedError, RATE_LIMIT_TABLE } = await import("@/lib/ratelimit/limiter");
const { LIMITS } = await import("@/lib/ratelimit/limits");
const regs = await import("@/app/api/v1/events/[id]/registrations/route");
const groups = await import("@/app/api/v1/groups/route");
const nextAuthRoute = await import("@/app/api/auth/[...nextauth]/route");
const { createToken } = await import("@/lib/tokens/service");
const { GET: meRoute } = await import("@/app/api/v1/me/route");
const getMe = (req: Request) => meRoute(req, undefined);
const { enqueueMail, MAIL_PRIORITY, sendPendingMail } = await import("@/lib/mail/service");
const { db, dbProvider } = await import("@/lib/db");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");

let address = 0;
/** A client address of its own per test, so tests do not share an allowance. */
function freshPeer() {
  address++;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
}

const base = "http://localhost:3000";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function apiRequest(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; peer: string }) {
  const h = new Headers(request.headers);
  h.set(PEER_HEADER, init.peer);
  h.set("host", "localhost:3000");
  if (init.body !== undefined) h.set("content-type", "application/json");
  for (const [k, v] of Object.entries(init.headers ?? {})) h.set(k, v);
  request.headers = h;
  return new Request(`${base}${path}`, { method: init.method ?? "GET", headers: h, body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body) });
}

beforeEach(() => {
  asAnonymous();
  process.env.HAKO_RATE_LIMITS = "on";
  process.env.HAKO_RATE_LIMIT_SCALE = "1";
});

describe("rate limits", () => {
  it("answers the 21st application of one person within ten minutes with 429 and Retry-After", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, {}, true);
    const frame = await makeFrame(owner, event.id, { capacity: 100 });
    const person = await makeUser("applicant");
    withSession(person.userId);
    const peer = freshPeer();
    const allowed = LIMITS.application.id.points;
    const statuses: number[] = [];
    for (let i = 0; i < allowed; i++) {
      const res = await regs.POST(apiRequest(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id }, peer }), ctx(event.id));
      statuses.push(res.status);
    }
    // The first applies, the others are refused by the rules (already registered) but still count.
    expect(statuses[0]).toBe(201);
    expect(statuses.slice(1).every((s) => s === 409)).toBe(true);
    const refused = await regs.POST(apiRequest(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id }, peer, headers: { "accept-language": "en" } }), ctx(event.id));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(LIMITS.application.id.seconds);
    expect(await refused.json()).toEqual({ error: { code: "RATE_LIMITED", message: "Too many requests. Please wait a moment." } });
    // Another person from the same address is not held back by this one.
    const other = await makeUser("applicant");
    withSession(other.userId);
    const ok = await regs.POST(apiRequest(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id }, peer }), ctx(event.id));
    expect(ok.status).toBe(201);
  });

  it("queues at most five sign-in links per address, and no more mail after that", async () => {
    const peer = freshPeer();
    const email = `limit-${Date.now()}@example.com`;
    const before = nextAuthCalls.count;
    const post = (to: string, from = peer) =>
      nextAuthRoute.POST(
        new Request(`${base}/api/auth/signin/email`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", [PEER_HEADER]: from },
          body: new URLSearchParams({ email: to, csrfToken: "x", json: "true" }),
        }),
        { params: Promise.resolve({ nextauth: ["signin", "email"] }) },
      );
    for (let i = 0; i < LIMITS.signInMail.id.points; i++) expect((await post(i % 2 ? email.toUpperCase() : email)).status).toBe(200);
    const refused = await post(email);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await refused.json()) as { url: string }).url).toContain("/signin?error=RateLimited");
    // Refused before next-auth runs: no mail is queued for it. From elsewhere, the same holds.
    expect(nextAuthCalls.count - before).toBe(LIMITS.signInMail.id.points);
    expect((await post(email, freshPeer())).status).toBe(429);
    // Another address from the first client is still fine.
    expect((await post(`other-${email}`)).status).toBe(200);
  });

  it("counts per client address, whatever X-Forwarded-For a client sends, unless its proxy is trusted", async () => {
    const limiters = createLimiters({ kind: "memory" });
    const peer = freshPeer();
    const forged = (i: number) => new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": `192.0.2.${i}` });
    const allowed = LIMITS.heavyRead.ip.points;
    for (let i = 0; i < allowed; i++) await rateLimit("heavyRead", { headers: forged(i) }, 1, limiters);
    await expect(rateLimit("heavyRead", { headers: forged(999) }, 1, limiters)).rejects.toBeInstanceOf(RateLimitedError);
    // Behind a trusted proxy each forwarded client has its own allowance.
    process.env.HAKO_TRUSTED_PROXIES = peer;
    try {
      await rateLimit("heavyRead", { headers: forged(1) }, 1, limiters);
      await rateLimit("heavyRead", { headers: forged(2) }, 1, limiters);
    } finally {
      delete process.env.HAKO_TRUSTED_PROXIES;
    }
  });

  it("lets nothing through with limits on, everything with HAKO_RATE_LIMITS=off, and scales by HAKO_RATE_LIMIT_SCALE", async () => {
    const limiters = createLimiters({ kind: "memory" }, 2);
    const headers = new Headers({ [PEER_HEADER]: freshPeer() });
    const allowed = LIMITS.tokenFailure.ip.points * 2;
    for (let i = 0; i < allowed; i++) await rateLimit("tokenFailure", { headers }, 1, limiters);
    await expect(rateLimit("tokenFailure", { headers }, 1, limiters)).rejects.toBeInstanceOf(RateLimitedError);
    process.env.HAKO_RATE_LIMITS = "off";
    await rateLimit("tokenFailure", { headers }, 1, limiters);
  });

  it("refuses an address that sent too many bad tokens, even with a good one, with 429", async () => {
    const peer = freshPeer();
    const user = await makeUser();
    const good = (await createToken(user.userId, "t")).token;
    for (let i = 0; i < LIMITS.tokenFailure.ip.points; i++) {
      withBearer(`hako_wrong${i}`);
      expect((await getMe(apiRequest("/api/v1/me", { peer }))).status).toBe(401);
    }
    withBearer(good);
    const refused = await getMe(apiRequest("/api/v1/me", { peer }));
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await getMe(apiRequest("/api/v1/me", { peer: freshPeer() }))).status).toBe(200);
  });

  if (dbProvider() === "postgresql") {
    describe("on PostgreSQL", () => {
      const pools: Pool[] = [];
      afterAll(async () => {
        await Promise.all(pools.map((p) => p.end()));
      });

      it("shares one allowance between two instances through the rate_limits table", async () => {
        const instance = () => {
          const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
          pools.push(pool);
          return createLimiters({ kind: "postgresql", pool });
        };
        const [a, b] = [instance(), instance()];
        const headers = new Headers({ [PEER_HEADER]: freshPeer() });
        const email = `shared-${Date.now()}@example.com`;
        const allowed = LIMITS.signInMail.id.points;
        // Alternating instances, some at the same moment: together they allow exactly `allowed`.
        const results = await Promise.allSettled(Array.from({ length: allowed + 3 }, (_, i) => rateLimit("signInMail", { headers, id: email }, 1, i % 2 ? a : b)));
        expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(allowed);
        const refusals = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
        expect(refusals).toHaveLength(3);
        for (const r of refusals) {
          expect(r.reason).toBeInstanceOf(RateLimitedError);
          expect((r.reason as InstanceType<typeof RateLimitedError>).retryAfterSeconds).toBeGreaterThan(0);
        }
        const rows = await pools[0]!.query(`SELECT key, points FROM ${RATE_LIMIT_TABLE} WHERE key = $1`, [`signInMail.id:${email}`]);
        expect(rows.rows[0]?.points).toBe(allowed + 3);
      });
    });
  }
});

describe("the outbox's priority lane", () => {
  it("sends a sign-in link queued after 1,000 lottery result mails first", async () => {
    await db().outboxMail.deleteMany({});
    const bulk = Array.from({ length: 1000 }, (_, i) => ({ to: `applicant${i}@example.com`, kind: "registration.lost", subject: "Result", text: "…", priority: MAIL_PRIORITY.bulk }));
    await db().outboxMail.createMany({ data: bulk });
    await new Promise((r) => setTimeout(r, 5));
    await enqueueMail({ to: "late@example.com", kind: "sign-in", subject: "Sign in", text: "link", priority: MAIL_PRIORITY.signIn });
    await enqueueMail({ to: "receipt@example.com", kind: "registration.applied", subject: "Receipt", text: "…" });
    const sent: string[] = [];
    const transport = { sendMail: async (m: { to: string }) => void sent.push(m.to) };
    const r = await sendPendingMail(new Date(Date.now() + 1000), 3, transport);
    expect(r).toEqual({ sent: 3, failed: 0 });
    // Then the bulk mail, oldest first (rows written together share a time on PostgreSQL).
    expect(sent.slice(0, 2)).toEqual(["late@example.com", "receipt@example.com"]);
    expect(sent[2]).toMatch(/^applicant\d+@example\.com$/);
  });
});

describe("requests from elsewhere", () => {
  it("refuses a cookie-authenticated text/plain POST with a foreign Origin and stores nothing", async () => {
    const user = await makeUser();
    withSession(user.userId);
    const slug = `csrf-${Date.now()}`;
    const res = await groups.POST(
      apiRequest("/api/v1/groups", {
        method: "POST",
        body: JSON.stringify({ slug, name: "Forged" }),
        peer: freshPeer(),
        headers: { "content-type": "text/plain", origin: "https://evil.example", cookie: "next-auth.session-token=abc", "accept-language": "en" },
      }),
      undefined,
    );
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: "CROSS_ORIGIN", message: expect.stringContaining("must come from Hako's own pages") });
    expect(await db().group.count({ where: { slug } })).toBe(0);
  });

  it("refuses a cookie-authenticated JSON POST that a browser marks cross-site, and a same-origin one that is not JSON", async () => {
    const user = await makeUser();
    withSession(user.userId);
    const post = (headers: Record<string, string>) =>
      groups.POST(apiRequest("/api/v1/groups", { method: "POST", body: JSON.stringify({ slug: `x-${Date.now()}`, name: "X" }), peer: freshPeer(), headers: { cookie: "next-auth.session-token=abc", ...headers } }), undefined);
    expect((await post({ "content-type": "application/json", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post({ "content-type": "application/json", origin: "null" })).status).toBe(403);
    expect((await post({ "content-type": "application/x-www-form-urlencoded", origin: base })).status).toBe(403);
    expect((await post({ "content-type": "text/plain", "sec-fetch-site": "same-origin" })).status).toBe(403);
  });

  it("accepts the same write from our own page (same-origin JSON) and from a token with any Origin", async () => {
    const user = await makeUser();
    withSession(user.userId);
    const own = await groups.POST(
      apiRequest("/api/v1/groups", { method: "POST", body: { slug: `own-${Date.now()}`, name: "Own" }, peer: freshPeer(), headers: { origin: base, "sec-fetch-site": "same-origin", cookie: "next-auth.session-token=abc" } }),
      undefined,
    );
    expect(own.status).toBe(201);
    withBearer((await createToken(user.userId, "t")).token);
    const token = await groups.POST(
      apiRequest("/api/v1/groups", { method: "POST", body: JSON.stringify({ slug: `tok-${Date.now()}`, name: "Token" }), peer: freshPeer(), headers: { "content-type": "text/plain", origin: "https://evil.example" } }),
      undefined,
    );
    expect(token.status).toBe(201);
  });
});

describe("caching of per-user answers", () => {
  it("marks API answers private with Vary: Cookie", async () => {
    const user = await makeUser();
    withSession(user.userId);
    const res = await getMe(apiRequest("/api/v1/me", { peer: freshPeer() }));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("vary")).toContain("Cookie");
  });
});
