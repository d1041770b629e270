import { defineConfig } from "prisma/config";
import { userInfo } from "node:os";

// The Prisma CLI generates the clients and diffs schemas (scripts/prisma-generate.ts,
// scripts/db-new-migration.ts); migrations are applied by scripts/db-migrate.ts. The JavaScript
// schema engine needs an adapter of the schema's provider, so the scripts name the provider in
// HAKO_PRISMA_PROVIDER; generate never connects; diff connects to HAKO_PRISMA_DIFF_URL
// (default: the local PostgreSQL server) without changing anything.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  adapter: async () => {
    if (process.env.HAKO_PRISMA_PROVIDER === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: process.env.HAKO_PRISMA_DIFF_URL ?? `postgresql://${userInfo().username}@127.0.0.1:5432/postgres` });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url: ":memory:" });
  },
});
