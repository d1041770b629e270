// A micro-cache in front of Next's request handler for the public pages that anonymous visitors
// read (home, the event list, an event, a group): a page is rendered once per change and per few
// seconds, not once per request, so an announcement's rush is served at the speed of a copy.
//
// What is cached: GET/HEAD of an allowlisted path by a request that carries no session (no
// next-auth session cookie in any of its forms, no other cookie than the language and next-auth's
// CSRF/callback ones, no Authorization header) and is not a client-side navigation (RSC, prefetch,
// server action). What is stored: a 200 text/html answer without Set-Cookie, without
// content-encoding, without the app's per-person marker (Vary: Cookie / `private, no-store`), at
// most maxBytes. Key: host, forwarded protocol, path and query, and the resolved language.
//
// Every answer from the cache gets a fresh CSP nonce: the stored page's nonce (a random base64
// token in the CSP header, on Next's script tags) is replaced by a new one in header and body.
// Freshness: entries live ttlMs (several instances agree within that bound); a request with any
// other method than GET/HEAD/OPTIONS (server actions, API writes) that changed public rows empties
// this instance's cache when it ends, and a render that overlapped such a write is not stored. One render per key at a time: the others wait for it.
// Stale-while-revalidate: a request for an entry past its life (by at most staleMs) gets the
// expired copy at once, and one background request per key (over the loopback, to the address
// the request came in on, marked by this process's secret token) renders the page again; no
// visitor waits for a re-render of a busy page. An entry older than ttlMs + staleMs is never
// served: that request renders it and the others wait, so any answer is at most that old.
import { randomBytes } from "node:crypto";
import { Agent, request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlib, crc32, deflateRawSync } from "node:zlib";
import { newNonce } from "../http/headers";
import { LOCALE_COOKIE, resolveLocale } from "../i18n/locale";
import { publicGeneration } from "./public-changes";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type PageCacheOptions = {
  ttlMs: number;
  /** How long past its life an entry may still be served while it is being rendered again (default ttlMs). */
  staleMs?: number;
  maxEntries?: number;
  /** The largest page kept. */
  maxBytes?: number;
  /** All pages kept together (their plain text). */
  maxTotalBytes?: number;
  /** Paths that may be cached (the query is part of the key). */
  isPublicPage?: (pathname: string) => boolean;
  now?: () => number;
};

type Entry = {
  status: number;
  headers: OutgoingHttpHeaders;
  parts: string[];
  csp?: string[];
  bytes: number;
  storedAt: number;
  generation: number;
  /** The parts, each compressed once on its own (made on the first gzip answer). */
  deflated?: Buffer[];
};

export type PageCache = { handle: Handle; clear(): void; size(): number };

/** Home, the lists, one event, one group: what anonymous visitors read and announcements link to. */
export const PUBLIC_PAGES = /^\/(?:events(?:\/[A-Za-z0-9_-]+)?|groups(?:\/[A-Za-z0-9_-]+)?)?\/?$/;

// Cookies an anonymous visitor may carry and still share the public copy. Anything else (a session
// token, chunked or __Secure-, or a cookie we do not know) means the request goes to Next.
const ANONYMOUS_COOKIES = new Set([LOCALE_COOKIE, "next-auth.csrf-token", "__Host-next-auth.csrf-token", "next-auth.callback-url", "__Secure-next-auth.callback-url"]);

// Headers of a stored answer that belong to one response only.
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-request-id", "set-cookie", "x-hako-cache"]);

const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;

/** The header that marks this process's own background re-render (with its secret token). */
export const REVALIDATE_HEADER = "x-hako-revalidate";
// Headers of the visitor's request not copied to the background re-render.
const NOT_FORWARDED = new Set(["connection", "keep-alive", "content-length", "transfer-encoding", "expect", "upgrade", "accept-encoding", REVALIDATE_HEADER]);

function cookiesOf(header: string | undefined): Map<string, string> | null {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    if (!name) continue;
    if (!ANONYMOUS_COOKIES.has(name)) return null;
    out.set(name, eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1).trim()));
  }
  return out;
}

/** The cache key of an anonymous request for a public page, or null when it must go to Next. */
export function cacheKey(req: IncomingMessage, isPublicPage: (pathname: string) => boolean = (p) => PUBLIC_PAGES.test(p)): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  const pathname = q < 0 ? url : url.slice(0, q);
  if (!isPublicPage(pathname)) return null;
  const h = req.headers;
  if (h.authorization || h.rsc || h["next-action"] || h["next-router-prefetch"] || h["next-router-state-tree"] || h["next-url"]) return null;
  if (q >= 0 && /[?&]_rsc=/.test(url)) return null;
  let cookies: Map<string, string> | null;
  try {
    cookies = cookiesOf(h.cookie);
  } catch {
    return null; // a malformed cookie value: let Next decide what it means
  }
  if (!cookies) return null;
  const locale = resolveLocale(cookies.get(LOCALE_COOKIE), typeof h["accept-language"] === "string" ? h["accept-language"] : null);
  const proto = String(h["x-forwarded-proto"] ?? "");
  return `${locale} ${proto} ${h.host ?? ""} ${url}`;
}

