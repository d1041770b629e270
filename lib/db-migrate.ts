// Applies pending migrations from prisma/migrations/<provider>/ and records them in Prisma's own
// `_prisma_migrations` table (same columns, SHA-256 checksums), so `prisma migrate deploy` keeps
// working on machines where Prisma's migration engine can run. Several app instances may start
// at once: SQLite serializes them with BEGIN IMMEDIATE, PostgreSQL with an advisory lock.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { providerOf, sqlitePath } from "./db-providers";
import { migrationsDir } from "./db-schema";

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(dir: string): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** Any applied migration whose file has since changed is an error: history must not be edited. */
function pending(all: Migration[], applied: Map<string, string>): Migration[] {
  for (const m of all) {
    const sum = applied.get(m.name);
    if (sum !== undefined && sum !== m.checksum) {
      throw new Error(`Migration ${m.name} was changed after it was applied (checksum mismatch).`);
    }
  }
  return all.filter((m) => !applied.has(m.name));
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(url: string, root = process.cwd()): Promise<string[]> {
  const provider = providerOf(url);
  const all = listMigrations(migrationsDir(provider, root));
  return provider === "sqlite" ? migrateSqlite(sqlitePath(url, root), all) : migratePostgres(url, all);
}

async function migrateSqlite(file: string, all: Migration[]): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 10_000 });
  try {
    // WAL lets readers go on while one writer commits; it is a property of the file, so setting
    // it here once covers every later connection.
    // Switching the journal mode does not wait on SQLite's busy timeout: while another migrator
    // holds the write lock it fails with SQLITE_BUSY at once, so it is retried here.
    await untilNotBusy(() => db.pragma("journal_mode = WAL"));
    db.exec(SQLITE_TABLE);
    db.exec("BEGIN IMMEDIATE");
    try {
      const rows = db.prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string; checksum: string }[];
      const todo = pending(all, new Map(rows.map((r) => [r.migration_name, r.checksum])));
      const record = db.prepare(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`);
      for (const m of todo) {
        const started = Date.now();
        db.exec(m.sql);
        record.run(randomUUID(), m.checksum, m.name, started, Date.now());
      }
      db.exec("COMMIT");
      return todo.map((m) => m.name);
    } catch (err) {
      db.exec("ROLLBACK");
      throw err;
    }
  } finally {
    db.close();
  }
}

async function untilNotBusy<T>(run: () => T, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      return run();
    } catch (e) {
      if ((e as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

async function migratePostgres(url: string, all: Migration[]): Promise<string[]> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(72707369)");
    await client.query(PG_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const todo = pending(all, new Map(rows.map((r) => [r.migration_name, r.checksum])));
    for (const m of todo) {
      await client.query("BEGIN");
      try {
        const started = new Date();
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ($1, $2, $3, $4, now(), 1)`,
          [randomUUID(), m.checksum, m.name, started],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw err;
      }
    }
    return todo.map((m) => m.name);
  } finally {
    await client.query("SELECT pg_advisory_unlock(72707369)").catch(() => undefined);
    await client.end();
  }
}
