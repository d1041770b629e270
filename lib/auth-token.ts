// The session token a request carries, as one string: the key under which lib/auth.ts remembers
// the person it was decoded to for a few seconds.
const SESSION_COOKIES = /(?:^|;\s*)((?:__Secure-)?next-auth\.session-token(?:\.\d+)?)=([^;]*)/g;

/** next-auth's session cookie (every chunk, in name order) from a Cookie header, or null. */
export function sessionTokenOf(cookie: string | null): string | null {
  if (!cookie) return null;
  const parts = [...cookie.matchAll(SESSION_COOKIES)].map((m) => `${m[1]}=${m[2]}`).sort();
  return parts.length ? parts.join(";") : null;
}
