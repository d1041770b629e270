/** Who is calling: resolved from the session or a token by lib/auth.ts, passed to every service. */
export type Actor = { userId: string };
