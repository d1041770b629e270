// Bad input at start: a missing or malformed variable stops the server with a message naming it;
// a database that does not answer is waited for, a bounded time, then named in a clear failure.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { startupProblems } from "../env";
import { DatabaseUnreachable, waitForDatabase } from "./wait-for-db";

const production = { NEXTAUTH_SECRET: "s".repeat(32), NEXTAUTH_URL: "https://hako.example.org", DATABASE_URL: "postgresql://hako@db:5432/hako" };

describe("startupProblems", () => {
  it("accepts a complete production configuration and the demo", () => {
    expect(startupProblems(production)).toEqual([]);
    expect(startupProblems({ HAKO_DEMO: "1" })).toEqual([]);
  });

  it("names each missing or malformed variable", () => {
    expect(startupProblems({ ...production, NEXTAUTH_SECRET: undefined })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET: required/)]);
    expect(startupProblems({ ...production, NEXTAUTH_SECRET: "short" })).toEqual([expect.stringMatching(/^NEXTAUTH_SECRET: too short/)]);
    expect(startupProblems({ ...production, NEXTAUTH_URL: "" })).toEqual([expect.stringMatching(/^NEXTAUTH_URL: required/)]);
    expect(startupProblems({ ...production, NEXTAUTH_URL: "hako.example.org" })).toEqual([expect.stringMatching(/^NEXTAUTH_URL: must be/)]);
    expect(startupProblems({ ...production, DATABASE_URL: "mysql://db/hako" })).toEqual([expect.stringMatching(/^DATABASE_URL: must start with/)]);
    expect(startupProblems({ ...production, HAKO_METRICS_PORT: "metrics" })).toEqual([expect.stringMatching(/^HAKO_METRICS_PORT: /)]);
    expect(startupProblems({ ...production, HAKO_SCHEDULER: "sometimes" })).toEqual([expect.stringMatching(/^HAKO_SCHEDULER: /)]);
  });
});

describe("the production server at start", () => {
  const start = (env: Record<string, string | undefined>) =>
    spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server.ts"], {
      encoding: "utf8",
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", HAKO_LOG_FORMAT: "json", ...env },
    });

  it("exits at once with the name of a missing variable", () => {
    const r = start({ ...production, NEXTAUTH_SECRET: undefined });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain("NEXTAUTH_SECRET: required");
  }, 60_000);

  it("waits for an unreachable database for HAKO_DB_WAIT_SECONDS, then fails naming DATABASE_URL", () => {
    const began = Date.now();
    const r = start({ ...production, DATABASE_URL: "postgresql://hako@127.0.0.1:1/hako", HAKO_DB_WAIT_SECONDS: "2" });
    expect(r.status).toBe(1);
    expect(Date.now() - began).toBeGreaterThanOrEqual(2000);
    expect(r.stdout).toContain("waiting for the database");
    expect(r.stdout).toMatch(/DATABASE_URL: the database at 127\.0\.0\.1:1\/hako did not answer within 2 s/);
  }, 60_000);
});

describe("waitForDatabase", () => {
  it("gives up after its bound with the server's address and the reason", async () => {
    const waits: string[] = [];
    const began = Date.now();
    const failure = await waitForDatabase("postgresql://hako:secret@127.0.0.1:1/hako", 1, (r) => waits.push(r)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseUnreachable);
    expect(String((failure as Error).message)).toMatch(/^DATABASE_URL: the database at 127\.0\.0\.1:1\/hako did not answer within 1 s/);
    expect(String((failure as Error).message)).not.toContain("secret");
    expect(waits.length).toBeGreaterThan(0);
    expect(Date.now() - began).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - began).toBeLessThan(5000);
  });

  it("returns at once for SQLite", async () => {
    await expect(waitForDatabase("file:./data/x.db", 0)).resolves.toBeUndefined();
  });
});
