// The request-security settings (client address, rate limits), read from the environment. Kept
// apart from lib/env.ts so that the proxy (proxy.ts) can read them without loading the rest of the
// configuration; lib/env.ts includes the same shape, so a bad value still stops the start.
import { isIP } from "node:net";
import { z } from "zod";

const cidr = z.string().refine((v) => {
  const [address, bits, ...rest] = v.split("/");
  if (rest.length || !address || !isIP(address)) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n <= (isIP(address) === 4 ? 32 : 128);
}, "must be a comma-separated list of IP addresses or CIDR ranges (or loopback)");

export const securityEnvShape = {
  // Proxies whose X-Forwarded-For / X-Forwarded-Proto are believed. Unset: nobody's are.
  HAKO_TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((v) => (v ?? "").split(",").map((s) => s.trim()).filter(Boolean))
    .transform((list) => list.flatMap((s) => (s === "loopback" ? ["127.0.0.0/8", "::1"] : [s])))
    .pipe(z.array(cidr)),
  HAKO_RATE_LIMITS: z.enum(["on", "off", ""]).default("on").transform((v) => v !== "off"),
  // Multiplies every limit's allowance (e.g. 10 for a test server that many scripted users share).
  HAKO_RATE_LIMIT_SCALE: z.coerce.number().positive().max(1_000_000).default(1),
};

const schema = z.object(securityEnvShape);
export type SecurityEnv = z.infer<typeof schema>;

let cached: { source: string; value: SecurityEnv } | undefined;

export function securityEnv(): SecurityEnv {
  const source = [process.env.HAKO_TRUSTED_PROXIES, process.env.HAKO_RATE_LIMITS, process.env.HAKO_RATE_LIMIT_SCALE].join("\n");
  if (cached?.source === source) return cached.value;
  const value = schema.parse({
    HAKO_TRUSTED_PROXIES: process.env.HAKO_TRUSTED_PROXIES,
    HAKO_RATE_LIMITS: process.env.HAKO_RATE_LIMITS || undefined,
    HAKO_RATE_LIMIT_SCALE: process.env.HAKO_RATE_LIMIT_SCALE || undefined,
  });
  cached = { source, value };
  return value;
}
