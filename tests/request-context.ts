// The request around a route handler or server action in tests. Only Next's request plumbing is
// replaced (headers, the cookie session, cache revalidation); services and the database are real.
// Each test file registers the mocks with `vi.mock(..., () => requestMocks)` after importing this.
export const request = {
  headers: new Headers(),
  /** The user id a browser session cookie would carry, or null when signed out. */
  sessionUserId: null as string | null,
};

export function asAnonymous() {
  request.headers = new Headers();
  request.sessionUserId = null;
}

let sessionCookies = 0;

/** Signed in as `userId`: a session cookie of its own each time (lib/auth.ts remembers a cookie's person). */
export function withSession(userId: string) {
  request.headers = new Headers({ cookie: `next-auth.session-token=test-session-${++sessionCookies}` });
  request.sessionUserId = userId;
}

export function withBearer(token: string) {
  request.headers = new Headers({ authorization: `Bearer ${token}` });
  request.sessionUserId = null;
}

export const nextHeadersMock = {
  headers: async () => request.headers,
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
};

export const nextAuthMock = {
  getServerSession: async () => (request.sessionUserId ? { user: { id: request.sessionUserId } } : null),
};

/** The session token's decoding (lib/session-jwt.ts, read by lib/auth.ts): the session's person. */
export const sessionJwtMock = {
  sessionSubject: async () => request.sessionUserId,
};

export const nextCacheMock = { revalidatePath: () => undefined, revalidateTag: () => undefined };
