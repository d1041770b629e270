// The caller of an action or API route, counted against a rate limit first (per address, and per
// person when signed in). Throws RateLimitedError, which actions turn into the RATE_LIMITED form
// state and apiRoute into a 429 with Retry-After.
import { headers } from "next/headers";
import { type Actor, getActor } from "../auth";
import { rateLimit } from "./limiter";
import type { LimitKind } from "./limits";

export async function limitedActor(kind: LimitKind): Promise<Actor | null> {
  const actor = await getActor();
  await rateLimit(kind, { headers: await headers(), id: actor?.userId });
  return actor;
}

/** Counts a request without an identity (anonymous heavy reads). */
export async function limitAnonymous(kind: LimitKind, actor: Actor | null): Promise<void> {
  if (actor) return;
  await rateLimit(kind, { headers: await headers() });
}
