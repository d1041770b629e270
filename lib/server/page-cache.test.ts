// The micro-cache of public pages: what it shares with anonymous visitors, what it never keeps,
// fresh nonces, invalidation by writes and by time, one render per key, and the language key.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { newNonce, pageCsp } from "../http/headers";
import { resolveLocale } from "../i18n/locale";
import { createFrontend } from "./http";
import { createPageCache, type PageCacheOptions } from "./page-cache";
import { changesPublic, markPublicChange } from "./public-changes";
import { routeMatcherFrom } from "./routes";

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

type Fake = { renders: number; data: string; setCookie?: boolean; privateNoStore?: boolean; status?: number; delayMs?: number };

/** Answers like Next behind proxy.ts: a fresh nonce in the CSP header and on the page's scripts. */
function fakeNext(state: Fake) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      if (req.url === "/refused") return void res.writeHead(403).end();
      // A server action that refuses (or changes nothing public) answers 200 all the same.
      if (req.url === "/quiet") return void res.writeHead(200, { "content-type": "text/x-component" }).end("{}");
      if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
      state.data = "changed";
      markPublicChange(); // as the database client does after a write to a public model
      res.writeHead(303, { location: "/" }).end();
      return;
    }
    state.renders++;
    if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
    const nonce = newNonce();
    const locale = resolveLocale(/hako_locale=(\w+)/.exec(req.headers.cookie ?? "")?.[1], (req.headers["accept-language"] as string) ?? null);
    const signedIn = /session-token/.test(req.headers.cookie ?? "");
    res.setHeader("content-security-policy", pageCsp(nonce, false));
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("cache-control", state.privateNoStore ? "private, no-store" : "private, no-cache, no-store, max-age=0, must-revalidate");
    if (state.setCookie) res.setHeader("set-cookie", "hako_locale=en; Path=/");
    res.statusCode = state.status ?? 200;
    res.write(`<html lang="${locale}"><script nonce="${nonce}">self.__next_f.push([1,"${nonce}"])</script>`);
    res.end(`<p>${signedIn ? "hello, member" : "hello"} ${state.data} render ${state.renders}</p></html>`);
  };
}

async function start(state: Fake, options: Partial<PageCacheOptions> = {}) {
  const cache = createPageCache(fakeNext(state), { ttlMs: 60_000, ...options });
  const frontend = createFrontend(cache.handle, routeMatcherFrom({ dynamicRoutes: [{ page: "/events/[id]", regex: "^/events/([^/]+?)(?:/)?$" }] }), { metricsOnAppPort: false });
  server = createServer(frontend.listener);
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { cache, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { headers: { "accept-encoding": "identity", ...headers } });
  const body = await res.text();
  const csp = res.headers.get("content-security-policy") ?? "";
  return { res, body, cache: res.headers.get("x-hako-cache"), nonce: /'nonce-([^']+)'/.exec(csp)?.[1], bodyNonces: [...body.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]) };
}

