// Configuration from environment variables, validated once. Every variable is listed in README.md.
import { z } from "zod";
import { DEFAULT_DATABASE_URL } from "./db-providers";

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
});

export type Env = z.infer<typeof schema>;

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

/** The development sign-in (provider "dev") and the development mailbox. */
export function devLoginEnabled(): boolean {
  const e = env();
  return e.HAKO_DEMO || e.AUTH_DEV_LOGIN;
}

export function githubEnabled(): boolean {
  const e = env();
  return Boolean(e.GITHUB_ID && e.GITHUB_SECRET);
}

export function publicBaseUrl(): string {
  return (env().NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/$/, "");
}
