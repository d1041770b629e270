// Generates the Prisma client for SQLite (from prisma/schema.prisma) and for PostgreSQL (from
// the same models, derived into prisma/.generated/). Runs on npm install and before builds.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { schemaFor } from "../lib/db-schema";

const pgSchema = "prisma/.generated/postgresql.prisma";
mkdirSync("prisma/.generated", { recursive: true });
writeFileSync(pgSchema, schemaFor("postgresql"));

for (const [provider, schema] of [["sqlite", "prisma/schema.prisma"], ["postgresql", pgSchema]] as const) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate", "--schema", schema], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, HAKO_PRISMA_PROVIDER: provider },
  });
}
console.log("Prisma clients generated for SQLite and PostgreSQL.");
