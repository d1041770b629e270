// How the PostgreSQL schema is derived from the one schema file, and where each provider's
// migrations live. Used by the CLI scripts, the migrator and the tests, never by the server.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Provider } from "./db-providers";

export const SCHEMA_FILE = "prisma/schema.prisma";

/** The schema text for a provider: the SQLite file as written, or the same models for PostgreSQL. */
export function schemaFor(provider: Provider, source = readFileSync(SCHEMA_FILE, "utf8")): string {
  if (provider === "sqlite") return source;
  const swapped = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/hako"')
    .replace(/output\s*=\s*"\.\.\/lib\/generated\/sqlite"/, 'output     = "../../lib/generated/postgresql"');
  if (swapped.includes('"sqlite"') || !swapped.includes("lib/generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the provider, url or output lines the PostgreSQL variant is derived from");
  }
  return swapped;
}

export function migrationsDir(provider: Provider, root = process.cwd()): string {
  return path.join(root, "prisma", "migrations", provider);
}