/** Whether Next's answer may be shared with every anonymous visitor. */
function storable(res: ServerResponse): boolean {
  if (res.statusCode !== 200) return false;
  if (res.hasHeader("set-cookie") || res.hasHeader("content-encoding")) return false;
  if (!String(res.getHeader("content-type") ?? "").startsWith("text/html")) return false;
  const vary = String(res.getHeader("vary") ?? "").toLowerCase();
  if (vary.includes("cookie") || vary.includes("authorization")) return false;
  const cc = String(res.getHeader("cache-control") ?? "").toLowerCase().replace(/\s+/g, "");
  return cc !== "private,no-store";
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const DEFLATE_END = deflateRawSync(Buffer.alloc(0)); // the final, empty block

/** One part of a page as a deflate fragment that needs nothing before it and ends byte-aligned. */
function fragment(text: string): Buffer {
  return deflateRawSync(Buffer.from(text), { level: 6, finishFlush: zlib.Z_FULL_FLUSH });
}

/**
 * The gzip of parts joined by nonce, compressing only the nonce per answer: each part was
 * compressed on its own with a full flush (no reference across parts, no final block), so the
 * fragments and the nonce's can be laid end to end; the trailer's CRC-32 and length are of the
 * whole page.
 */
export function splicedGzip(deflatedParts: Buffer[], nonce: string, body: Buffer): Buffer {
  const between = fragment(nonce);
  const out: Buffer[] = [GZIP_HEADER];
  deflatedParts.forEach((p, i) => {
    if (i > 0) out.push(between);
    out.push(p);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc32(body) >>> 0, 0);
  trailer.writeUInt32LE(body.length % 2 ** 32, 4);
  out.push(DEFLATE_END, trailer);
  return Buffer.concat(out);
}

function preferredEncoding(header: string | string[] | undefined): "br" | "gzip" | null {
  const accepted = new Map<string, number>();
  for (const part of String(header ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name) accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  const ok = (name: string) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  // gzip first: it costs next to nothing here (splicedGzip); brotli only for who wants only that.
  return ok("gzip") ? "gzip" : ok("br") ? "br" : null;
}

export function createPageCache(handle: Handle, options: PageCacheOptions): PageCache {
  const ttlMs = options.ttlMs;
  const staleMs = options.staleMs ?? ttlMs;
  const maxEntries = options.maxEntries ?? 200;
  const maxBytes = options.maxBytes ?? 512 * 1024;
  const maxTotalBytes = options.maxTotalBytes ?? 32 * 1024 * 1024;
  const isPublicPage = options.isPublicPage ?? ((p: string) => PUBLIC_PAGES.test(p));
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();
  let totalBytes = 0;
  const remove = (key: string) => {
    const e = entries.get(key);
    if (!e) return;
    totalBytes -= e.bytes;
    entries.delete(key);
  };
  const rendering = new Map<string, Promise<Entry | null>>();
  // Keys whose background re-render is on its way (at most one per key).
  const revalidating = new Set<string>();
  const token = randomBytes(18).toString("base64url");
  const agent = new Agent({ keepAlive: true, maxSockets: 4 });
  // Bumped when a write ends: a render that overlapped it is not stored.
  let generation = 0;

  const clear = () => {
    generation++;
    entries.clear();
    totalBytes = 0;
  };

  const serve = (req: IncomingMessage, res: ServerResponse, entry: Entry, state: "hit" | "stale" | "wait") => {
    const nonce = newNonce();
    let body: Buffer = Buffer.from(entry.parts.join(nonce));
    res.statusCode = entry.status;
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value);
    if (entry.csp) res.setHeader("content-security-policy", entry.csp.join(nonce));
    res.setHeader("x-hako-cache", state);
    const vary = String(entry.headers.vary ?? "");
    res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
    const encoding = preferredEncoding(req.headers["accept-encoding"]);
    if (encoding === "br") body = brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 4, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
    else if (encoding === "gzip") body = splicedGzip((entry.deflated ??= entry.parts.map(fragment)), nonce, body);
    if (encoding) res.setHeader("content-encoding", encoding);
    res.setHeader("content-length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  };

  /** Lets Next answer this request and keeps a copy of the answer when it may be shared. */
  const render = (req: IncomingMessage, res: ServerResponse, key: string): Promise<void> => {
    const startedIn = generation;
    let resolveStored!: (e: Entry | null) => void;
    rendering.set(key, new Promise<Entry | null>((r) => (resolveStored = r)));
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooBig = false;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (tooBig || chunk == null || typeof chunk === "function") return;
      const b = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
      bytes += b.length;
      if (bytes > maxBytes) tooBig = true;
      else chunks.push(b);
    };
    const write = res.write.bind(res) as (...a: unknown[]) => boolean;
    const end = res.end.bind(res) as (...a: unknown[]) => ServerResponse;
    res.write = ((...a: unknown[]) => (keep(a[0], a[1]), write(...a))) as typeof res.write;
    res.end = ((...a: unknown[]) => (keep(a[0], a[1]), end(...a))) as typeof res.end;
    // The copy must be plain text whatever this client accepts (it is compressed per answer).
    delete req.headers["accept-encoding"];
    let settled = false;
    const settle = (finished: boolean) => {
      if (settled) return;
      settled = true;
      rendering.delete(key);
      let entry: Entry | null = null;
      if (finished && !tooBig && req.method === "GET" && storable(res) && generation === startedIn) {
        const headers: OutgoingHttpHeaders = {};
        for (const [name, value] of Object.entries(res.getHeaders())) if (!PER_RESPONSE.has(name)) headers[name] = value;
        const cspHeader = typeof headers["content-security-policy"] === "string" ? headers["content-security-policy"] : undefined;
        const nonce = cspHeader?.match(NONCE)?.[1];
        delete headers["content-security-policy"];
        const text = Buffer.concat(chunks).toString("utf8");
        entry = {
          status: res.statusCode,
          headers,
          parts: nonce ? text.split(nonce) : [text],
          csp: cspHeader ? (nonce ? cspHeader.split(nonce) : [cspHeader]) : undefined,
          bytes,
          storedAt: now(),
          generation,
        };
        remove(key);
        entries.set(key, entry);
        totalBytes += bytes;
        // Least recently used first.
        while (entries.size > maxEntries || totalBytes > maxTotalBytes) remove(entries.keys().next().value!);
      } else remove(key); // e.g. an event no longer public: its old copy goes too
      resolveStored(entry);
    };
    res.once("finish", () => settle(true));
    res.once("close", () => settle(res.writableFinished));
    try {
      return Promise.resolve(handle(req, res)).catch((e: unknown) => {
        settle(false);
        throw e;
      });
    } catch (e) {
      settle(false);
      throw e;
    }
  };

  /** Asks this server, over the loopback, to render the page again as the visitor would see it. */
  const revalidate = (req: IncomingMessage, key: string) => {
    const port = req.socket.localPort;
    const address = req.socket.localAddress;
    if (!port || !address) return;
    revalidating.add(key);
    const done = () => void revalidating.delete(key);
    const headers: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(req.headers)) if (!NOT_FORWARDED.has(name) && value !== undefined) headers[name] = value;
    headers[REVALIDATE_HEADER] = token;
    const host = address.startsWith("::ffff:") ? address.slice(7) : address;
    const r = httpRequest({ host, port, path: req.url, method: "GET", headers, agent }, (answer) => {
      answer.once("end", done);
      answer.once("close", done);
      answer.resume();
    });
    r.once("error", done);
    r.setTimeout(60_000, () => r.destroy());
    r.end();
  };

  const cached: Handle = async (req, res) => {
    const marker = req.headers[REVALIDATE_HEADER];
    const background = marker === token;
    if (marker !== undefined) delete req.headers[REVALIDATE_HEADER];
    const key = cacheKey(req, isPublicPage);
    if (background && key !== null) {
      // This process's own re-render: unless one is already under way, render and keep it.
      if (rendering.has(key)) return void res.writeHead(204).end();
      res.setHeader("x-hako-cache", "revalidate");
      return render(req, res, key);
    }
    if (key === null) {
      if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return handle(req, res);
      // A write (server action, API call): when it has changed what the public pages show (the
      // database client moved the public generation while it ran, lib/server/public-changes.ts),
      // this instance's copies are out of date. Emptied when it ends, and every render that
      // overlapped it (it started in an older generation) is not stored. Writes that change
      // nothing public — refused ones (a refused server action answers 200 too), an application,
      // which only moves counts — leave the cache alone, so that they cannot keep it empty.
      const before = publicGeneration();
      let done = false;
      const after = () => {
        if (done) return;
        done = true;
        if (publicGeneration() !== before) clear();
      };
      // On "finish" (the answer is out, before the client can ask again), else on "close".
      res.once("finish", after);
      res.once("close", after);
      return handle(req, res);
    }
    const entry = entries.get(key);
    const age = entry ? now() - entry.storedAt : Infinity;
    if (entry && age <= ttlMs) {
      entries.delete(key);
      entries.set(key, entry); // most recently used last
      return serve(req, res, entry, "hit");
    }
    const pending = rendering.get(key);
    if (entry && age <= ttlMs + staleMs) {
      if (!pending && !revalidating.has(key)) revalidate(req, key);
      return serve(req, res, entry, "stale");
    }
    if (pending) {
      const fresh = await pending;
      if (fresh && !res.destroyed) return serve(req, res, fresh, "wait");
    }
    // An expired entry stays while its key is rendered again (for the stale answers above).
    res.setHeader("x-hako-cache", "miss");
    return render(req, res, key);
  };

  return { handle: cached, clear, size: () => entries.size };
}