/** The bytes as sent (fetch would decode them). */
function raw(url: string, acceptEncoding: string) {
  return new Promise<{ encoding?: string; bytes: Buffer }>((resolve, reject) => {
    request(url, { headers: { "accept-encoding": acceptEncoding, "accept-language": "en" } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ encoding: res.headers["content-encoding"], bytes: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("the page cache", () => {
  it("serves an anonymous visitor's page from the cache, with a fresh nonce each time in header and body", async () => {
    const state: Fake = { renders: 0, data: "v1" };
    const { url } = await start(state);
    const first = await get(`${url}/events/abc`);
    const second = await get(`${url}/events/abc`);
    const third = await get(`${url}/events/abc`);
    expect([first.cache, second.cache, third.cache]).toEqual(["miss", "hit", "hit"]);
    expect(state.renders).toBe(1);
    for (const r of [first, second, third]) {
      expect(r.nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      expect(r.bodyNonces).toEqual([r.nonce]);
      expect(r.body).toContain(`push([1,"${r.nonce}"])`);
      expect(r.body).toContain("hello v1 render 1");
      expect(r.res.headers.get("x-request-id")).toBeTruthy();
    }
    expect(new Set([first.nonce, second.nonce, third.nonce]).size).toBe(3);
    expect(second.res.headers.get("x-request-id")).not.toBe(third.res.headers.get("x-request-id"));
    // Compressed when the client accepts it, and HEAD has no body.
    const gz = await fetch(`${url}/events/abc`, { headers: { "accept-encoding": "gzip" } });
    expect(gz.headers.get("content-encoding")).toBe("gzip");
    expect(gz.headers.get("vary")).toContain("Accept-Encoding");
    expect(await gz.text()).toContain("hello v1 render 1");
    for (let i = 0; i < 2; i++) {
      const gzip = await raw(`${url}/events/abc`, "gzip, deflate, br");
      expect(gzip.encoding).toBe("gzip");
      const page = gunzipSync(gzip.bytes).toString();
      const nonce = /nonce="([^"]+)"/.exec(page)![1]!;
      expect(page).toBe(`<html lang="en"><script nonce="${nonce}">self.__next_f.push([1,"${nonce}"])</script><p>hello v1 render 1</p></html>`);
    }
    const br = await raw(`${url}/events/abc`, "br");
    expect(br.encoding).toBe("br");
    expect(brotliDecompressSync(br.bytes).toString()).toContain("hello v1 render 1");
    const head = await fetch(`${url}/events/abc`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(state.renders).toBe(1);
  });

  it("never serves a signed-in request from the cache, nor stores its answer", async () => {
    const state: Fake = { renders: 0, data: "v1" };
    const { url } = await start(state);
    await get(`${url}/events/abc`);
    for (const cookie of ["next-auth.session-token=x", "__Secure-next-auth.session-token=x", "__Secure-next-auth.session-token.0=x", "hako_locale=ja; next-auth.session-token=x", "something_else=1"]) {
      const r = await get(`${url}/events/abc`, { cookie });
      expect(r.cache, cookie).toBeNull();
    }
    const bearer = await get(`${url}/events/abc`, { authorization: "Bearer hk_x" });
    expect(bearer.cache).toBeNull();
    expect(state.renders).toBe(7);
    const signedIn = await get(`${url}/groups/g1`, { cookie: "next-auth.session-token=x" });
    expect(signedIn.body).toContain("hello, member");
    const anonymous = await get(`${url}/groups/g1`);
    expect(anonymous.cache).toBe("miss");
    expect(anonymous.body).not.toContain("member");
    // Client-side navigations and pages off the list go to Next every time.
    expect((await get(`${url}/events/abc`, { rsc: "1" })).cache).toBeNull();
    expect((await get(`${url}/events/abc/manage`)).cache).toBeNull();
    expect((await get(`${url}/me`)).cache).toBeNull();
    expect((await get(`${url}/api/v1/events`)).cache).toBeNull();
  });

  it("never stores an answer with Set-Cookie, private no-store, or another status than 200", async () => {
    for (const bad of [{ setCookie: true }, { privateNoStore: true }, { status: 404 }]) {
      const state: Fake = { renders: 0, data: "v1", ...bad };
      const { cache, url } = await start(state);
      await get(`${url}/events/abc`);
      const again = await get(`${url}/events/abc`);
      expect(again.cache, JSON.stringify(bad)).toBe("miss");
      expect(state.renders).toBe(2);
      expect(cache.size()).toBe(0);
      server!.closeAllConnections();
      server!.close();
    }
  });

  it("empties itself on a write, and a page past its life is rendered again", async () => {
    let clock = 1_000_000;
    const state: Fake = { renders: 0, data: "v1" };
    const { url } = await start(state, { ttlMs: 3000, now: () => clock });
    await get(`${url}/events/abc`);
    expect((await get(`${url}/events/abc`)).cache).toBe("hit");
    // A refused write changes nothing, and leaves the cache as it was.
    expect((await fetch(`${url}/refused`, { method: "POST" })).status).toBe(403);
    expect((await get(`${url}/events/abc`)).cache).toBe("hit");
    // Nor does a write that answers 200 and changes nothing public (a refused server action).
    for (let i = 0; i < 3; i++) expect((await fetch(`${url}/quiet`, { method: "POST" })).status).toBe(200);
    expect((await get(`${url}/events/abc`)).cache).toBe("hit");
    const write = await fetch(`${url}/events/abc`, { method: "POST", redirect: "manual" });
    expect(write.status).toBe(303);
    const afterWrite = await get(`${url}/events/abc`);
    expect(afterWrite.cache).toBe("miss");
    expect((await get(`${url}/events/abc`)).cache).toBe("hit");
    expect(afterWrite.body).toContain("hello changed render 2");
    state.data = "v3"; // changed elsewhere (another instance): seen within the life of an entry
    clock += 2999;
    expect((await get(`${url}/events/abc`)).body).toContain("changed");
    clock += 2;
    const expired = await get(`${url}/events/abc`);
    expect(expired.cache).toBe("stale"); // past its life: the old copy once more, while it is rendered again
    let renewed = await get(`${url}/events/abc`);
    for (let i = 0; i < 100 && renewed.cache !== "hit"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      renewed = await get(`${url}/events/abc`);
    }
    expect(renewed.body).toContain("hello v3 render 3");
    // Past its life and the stale bound (by default as long again): rendered while the visitor waits.
    state.data = "v4";
    clock += 6001;
    const old = await get(`${url}/events/abc`);
    expect(old.cache).toBe("miss");
    expect(old.body).toContain("hello v4 render 4");
  });

  it("renders a page once for many at a time; an expired page is served while it is rendered again", async () => {
    let clock = 1_000_000;
    const state: Fake = { renders: 0, data: "v1", delayMs: 150 };
    const { url } = await start(state, { ttlMs: 1000, staleMs: 5000, now: () => clock });
    const burst = await Promise.all(Array.from({ length: 10 }, () => get(`${url}/`)));
    expect(state.renders).toBe(1);
    expect(burst.filter((r) => r.cache === "miss")).toHaveLength(1);
    expect(burst.filter((r) => r.cache === "wait")).toHaveLength(9);
    expect(new Set(burst.map((r) => r.nonce)).size).toBe(10);
    for (const r of burst) expect(r.bodyNonces).toEqual([r.nonce]);
    clock += 2000;
    state.data = "v2";
    // Past its life: the expired copy at once, to everyone, and one render in the background.
    const expired = await Promise.all([get(`${url}/`), get(`${url}/`), get(`${url}/`)]);
    expect(expired.map((r) => r.cache)).toEqual(["stale", "stale", "stale"]);
    for (const r of expired) expect(r.body).toContain("v1 render 1");
    while (state.renders < 2) await new Promise((r) => setTimeout(r, 5));
    expect((await get(`${url}/`)).cache).toBe("stale"); // still rendering (150 ms)
    let next = await get(`${url}/`);
    for (let i = 0; i < 100 && next.cache !== "hit"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      next = await get(`${url}/`);
    }
    expect(next.cache).toBe("hit");
    expect(next.body).toContain("v2 render 2");
    expect(state.renders).toBe(2);
    // Older than its life and the stale bound together: never served, rendered while the visitor waits.
    clock += 1000 + 5000 + 1;
    state.data = "v3";
    const tooOld = await get(`${url}/`);
    expect(tooOld.cache).toBe("miss");
    expect(tooOld.body).toContain("v3 render 3");
  });

  it("re-renders in the background as the visitor would see it (language, host), and only for this process's token", async () => {
    let clock = 1_000_000;
    const state: Fake = { renders: 0, data: "v1" };
    const { url } = await start(state, { ttlMs: 1000, now: () => clock });
    expect((await get(`${url}/events`, { "accept-language": "en" })).body).toContain('lang="en"');
    expect((await get(`${url}/events`, { "accept-language": "ja" })).body).toContain('lang="ja"');
    clock += 1500;
    state.data = "v2";
    expect((await get(`${url}/events`, { "accept-language": "en" })).cache).toBe("stale");
    let en = await get(`${url}/events`, { "accept-language": "en" });
    for (let i = 0; i < 100 && en.cache !== "hit"; i++) {
      await new Promise((r) => setTimeout(r, 20));
      en = await get(`${url}/events`, { "accept-language": "en" });
    }
    expect(en.body).toContain('lang="en"');
    expect(en.body).toContain("v2");
    // The Japanese copy was not asked for: still the old one, still within its stale bound.
    const ja = await get(`${url}/events`, { "accept-language": "ja" });
    expect(ja.cache).toBe("stale");
    expect(ja.body).toContain('lang="ja"');
    expect(ja.body).toContain("v1");
    while (state.renders < 4) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 50));
    // A forged marker is ignored: served from the cache like any visitor, no extra render.
    const renders = state.renders;
    const forged = await get(`${url}/events`, { "accept-language": "en", "x-hako-revalidate": "guess" });
    expect(forged.cache).toBe("hit");
    expect(state.renders).toBe(renders);
  });

  it("two instances on one database: a write on one is fresh there at once and on the other within its life and stale bound", async () => {
    let clock = 1_000_000;
    const state: Fake = { renders: 0, data: "v1" };
    const servers: Server[] = [];
    const urls: string[] = [];
    for (let i = 0; i < 2; i++) {
      const cache = createPageCache(fakeNext(state), { ttlMs: 3000, now: () => clock });
      const frontend = createFrontend(cache.handle, routeMatcherFrom({ dynamicRoutes: [] }), { metricsOnAppPort: false });
      const s = createServer(frontend.listener);
      await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
      servers.push(s);
      urls.push(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    }
    const [a, b] = urls as [string, string];
    try {
      await get(`${a}/events/abc`);
      await get(`${b}/events/abc`);
      expect((await get(`${b}/events/abc`)).cache).toBe("hit");
      clock += 1000;
      expect((await fetch(`${a}/events/abc`, { method: "POST", redirect: "manual" })).status).toBe(303);
      expect((await get(`${a}/events/abc`)).body).toContain("changed"); // the writer's instance: at once
      expect((await get(`${b}/events/abc`)).body).toContain("v1"); // the other: its copy, within its life
      clock += 2001; // B's copy is past its life: the old copy once more, then the new one
      expect((await get(`${b}/events/abc`)).cache).toBe("stale");
      let seen = await get(`${b}/events/abc`);
      for (let i = 0; i < 100 && !seen.body.includes("changed"); i++) {
        await new Promise((r) => setTimeout(r, 20));
        seen = await get(`${b}/events/abc`);
      }
      expect(seen.body).toContain("changed");
      // However quiet the page, no answer is older than the life and the stale bound together.
      state.data = "v3";
      clock += 6001;
      for (const u of urls) expect((await get(`${u}/events/abc`)).body).toContain("v3");
    } finally {
      for (const s of servers) {
        s.closeAllConnections();
        s.close();
      }
    }
  });

  it("keys pages by the language the visitor gets (cookie, else Accept-Language)", async () => {
    const state: Fake = { renders: 0, data: "v1" };
    const { url } = await start(state);
    const ja = await get(`${url}/events`, { "accept-language": "ja,en;q=0.5" });
    const en = await get(`${url}/events`, { "accept-language": "en-US,en;q=0.9" });
    const enCookie = await get(`${url}/events`, { cookie: "hako_locale=en", "accept-language": "ja" });
    const jaCookie = await get(`${url}/events`, { cookie: "hako_locale=ja", "accept-language": "en" });
    expect(ja.body).toContain('lang="ja"');
    expect([ja.cache, en.cache, enCookie.cache, jaCookie.cache]).toEqual(["miss", "miss", "hit", "hit"]);
    expect(en.body).toContain('lang="en"');
    expect(enCookie.body).toContain('lang="en"');
    expect(jaCookie.body).toContain('lang="ja"');
    // The query is part of the key.
    expect((await get(`${url}/events?page=2`)).cache).toBe("miss");
  });

  it("keeps a bounded number of pages and bytes, the least recently used going first", async () => {
    const state: Fake = { renders: 0, data: "v1" };
    const { cache, url } = await start(state, { maxEntries: 2 });
    await get(`${url}/events/a`);
    await get(`${url}/events/b`);
    await get(`${url}/events/a`); // a is now the most recently used
    await get(`${url}/events/c`);
    expect(cache.size()).toBe(2);
    expect((await get(`${url}/events/a`)).cache).toBe("hit");
    expect((await get(`${url}/events/b`)).cache).toBe("miss");
    server!.closeAllConnections();
    server!.close();
    const small = await start(state, { maxBytes: 50 });
    await get(`${small.url}/events/a`);
    expect(small.cache.size()).toBe(0);
    server!.closeAllConnections();
    server!.close();
    const total = await start(state, { maxTotalBytes: 400 });
    await get(`${total.url}/events/a`);
    await get(`${total.url}/events/b`);
    await get(`${total.url}/events/c`);
    expect(total.cache.size()).toBeLessThan(3);
    expect((await get(`${total.url}/events/c`)).cache).toBe("hit");
  });

  it("does not keep a page rendered while a write was under way", async () => {
    const state: Fake = { renders: 0, data: "v1", delayMs: 200 };
    const { cache, url } = await start(state);
    const write = fetch(`${url}/events/abc`, { method: "POST", redirect: "manual" });
    await new Promise((r) => setTimeout(r, 50));
    const during = await get(`${url}/events/abc`); // its render ends after the write
    await write;
    expect(during.cache).toBe("miss");
    expect(cache.size()).toBe(0);
    const after = await get(`${url}/events/abc`);
    expect(after.cache).toBe("miss");
    expect(after.body).toContain("changed");
  });
});

describe("what counts as a public change", () => {
  it("is a write to a model the public pages show, not a read, not an application, not a sign-up", () => {
    expect(changesPublic("Event", "update")).toBe(true);
    expect(changesPublic("Frame", "createMany")).toBe(true);
    expect(changesPublic("Slot", "deleteMany")).toBe(true);
    expect(changesPublic("User", "update")).toBe(true);
    expect(changesPublic("Event", "findUnique")).toBe(false);
    expect(changesPublic("Registration", "create")).toBe(false);
    expect(changesPublic("OutboxMail", "createMany")).toBe(false);
    expect(changesPublic("User", "create")).toBe(false);
    expect(changesPublic(undefined, "executeRaw")).toBe(false);
    // An application bumps its frame's seat lock and its event's receipt counter: bookkeeping.
    expect(changesPublic("Frame", "updateMany", { where: { id: "f" }, data: { lockVersion: { increment: 1 } } })).toBe(false);
    expect(changesPublic("Event", "update", { where: { id: "e" }, data: { receiptSeq: { increment: 1 } } })).toBe(false);
    expect(changesPublic("Event", "update", { where: { id: "e" }, data: { receiptSeq: 2, title: "New" } })).toBe(true);
  });
});
