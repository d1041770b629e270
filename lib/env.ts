// Configuration from environment variables, validated once. Every variable is listed in README.md.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db-providers";
import { securityEnvShape } from "./http/config";
import { type ChainInfo, DRAND_QUICKNET } from "./lottery/beacon";

const flag = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const schema = z.object({
  DATABASE_URL: z
    .string()
    .default(DEFAULT_DATABASE_URL)
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), "must start with file: or postgresql://"),
  NEXTAUTH_URL: optionalText,
  NEXTAUTH_SECRET: optionalText,
  // Set by `npm start` when no production configuration is given: demo data and development sign-in.
  HAKO_DEMO: flag,
  AUTH_DEV_LOGIN: flag,
  GITHUB_ID: optionalText,
  GITHUB_SECRET: optionalText,
  SMTP_URL: optionalText,
  MAIL_FROM: z.string().default("Hako <no-reply@hako.localhost>"),
  // The in-process scheduler (outbox sending, timed transitions); turn off where a cron runs `npm run jobs`.
  HAKO_SCHEDULER: z.enum(["on", "off"]).default("on"),
  HAKO_SCHEDULER_INTERVAL_MS: z.coerce.number().int().min(1000).default(15_000),
  // Uploaded slide PDFs: a local folder by default, or S3-compatible object storage when a bucket is set.
  UPLOAD_DIR: z.string().default("data/uploads"),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(50),
  S3_BUCKET: optionalText,
  S3_REGION: z.string().default("us-east-1"),
  S3_ENDPOINT: optionalText,
  S3_ACCESS_KEY_ID: optionalText,
  S3_SECRET_ACCESS_KEY: optionalText,
  S3_FORCE_PATH_STYLE: flag,
  // The lottery's randomness beacon (hako-lottery-v2). "drand-quicknet" makes new lottery frames
  // v2 by default; unset (the offline demo) keeps them v1. Organizers may choose either per frame.
  HAKO_BEACON: z
    .enum(["drand-quicknet", "none", ""])
    .default("none")
    .transform((v) => (v === "drand-quicknet" ? v : "none")),
  // drand HTTP relays, tried in order until one answers with a round that verifies.
  HAKO_BEACON_RELAYS: z
    .string()
    .default("https://api.drand.sh,https://api2.drand.sh,https://api3.drand.sh,https://drand.cloudflare.com")
    .transform((v) => v.split(",").map((u) => u.trim().replace(/\/$/, "")).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ })).min(1)),
  HAKO_BEACON_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  // The chain: drand's quicknet unless pointed at another chain of the same scheme (tests do).
  HAKO_BEACON_CHAIN_HASH: z.string().regex(/^[0-9a-f]{64}$/).default(DRAND_QUICKNET.hash),
  HAKO_BEACON_PUBLIC_KEY: z.string().regex(/^[0-9a-f]{192}$/).default(DRAND_QUICKNET.publicKey),
  HAKO_BEACON_GENESIS: z.coerce.number().int().min(0).default(DRAND_QUICKNET.genesis),
  HAKO_BEACON_PERIOD: z.coerce.number().int().min(1).max(3600).default(DRAND_QUICKNET.period),
  // Once a v2 lottery's beacon round is out, organizers may void it only after this many minutes
  // without a draw (the beacon could not be fetched): before that, the draw must happen.
  HAKO_BEACON_VOID_AFTER_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  // Trusted proxies and rate limits (lib/http/config.ts, which the proxy reads on its own).
  ...securityEnvShape,
  // Operations (docs/operations.md): /metrics on the app port, or only on a port of its own.
  HAKO_METRICS: flag,
  HAKO_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  HAKO_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  HAKO_LOG_FORMAT: z.enum(["json", "pretty"]).optional(),
  // SIGTERM: how long in-flight requests and the scheduler's tick may take before the process exits anyway.
  HAKO_SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  // SIGTERM: how long /readyz answers 503 before the listener closes (load balancers stop sending).
  HAKO_SHUTDOWN_DELAY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
  // The micro-cache of public pages for anonymous visitors (lib/server/page-cache.ts): on unless 0.
  HAKO_PAGE_CACHE: z
    .enum(["1", "0", "true", "false", ""])
    .optional()
    .transform((v) => v !== "0" && v !== "false"),
  HAKO_PAGE_CACHE_TTL_MS: z.coerce.number().int().min(0).max(600_000).default(3000),
  // At start, how long to wait for a PostgreSQL server that does not answer yet.
  HAKO_DB_WAIT_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
});

export type Env = z.infer<typeof schema>;

/** Every variable the schema reads (deployment manifests are checked against it). */
export const ENV_NAMES: readonly string[] = Object.keys(schema.shape);

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  cached = parsed.data;
  return cached;
}

/**
 * The checks a production server makes before it starts (server.ts): the configuration parses,
 * and outside the demo a session secret is set. Returns one line per problem, naming the variable.
 */
export function startupProblems(source: Record<string, string | undefined> = process.env): string[] {
  const parsed = schema.safeParse(source);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const demo = source.HAKO_DEMO === "1" || source.HAKO_DEMO === "true";
  if (!demo && !source.NEXTAUTH_SECRET?.trim()) problems.push("NEXTAUTH_SECRET: required (a random string of 32 or more characters; or HAKO_DEMO=1 for the demo)");
  else if (!demo && source.NEXTAUTH_SECRET!.trim().length < 16) problems.push("NEXTAUTH_SECRET: too short (16 or more characters)");
  if (!demo && !source.NEXTAUTH_URL?.trim()) problems.push("NEXTAUTH_URL: required (the public URL of the site, e.g. https://hako.example.org)");
  else if (source.NEXTAUTH_URL?.trim() && !/^https?:\/\/[^\s]+$/.test(source.NEXTAUTH_URL.trim())) problems.push("NEXTAUTH_URL: must be an http(s) URL");
  return problems;
}

/**
 * The development sign-in (provider "dev") and the development mailbox. A production server
 * (NODE_ENV=production, which `next build` also fixes into the server code) turns them on only
 * with AUTH_DEV_LOGIN=1, never because of a stray HAKO_DEMO; `npm start` sets AUTH_DEV_LOGIN=1
 * for the demo itself and says so loudly.
 */
export function devLoginEnabled(): boolean {
  const e = env();
  if (e.AUTH_DEV_LOGIN) return true;
  return e.HAKO_DEMO && process.env.NODE_ENV !== "production";
}

export function githubEnabled(): boolean {
  const e = env();
  return Boolean(e.GITHUB_ID && e.GITHUB_SECRET);
}

export function publicBaseUrl(): string {
  return (env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}

/** The beacon chain this server draws v2 lotteries with. */
export function beaconChain(): ChainInfo {
  const e = env();
  return { hash: e.HAKO_BEACON_CHAIN_HASH, publicKey: e.HAKO_BEACON_PUBLIC_KEY, genesis: e.HAKO_BEACON_GENESIS, period: e.HAKO_BEACON_PERIOD };
}
