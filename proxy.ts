import { NextResponse, type NextRequest } from "next/server";
import { hstsHeader, newNonce, pageCsp, UPLOAD_HEADERS } from "./lib/http/headers";

const UPLOAD_FILE = /^\/materials\/[^/]+\/file$/;

// Passes the requested path to server components (the language switcher returns there) and sets
// the security headers (lib/http/headers.ts): a per-request CSP nonce, which Next.js reads from the
// request's Content-Security-Policy and puts on its own scripts; HSTS when served over https.
// Authorization never happens here: every action and route checks for itself.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-hako-path", request.nextUrl.pathname + request.nextUrl.search);
  const upload = UPLOAD_FILE.test(request.nextUrl.pathname);
  const nonce = newNonce();
  const csp = upload ? UPLOAD_HEADERS["content-security-policy"] : pageCsp(nonce);
  if (!upload) {
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
  }
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  const hsts = hstsHeader(request.headers);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

// The slides upload form's target is left out: Next buffers (and cuts at 10 MB) the body of every
// request the proxy sees, and that upload streams up to 50 MB straight to storage.
export const config = { matcher: ["/((?!api|_next|favicon.ico|healthz|readyz|talks/[^/]+/materials/upload$).*)"] };
