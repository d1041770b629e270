// Requests from elsewhere. A browser sends the session cookie with any request to this site, even
// one a foreign page starts (a form post, a no-cors fetch), so SameSite alone is not trusted for
// the API: a cookie-authenticated write must come from our own pages and carry JSON, which a
// foreign page can only send after a CORS preflight that this API never grants.
//
// As in Go's CrossOriginProtection: `Sec-Fetch-Site` (every current browser) or else `Origin`
// decides; a request with neither does not come from a browser (a script with a cookie jar,
// curl), where there is no foreign page to forge it, and passes. Bearer-token requests are exempt:
// a browser never adds a token by itself.
import { publicBaseUrlOf } from "./public-url";

const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token(?:\.\d+)?=/;
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
/** The upload routes take the file itself, as multipart: a new slide PDF, a replacement. */
const MULTIPART_ROUTES: [method: string, path: RegExp][] = [
  ["POST", /^\/api\/v1\/talks\/[^/]+\/materials$/],
  ["PUT", /^\/api\/v1\/materials\/[^/]+$/],
  ["POST", /^\/api\/v1\/me\/speaker-profile\/photo$/],
];

export type CrossOriginVerdict = "ok" | "foreign-origin" | "not-json";

function hasBody(req: Request): boolean {
  const length = req.headers.get("content-length");
  return (length !== null && length !== "0") || req.headers.has("transfer-encoding") || req.headers.has("content-type");
}

function sameOrigin(req: Request): boolean {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin" || site === "none";
  const origin = req.headers.get("origin");
  if (origin === null) return true; // not a browser
  if (origin === "null") return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  const ownHost = req.headers.get("host");
  return (ownHost !== null && host === ownHost) || origin === publicBaseUrlOf();
}

/** Whether a request to /api/v1 may go on, by where it comes from and what it carries. */
export function crossOriginVerdict(req: Request): CrossOriginVerdict {
  if (!WRITE_METHODS.has(req.method.toUpperCase())) return "ok";
  if (req.headers.get("authorization")?.toLowerCase().startsWith("bearer ")) return "ok";
  if (!SESSION_COOKIE.test(req.headers.get("cookie") ?? "")) return "ok"; // anonymous: nothing to forge
  if (!sameOrigin(req)) return "foreign-origin";
  if (hasBody(req)) {
    const type = req.headers.get("content-type") ?? "";
    const path = new URL(req.url).pathname;
    const method = req.method.toUpperCase();
    const multipartOk = /^multipart\/form-data\s*;/i.test(type) && MULTIPART_ROUTES.some(([m, p]) => m === method && p.test(path));
    if (!JSON_TYPE.test(type) && !multipartOk) return "not-json";
  }
  return "ok";
}
