// Security headers for pages (set by proxy.ts on every page request) and for served uploads.
import { forwardedHttps } from "./client-ip";

/** A fresh nonce per request: 16 random bytes, base64. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/**
 * Scripts only from this app: Next.js puts the nonce on its own script tags, and 'strict-dynamic'
 * lets those load the rest of the app's chunks; nothing inline without it, no event-handler
 * attributes, no javascript: URLs. Styles may stay inline (React style attributes); images may be
 * any https URL (avatars); the page may not be framed anywhere.
 */
export function pageCsp(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Uploaded files: rendered, if at all, as an opaque sandboxed document (no scripts, no forms, its
 * own origin), embeddable only by our own pages (the slides viewer). Chromium's PDF viewer still
 * opens them, at the top level and inside the page's <object>.
 */
export const UPLOAD_HEADERS = {
  "content-security-policy": "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data: blob:; object-src 'self'; frame-ancestors 'self'",
  "x-content-type-options": "nosniff",
  "cross-origin-resource-policy": "same-origin",
} as const;

const ONE_YEAR = 365 * 24 * 60 * 60;

/** HSTS only when the site is served over https: NEXTAUTH_URL says so, or a trusted proxy does. */
export function hstsHeader(headers: Pick<Headers, "get">, publicUrl = process.env.NEXTAUTH_URL ?? ""): string | null {
  return publicUrl.toLowerCase().startsWith("https://") || forwardedHttps(headers) ? `max-age=${ONE_YEAR}; includeSubDomains` : null;
}

/** Responses that depend on who asks: never stored by a shared cache, never reused for another person. */
export const PRIVATE_NO_STORE = { "cache-control": "private, no-store", vary: "Cookie, Authorization" } as const;

/**
 * The public caching given when everyone but the people who see more gets this same answer, or
 * PRIVATE_NO_STORE. Vary in both cases, so a cache never hands the public copy to an organizer.
 */
export function cacheHeaders(sameForEveryone: boolean, publicCacheControl: string): Record<string, string> {
  return sameForEveryone ? { "cache-control": publicCacheControl, vary: PRIVATE_NO_STORE.vary } : { ...PRIVATE_NO_STORE };
}
