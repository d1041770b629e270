// Writes a new migration for every provider from the change between the schema as of the last
// migration (prisma/migrations/schema.snapshot.prisma) and prisma/schema.prisma.
// Usage: npm run db:new-migration -- add_frames
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROVIDERS } from "../lib/db-providers";
import { SCHEMA_FILE, migrationsDir, schemaFor } from "../lib/db-schema";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:new-migration -- <name in snake_case>");
  process.exit(1);
}
const snapshotFile = "prisma/migrations/schema.snapshot.prisma";
const current = readFileSync(SCHEMA_FILE, "utf8");
const previous = existsSync(snapshotFile) ? readFileSync(snapshotFile, "utf8") : null;
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const tmp = mkdtempSync(path.join(os.tmpdir(), "hako-migration-"));
let wrote = 0;

for (const provider of PROVIDERS) {
  const to = path.join(tmp, `${provider}-to.prisma`);
  writeFileSync(to, schemaFor(provider, current));
  const from: string[] = ["--from-empty"];
  if (previous) {
    const fromFile = path.join(tmp, `${provider}-from.prisma`);
    writeFileSync(fromFile, schemaFor(provider, previous));
    from.splice(0, 1, "--from-schema-datamodel", fromFile);
  }
  const sql = execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", ...from, "--to-schema-datamodel", to, "--script"],
    { encoding: "utf8", env: { ...process.env, HAKO_PRISMA_PROVIDER: provider } },
  );
  if (/^-- This is an empty migration\.\s*$/.test(sql.trim()) || sql.trim() === "") continue;
  const dir = path.join(migrationsDir(provider), `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  const lock = path.join(migrationsDir(provider), "migration_lock.toml");
  if (!existsSync(lock)) writeFileSync(lock, `provider = "${provider}"\n`);
  wrote++;
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
if (wrote === 0) console.log("The schema has not changed since the last migration.");
else writeFileSync(snapshotFile, current);
