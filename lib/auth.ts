// next-auth configuration and the one way every server action and API route learns who is
// calling: getActor() (browser session, or a personal access token sent as a Bearer header).
import { createHash } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import GithubProvider from "next-auth/providers/github";
import { headers } from "next/headers";
import { z } from "zod";
import { devLoginEnabled, env, githubEnabled } from "./env";
import { enqueueMail, MAIL_PRIORITY } from "./mail/service";
import { checkLimit, rateLimit } from "./ratelimit/limiter";
import { authenticateToken } from "./tokens/service";
import { authAdapter } from "./users/data";
import { upsertUserByEmail, userExists } from "./users/service";

export type { Actor } from "./auth-types";
import type { Actor } from "./auth-types";
import { sessionJwtOf, sessionTokenOf } from "./auth-token";
import { sessionSubject } from "./session-jwt";
import { sameSitePath } from "./http/same-site-path";

const devSignInInput = z.object({ email: z.email().max(254) });

export function authOptions(): NextAuthOptions {
  const e = env();
  const providers: NextAuthOptions["providers"] = [];
  if (githubEnabled()) {
    providers.push(GithubProvider({ clientId: e.GITHUB_ID!, clientSecret: e.GITHUB_SECRET! }));
  }
  providers.push(
    EmailProvider({
      // Mail leaves through the outbox (lib/mail), never directly from the sign-in request.
      server: e.SMTP_URL ?? "smtp://localhost:25",
      from: e.MAIL_FROM,
      maxAge: 30 * 60,
      async sendVerificationRequest({ identifier, url }) {
        await enqueueMail({
          to: identifier,
          kind: "sign-in",
          priority: MAIL_PRIORITY.signIn,
          subject: "Sign in to Hako / Hako へのサインイン",
          text: `Open this link to sign in to Hako (valid for 30 minutes):\n次のリンクを開くと Hako にサインインします（30分間有効）:\n\n${url}\n\nIf you did not ask for it, ignore this mail. / 心当たりがない場合は破棄してください。`,
        });
      },
    }),
  );
  if (devLoginEnabled()) {
    providers.push(
      CredentialsProvider({
        id: "dev",
        name: "Development sign-in",
        credentials: { email: { label: "Email", type: "email" } },
        async authorize(credentials) {
          const parsed = devSignInInput.safeParse({ email: credentials?.email?.trim().toLowerCase() });
          if (!parsed.success) return null;
          const user = await upsertUserByEmail(parsed.data.email);
          return { id: user.id, email: user.email, name: user.name, image: user.image };
        },
      }),
    );
  }
  return {
    adapter: authAdapter(),
    providers,
    secret: e.NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
    callbacks: {
      // Back to a path on the host the person used (localhost, 127.0.0.1, a LAN address): an
      // absolute URL on NEXTAUTH_URL's host would sign them in on one host and send them to
      // another, where they are signed out. Other sites are never a destination.
      async redirect({ url, baseUrl }) {
        return sameSitePath(url, baseUrl);
      },
      async jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      async session({ session, token }) {
        if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
        return session;
      },
    },
    events: {
      // OAuth and magic-link users are created by the adapter; give them a handle like the others.
      async createUser({ user }) {
        if (user.email) await upsertUserByEmail(user.email);
      },
    },
  };
}

/**
 * The person of a session cookie: next-auth's JWT decrypted and checked (expiry) as its
 * getServerSession does, without building a session object and a renewed token that nobody reads
 * here (the browser's session is renewed by next-auth's own routes). The id is the token's `sub`
 * (the jwt callback above).
 */
async function sessionUserId(cookie: string | null): Promise<string | null> {
  const e = env();
  const token = sessionJwtOf(cookie, e.NEXTAUTH_URL?.trim().startsWith("https://") ?? false);
  return token ? sessionSubject(token, e.NEXTAUTH_SECRET ?? "") : null;
}

/** The signed-in caller, or null. A Bearer token wins over the cookie when both are sent. */
// The signed-in person of a session cookie, remembered for a few seconds: decoding next-auth's
// token (HKDF and JWE decryption) and checking that its user still exists cost more than the rest
// of a small page. Keyed by a SHA-256 digest of the whole cookie value (every chunk), so a new or
// refreshed token is decoded anew, no token is kept in memory, and a key is 43 bytes however large
// the cookie (an attacker's made-up cookies cannot fill memory); signing out removes the cookie.
// At most SESSION_MEMO_MAX tokens, oldest out first.
const SESSION_MEMO_MS = 5000;
const SESSION_MEMO_MAX = 5000;
const sessionMemo = new Map<string, { userId: string | null; until: number }>();

function rememberSession(key: string, userId: string | null, now: number) {
  sessionMemo.delete(key);
  sessionMemo.set(key, { userId, until: now + SESSION_MEMO_MS });
  while (sessionMemo.size > SESSION_MEMO_MAX) sessionMemo.delete(sessionMemo.keys().next().value!);
}

export async function getActor(): Promise<Actor | null> {
  const h = await headers();
  const authz = h.get("authorization");
  if (authz?.toLowerCase().startsWith("bearer ")) {
    // Guessing tokens: an address with too many bad ones is refused for a while, good or bad.
    await checkLimit("tokenFailure", { headers: h });
    const userId = await authenticateToken(authz.slice(7).trim());
    if (!userId) {
      await rateLimit("tokenFailure", { headers: h });
      return null;
    }
    await rateLimit("tokenUse", { headers: h, id: userId });
    return { userId };
  }
  const token = sessionTokenOf(h.get("cookie"));
  const now = Date.now();
  const key = token ? createHash("sha256").update(token).digest("base64url") : undefined;
  const known = key ? sessionMemo.get(key) : undefined;
  if (known && known.until > now) return known.userId ? { userId: known.userId } : null;
  const id = await sessionUserId(h.get("cookie"));
  // A JWT can outlive its user (database reset); treat it as signed out.
  const userId = id && (await userExists(id)) ? id : null;
  if (key) rememberSession(key, userId, now);
  return userId ? { userId } : null;
}
