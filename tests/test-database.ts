import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "@/lib/db-migrate";
import { providerOf } from "@/lib/db-providers";

/**
 * A fresh database with every migration applied. TEST_DATABASE_URL (or DATABASE_URL) naming a
 * PostgreSQL server the tests may create databases on selects PostgreSQL; otherwise a temporary
 * SQLite file. Each test file gets its own database, so files run in parallel.
 */
export async function createTestDatabase(): Promise<{ url: string; provider: "sqlite" | "postgresql"; drop: () => Promise<void> }> {
  const server = postgresServerUrl();
  const name = `hako_test_${randomBytes(6).toString("hex")}`;
  if (server && providerOf(server) === "postgresql") {
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const u = new URL(server);
    u.pathname = `/${name}`;
    const url = u.toString();
    await migrate(url);
    return {
      url,
      provider: "postgresql",
      drop: async () => {
        const c = new Client({ connectionString: server });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const dir = path.join(os.tmpdir(), "hako-tests");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.db`);
  const url = `file:${file}`;
  await migrate(url);
  return {
    url,
    provider: "sqlite",
    drop: async () => {
      for (const suffix of ["", "-wal", "-shm", ".seed-lock"]) rmSync(file + suffix, { force: true });
    },
  };
}

/** The PostgreSQL server the db tests run against, if any. */
export function postgresServerUrl(): string | undefined {
  for (const url of [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL]) {
    if (url && providerOf(url) === "postgresql") return url;
  }
  return undefined;
}
