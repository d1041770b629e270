// The session token a request carries, as one string: the key under which lib/auth.ts remembers
// the person it was decoded to for a few seconds.
const SESSION_COOKIES = /(?:^|;\s*)((?:__Secure-)?next-auth\.session-token(?:\.\d+)?)=([^;]*)/g;

/** next-auth's session cookie (every chunk, in name order) from a Cookie header, or null. */
export function sessionTokenOf(cookie: string | null): string | null {
  if (!cookie) return null;
  const parts = [...cookie.matchAll(SESSION_COOKIES)].map((m) => `${m[1]}=${m[2]}`).sort();
  return parts.length ? parts.join(";") : null;
}

/**
 * The session JWT itself, as next-auth reads it: the cookie of the expected name (with the
 * __Secure- prefix when the site is served over https), or its chunks joined in number order.
 */
export function sessionJwtOf(cookie: string | null, secure: boolean): string | null {
  if (!cookie) return null;
  const name = `${secure ? "__Secure-" : ""}next-auth.session-token`;
  const chunks: [number, string][] = [];
  for (const m of cookie.matchAll(SESSION_COOKIES)) {
    if (m[1] === name && m[2]) return m[2];
    const chunk = m[1]!.startsWith(`${name}.`) ? Number(m[1]!.slice(name.length + 1)) : NaN;
    if (Number.isInteger(chunk) && m[2]) chunks.push([chunk, m[2]]);
  }
  return chunks.length ? chunks.sort((a, b) => a[0] - b[0]).map((c) => c[1]).join("") : null;
}
