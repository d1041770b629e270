// Two migration runs at once (two `migrate` jobs, or replicas' init containers): the second waits
// for the first and then finds nothing to do. PostgreSQL serializes them with an advisory lock,
// SQLite with BEGIN IMMEDIATE; this runs on whichever the db tests use.
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { listMigrations, migrate } from "@/lib/db-migrate";
import { providerOf } from "@/lib/db-providers";
import { migrationsDir } from "@/lib/db-schema";

const provider = providerOf(process.env.DATABASE_URL!);
const all = listMigrations(migrationsDir(provider)).map((m) => m.name);

/** A fresh, empty database of the tests' kind, and a way to hold the migrator's lock on it. */
async function emptyDatabase(): Promise<{ url: string; holdLock: () => Promise<() => Promise<void>>; drop: () => Promise<void> }> {
  if (provider === "sqlite") {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "hako-lock-")), "lock.db");
    return {
      url: `file:${file}`,
      holdLock: async () => {
        const { default: Database } = await import("better-sqlite3");
        const db = new Database(file);
        db.exec("BEGIN IMMEDIATE");
        return async () => {
          db.exec("COMMIT");
          db.close();
        };
      },
      drop: async () => undefined,
    };
  }
  const { Client } = await import("pg");
  const server = process.env.DATABASE_URL!;
  const name = `hako_lock_${randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(server);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    holdLock: async () => {
      const c = new Client({ connectionString: u.toString() });
      await c.connect();
      await c.query("SELECT pg_advisory_lock(72707369)");
      return async () => {
        await c.query("SELECT pg_advisory_unlock(72707369)");
        await c.end();
      };
    },
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

describe(`migrations on ${provider}`, () => {
  it("waits while another run holds the lock, then applies everything", async () => {
    const db = await emptyDatabase();
    try {
      const release = await db.holdLock();
      let done = false;
      const run = migrate(db.url).then((names) => ((done = true), names));
      await new Promise((r) => setTimeout(r, 1500));
      expect(done).toBe(false);
      await release();
      expect(await run).toEqual(all);
    } finally {
      await db.drop();
    }
  });

  it("applies each migration once when two runs start together", async () => {
    const db = await emptyDatabase();
    try {
      const [a, b] = await Promise.all([migrate(db.url), migrate(db.url)]);
      expect([a, b].sort((x, y) => y.length - x.length)).toEqual([all, []]);
      expect(await migrate(db.url)).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
