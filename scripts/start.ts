// npm start: builds when the sources changed, migrates the database, fills demo data into an
// empty demo database, prints where to go and how to sign in, then runs the production server.
// npm run dev (--dev): the same without the build, then the development server.
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate } from "../lib/db-migrate";
import { DEFAULT_DATABASE_URL, providerOf } from "../lib/db-providers";
import { devLoginWarning, loadStartEnv } from "./start-env";

const root = process.cwd();
const dev = process.argv.includes("--dev");
// The .env files first (Next's loader), then every decision below.
const { demo, devLogin, envFiles } = loadStartEnv(root, dev);
const port = process.env.PORT || "3000";
process.env.PORT = port;
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

// Without a configured secret this is the demo: a secret is made once and kept in data/
// (never in the repository), and the development sign-in is on.
if (demo) {
  const secretFile = path.join(root, "data", ".auth-secret");
  mkdirSync(path.dirname(secretFile), { recursive: true });
  if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(32).toString("base64url"), { mode: 0o600 });
  process.env.NEXTAUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}
process.env.NEXTAUTH_URL ||= `http://localhost:${port}`;

const BUILD_INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "package-lock.json", "next.config.ts", "postcss.config.mjs", "proxy.ts", "instrumentation.ts", "tsconfig.json"];

function sourceHash(): string {
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (statSync(p).isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      h.update(path.relative(root, p)).update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(root, input));
  return h.digest("hex");
}

function buildIfNeeded() {
  const stamp = path.join(root, ".next", "hako-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === hash) return;
  console.log("Building Hako (first start, or the sources changed)…");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) process.exit(r.status ?? 1);
  writeFileSync(stamp, hash);
}

/**
 * A bound on V8's heap (HAKO_HEAP_MB, default 256) and a small young generation (8 MB
 * semi-spaces): without them, V8 sizes its heap from the machine's memory and collects lazily, so
 * the resident size of a busy server keeps growing (past 500 MB in the bench); with them, the
 * same load runs in a steady few hundred MB (docs/benchmarks.md).
 */
function heapOptions(nodeOptions: string | undefined, heapMb: string | undefined): string {
  let current = nodeOptions ?? "";
  if (!/--max-semi-space-size/.test(current)) current = `${current} --max-semi-space-size=8`;
  if (/--max-old-space-size/.test(current)) return current.trim();
  const mb = Number(heapMb || 256);
  return `${current} --max-old-space-size=${Number.isInteger(mb) && mb >= 64 ? mb : 256}`.trim();
}

async function main() {
  if (!dev) buildIfNeeded();
  const applied = await migrate(process.env.DATABASE_URL!);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (demo || process.env.HAKO_DEMO_DATA === "1") {
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-seed.ts", "--if-empty"], { stdio: "inherit", env: process.env });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  const url = process.env.NEXTAUTH_URL!;
  const db = providerOf(process.env.DATABASE_URL!) === "sqlite" ? process.env.DATABASE_URL : "PostgreSQL";
  if (devLogin) console.warn(`\n${devLoginWarning(url, demo)}`);
  console.log(
    [
      "",
      `  Hako is starting on ${url}  (database: ${db}${envFiles.length ? `; read ${envFiles.join(", ")}` : ""})`,
      demo
        ? `  Sign in: open ${url}/signin and use the development sign-in with a demo account,\n    organizer@example.com (organizer), speaker1@example.com (speaker) or attendee@example.com (attendee),\n    or any other email address. Mail is kept at ${url}/dev/mailbox.`
        : "  Production configuration found (NEXTAUTH_SECRET): sign in with GitHub or an email link.",
      "",
    ].join("\n"),
  );
  // Production: server.ts (request ids, metrics, graceful shutdown) around Next's handler.
  const command = dev ? [path.join(root, "node_modules/next/dist/bin/next"), "dev", "-p", port] : [path.join(root, "node_modules/tsx/dist/cli.mjs"), "server.ts"];
  const server = spawn(process.execPath, command, {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: dev ? "development" : "production", NODE_OPTIONS: heapOptions(process.env.NODE_OPTIONS, process.env.HAKO_HEAP_MB) },
  });
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e: unknown) => {
  console.error("Start failed:", e instanceof Error ? e.message : e);
  process.exit(1);
});
