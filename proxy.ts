import { NextResponse, type NextRequest } from "next/server";

// Passes the requested path to server components (the language switcher returns there).
// Authorization never happens here: every action and route checks for itself.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-hako-path", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

// The slides upload form's target is left out: Next buffers (and cuts at 10 MB) the body of every
// request the proxy sees, and that upload streams up to 50 MB straight to storage.
export const config = { matcher: ["/((?!api|_next|favicon.ico|healthz|readyz|talks/[^/]+/materials/upload$).*)"] };
