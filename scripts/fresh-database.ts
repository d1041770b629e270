// An empty database at a given URL, for throwaway servers (end-to-end tests, benchmarks): a
// SQLite file is deleted with its WAL files; a PostgreSQL database is dropped and created again
// (connecting to the server's `postgres` database, so the URL's own database need not exist).
// Migrations are applied later by `npm start`.
import { rmSync } from "node:fs";
import { providerOf, sqlitePath } from "../lib/db-providers";

export async function freshDatabase(url: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const file = sqlitePath(url);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    return;
  }
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`a throwaway PostgreSQL database needs a plain name (got "${name}")`);
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const { Client } = await import("pg");
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
