// Rate limits (rate-limiter-flexible). On PostgreSQL the counters live in the `rate_limits` table,
// shared by every instance (one atomic upsert per check, through a small pool of its own); on the
// embedded SQLite, which serves one instance, in memory. If PostgreSQL cannot be reached the
// counters fall back to memory rather than refuse everyone.
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { providerOf } from "../db-providers";
import { AppError } from "../errors";
import { clientIp } from "../http/client-ip";
import { securityEnv } from "../http/config";
import { type Allowance, LIMITS, type LimitKind } from "./limits";

export const RATE_LIMIT_TABLE = "rate_limits";

/** A refused request: 429 with Retry-After (seconds, at least 1). */
export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED", "Too many requests");
  }
}

export function isRateLimited(e: unknown): e is RateLimitedError {
  return e instanceof RateLimitedError;
}

export type LimiterStore = { kind: "memory" } | { kind: "postgresql"; pool: Pool };

/** Makes one limiter per (kind, ip|id) on a store. Exposed so tests can make two "instances". */
export function createLimiters(store: LimiterStore, scale = 1) {
  const made = new Map<string, RateLimiterAbstract>();
  return (kind: LimitKind, scope: "ip" | "id", allowance: Allowance): RateLimiterAbstract => {
    const name = `${kind}.${scope}`;
    let limiter = made.get(name);
    if (limiter) return limiter;
    const opts = { keyPrefix: name, points: Math.max(1, Math.round(allowance.points * scale)), duration: allowance.seconds };
    limiter =
      store.kind === "memory"
        ? new RateLimiterMemory(opts)
        : new RateLimiterPostgres({
            ...opts,
            storeClient: store.pool,
            storeType: "pool",
            tableName: RATE_LIMIT_TABLE,
            tableCreated: true, // by the migration, on every instance alike
            clearExpiredByTimeout: true,
            insuranceLimiter: new RateLimiterMemory(opts),
          });
    made.set(name, limiter);
    return limiter;
  };
}

type Limiters = ReturnType<typeof createLimiters>;
const state = globalThis as unknown as { hakoLimiters?: { url: string; scale: number; limiters: Limiters; pool?: Pool } };

function limiters(): Limiters {
  const url = process.env.DATABASE_URL ?? "file:./data/hako.db";
  const scale = securityEnv().HAKO_RATE_LIMIT_SCALE;
  if (state.hakoLimiters?.url === url && state.hakoLimiters.scale === scale) return state.hakoLimiters.limiters;
  void state.hakoLimiters?.pool?.end();
  let pool: Pool | undefined;
  if (providerOf(url) === "postgresql") {
    pool = new Pool({ connectionString: url, max: 2 });
    // An idle client's error (a restarted server) must not crash the process.
    pool.on("error", (e) => console.error("[ratelimit] pool", e.message));
  }
  const made = createLimiters(pool ? { kind: "postgresql", pool } : { kind: "memory" }, scale);
  state.hakoLimiters = { url, scale, limiters: made, pool };
  return made;
}

export type LimitSubject = { headers: Pick<Headers, "get">; id?: string | null };

function isRefusal(e: unknown): e is Pick<RateLimiterRes, "msBeforeNext"> {
  return e instanceof RateLimiterRes || (typeof e === "object" && e !== null && typeof (e as { msBeforeNext?: unknown }).msBeforeNext === "number" && typeof (e as { remainingPoints?: unknown }).remainingPoints === "number");
}

async function consume(limiter: RateLimiterAbstract, key: string, points: number): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (e) {
    // Not `instanceof`: the limiters live on globalThis and may come from another copy of the
    // library (the custom server's and the Next bundle's), whose refusal is not "our" class.
    if (isRefusal(e)) return Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    // The store failed and its insurance too: limits are a protection, not a gate that shuts.
    console.error("[ratelimit]", e instanceof Error ? e.message : e);
    return null;
  }
}

/**
 * Counts one request of `kind` against the client's address and, when given, the identifier;
 * throws RateLimitedError when either allowance is used up. Call it before the work it guards.
 */
export async function rateLimit(kind: LimitKind, subject: LimitSubject, points = 1, make: Limiters = limiters()): Promise<void> {
  if (!securityEnv().HAKO_RATE_LIMITS) return;
  const rule = LIMITS[kind] as { ip?: Allowance; id?: Allowance };
  const waits: number[] = [];
  if (rule.ip) {
    const wait = await consume(make(kind, "ip", rule.ip), clientIp(subject.headers), points);
    if (wait) waits.push(wait);
  }
  if (rule.id && subject.id) {
    const wait = await consume(make(kind, "id", rule.id), subject.id.toLowerCase(), points);
    if (wait) waits.push(wait);
  }
  if (waits.length) throw new RateLimitedError(Math.max(...waits));
}

/** Throws RateLimitedError if `kind` is used up for this client, without counting a request. */
export async function checkLimit(kind: LimitKind, subject: LimitSubject, make: Limiters = limiters()): Promise<void> {
  if (!securityEnv().HAKO_RATE_LIMITS) return;
  const rule = LIMITS[kind] as { ip?: Allowance; id?: Allowance };
  const checks: [RateLimiterAbstract, string, Allowance][] = [];
  if (rule.ip) checks.push([make(kind, "ip", rule.ip), clientIp(subject.headers), rule.ip]);
  if (rule.id && subject.id) checks.push([make(kind, "id", rule.id), subject.id.toLowerCase(), rule.id]);
  for (const [limiter, key] of checks) {
    try {
      const res = await limiter.get(key);
      if (res && res.remainingPoints <= 0 && res.consumedPoints >= limiter.points) throw new RateLimitedError(Math.max(1, Math.ceil(res.msBeforeNext / 1000)));
    } catch (e) {
      if (isRateLimited(e)) throw e;
      console.error("[ratelimit]", e instanceof Error ? e.message : e);
    }
  }
}

/** Response headers for a refused request. */
export function retryAfterHeaders(e: unknown): Record<string, string> {
  return isRateLimited(e) ? { "retry-after": String(e.retryAfterSeconds) } : {};
}
