// `npm start` with the secret only in `.env.production` (the usual Next.js way) is a production
// server: no development sign-in, no development mailbox. The start script runs in a scratch
// copy of the project (symlinks to the repository's sources and its build, its own .env file
// and its own data folder), so nothing in the repository is written or replaced.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

const root = process.cwd();
// The spec's own port, next to the e2e server and its beacon relay.
const port = Number(process.env.E2E_PORT ?? 3100) + 2;
const base = `http://127.0.0.1:${port}`;
// Everything but local state: .env files, databases, uploads and test output stay behind.
const SKIP = new Set([".git", "data", "test-results", "playwright-report", "coverage", ".env", ".env.local", ".env.production", ".env.production.local", ".env.development", ".env.development.local", "tsconfig.tsbuildinfo"]);

let dir: string;
let server: ChildProcess | undefined;
let output = "";

test.beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "hako-prod-start-"));
  for (const name of readdirSync(root)) if (!SKIP.has(name)) symlinkSync(path.join(root, name), path.join(dir, name));
  writeFileSync(path.join(dir, ".env.production"), `NEXTAUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
});

test.afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    process.kill(-server.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function ready(deadline: number) {
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`npm start did not get ready:\n${output}`);
}

test("npm start with NEXTAUTH_SECRET only in .env.production has no development sign-in or mailbox", async () => {
  test.setTimeout(240_000);
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATABASE_URL: "file:./data/hako.db", HAKO_SCHEDULER: "off" };
  for (const k of ["NEXTAUTH_SECRET", "NEXTAUTH_URL", "AUTH_DEV_LOGIN", "HAKO_DEMO", "HAKO_DEMO_DATA", "UPLOAD_DIR", "NODE_ENV"]) delete env[k];
  server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], { cwd: dir, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout!.on("data", (d: Buffer) => (output += d.toString()));
  server.stderr!.on("data", (d: Buffer) => (output += d.toString()));
  await ready(Date.now() + 200_000);

  const providers = (await (await fetch(`${base}/api/auth/providers`)).json()) as Record<string, unknown>;
  expect(Object.keys(providers)).not.toContain("dev");
  expect(Object.keys(providers)).toContain("email");
  expect((await fetch(`${base}/dev/mailbox`)).status).toBe(404);
  expect(output).toContain(".env.production");
  expect(output).not.toContain("development sign-in is ON");
  // No demo: nothing was seeded into the fresh database.
  expect(output).not.toContain("Demo data added");
});
