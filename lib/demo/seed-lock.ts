// One seeding at a time across every instance that starts together with HAKO_DEMO_DATA=1: the
// first takes the lock and fills the empty database; the others wait, then find it filled.
// The seed runs through the domain services (many transactions), so the lock is held outside
// the database's own transactions: a session-level advisory lock on PostgreSQL, and an exclusive
// transaction on a small lock database beside the SQLite file. Both are released by the
// operating system or the server if the process dies, so a crash never leaves a stale lock.
import { sqlitePath, providerOf } from "../db-providers";

const PG_SEED_LOCK = 72707370; // db-migrate.ts uses 72707369
const SQLITE_POLL_MS = 200;

export async function withSeedLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  return providerOf(url) === "postgresql" ? withPgLock(url, fn) : withSqliteLock(sqlitePath(url), fn);
}

async function withPgLock<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const { Client } = await import("pg");
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [PG_SEED_LOCK]);
    return await fn();
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [PG_SEED_LOCK]).catch(() => undefined);
    await client.end();
  }
}

async function withSqliteLock<T>(file: string, fn: () => Promise<T>): Promise<T> {
  const { default: Database } = await import("better-sqlite3");
  // No busy timeout: better-sqlite3 would wait synchronously and block this process's event
  // loop (and with it a holder in the same process). Polling keeps the loop free.
  const lock = new Database(`${file}.seed-lock`, { timeout: 0 });
  try {
    for (;;) {
      try {
        lock.exec("BEGIN EXCLUSIVE");
        break;
      } catch (e) {
        if ((e as { code?: string }).code !== "SQLITE_BUSY") throw e;
        await new Promise((r) => setTimeout(r, SQLITE_POLL_MS));
      }
    }
    try {
      return await fn();
    } finally {
      lock.exec("ROLLBACK");
    }
  } finally {
    lock.close();
  }
}
