// The migrations of each provider must build exactly the database the schema describes.
// Each check builds two fresh databases, one from the migration history and one from the
// schema directly (`prisma migrate diff --from-empty`), and compares their catalogs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrate } from "@/lib/db-migrate";
import type { Provider } from "@/lib/db-providers";
import { schemaFor } from "@/lib/db-schema";
import { postgresServerUrl } from "./test-database";

function schemaSql(provider: Provider, diffUrl?: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "hako-drift-"));
  const file = path.join(dir, "schema.prisma");
  writeFileSync(file, schemaFor(provider));
  try {
    return execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-empty", "--to-schema-datamodel", file, "--script"], {
      encoding: "utf8",
      env: { ...process.env, HAKO_PRISMA_PROVIDER: provider, ...(diffUrl ? { HAKO_PRISMA_DIFF_URL: diffUrl } : {}) },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sqliteCatalog(file: string) {
  const { default: Database } = await import("better-sqlite3");
  const db = new Database(file, { readonly: true });
  try {
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    return Object.fromEntries(
      tables.map((t) => [
        t,
        {
          columns: db.pragma(`table_info("${t}")`),
          indexes: (db.pragma(`index_list("${t}")`) as { name: string; unique: number }[])
            .map((i) => ({ name: i.name, unique: i.unique, cols: (db.pragma(`index_info("${i.name}")`) as { name: string }[]).map((c) => c.name) }))
            .sort((a, b) => a.name.localeCompare(b.name)),
          foreignKeys: db.pragma(`foreign_key_list("${t}")`),
        },
      ]),
    );
  } finally {
    db.close();
  }
}

async function pgCatalog(url: string) {
  const { Client } = await import("pg");
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, column_name`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY indexname`),
      constraints: await q(`SELECT conrelid::regclass::text AS tbl, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' ORDER BY conname`),
      enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid ORDER BY t.typname, e.enumsortorder`),
    };
  } finally {
    await c.end();
  }
}

describe("migrations", () => {
  it("build the SQLite database the schema describes", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "hako-drift-"));
    try {
      const fromMigrations = path.join(dir, "migrations.db");
      const fromSchema = path.join(dir, "schema.db");
      await migrate(`file:${fromMigrations}`);
      const { default: Database } = await import("better-sqlite3");
      const db = new Database(fromSchema);
      db.exec(schemaSql("sqlite"));
      db.close();
      expect(await sqliteCatalog(fromMigrations)).toEqual(await sqliteCatalog(fromSchema));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const server = postgresServerUrl();
  // Registered only when a PostgreSQL server is given (CI runs the db tests on both).
  if (server) it("build the PostgreSQL database the schema describes", async () => {
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: server });
    await admin.connect();
    const suffix = Date.now().toString(36);
    const names = [`hako_drift_m_${suffix}`, `hako_drift_s_${suffix}`];
    const urlOf = (name: string) => {
      const u = new URL(server!);
      u.pathname = `/${name}`;
      return u.toString();
    };
    try {
      for (const n of names) await admin.query(`CREATE DATABASE "${n}"`);
      await migrate(urlOf(names[0]!));
      const c = new Client({ connectionString: urlOf(names[1]!) });
      await c.connect();
      await c.query(schemaSql("postgresql", server));
      await c.end();
      expect(await pgCatalog(urlOf(names[0]!))).toEqual(await pgCatalog(urlOf(names[1]!)));
    } finally {
      for (const n of names) await admin.query(`DROP DATABASE IF EXISTS "${n}" WITH (FORCE)`);
      await admin.end();
    }
  });
});
