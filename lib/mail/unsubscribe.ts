// One-click unsubscribe links for bulk mail (RFC 8058). The token names one person and one scope
// and is signed with HMAC-SHA256 under the session secret, so it cannot be forged or re-pointed
// at someone else. Without NEXTAUTH_SECRET (the demo, where anyone may sign in as anyone through
// the development sign-in) a fixed demo key signs them.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env, publicBaseUrl } from "../env";

/** "all": every bulk mail that is not about one's own registration; "group:<id>": that group's announcements. */
export type UnsubscribeScope = "all" | `group:${string}`;

const SCOPE_RE = /^(all|group:[A-Za-z0-9_-]{1,64})$/;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;

function key(): string {
  return `hako-unsubscribe-v1:${env().NEXTAUTH_SECRET ?? "hako-demo-key"}`;
}

function sign(userId: string, scope: string): string {
  return createHmac("sha256", key()).update(`${userId}\n${scope}`).digest("base64url");
}

export function unsubscribeToken(userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${sign(userId, scope)}`;
}

/** The person and scope a token names, or null when it is malformed or its signature is wrong. */
export function readUnsubscribeToken(token: string): { userId: string; scope: UnsubscribeScope } | null {
  if (typeof token !== "string" || token.length > 300) return null;
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [userId, scope, sig] = parts as [string, string, string];
  if (!ID_RE.test(userId) || !SCOPE_RE.test(scope)) return null;
  const want = Buffer.from(sign(userId, scope));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  return { userId, scope: scope as UnsubscribeScope };
}

/** The page a person opens from the mail's footer: it asks before it unsubscribes (link scanners open links too). */
export function unsubscribeUrl(userId: string, scope: UnsubscribeScope): string {
  return `${publicBaseUrl()}/unsubscribe?token=${encodeURIComponent(unsubscribeToken(userId, scope))}`;
}

/** The RFC 8058 headers: mail clients POST "List-Unsubscribe=One-Click" to the one-click URL. */
export function unsubscribeHeaders(userId: string, scope: UnsubscribeScope): Record<string, string> {
  const oneClick = `${publicBaseUrl()}/unsubscribe/one-click?token=${encodeURIComponent(unsubscribeToken(userId, scope))}`;
  return { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}
