import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests: pure rules, no database. DB tests: services against a real database, a fresh
// SQLite file per test file, or a fresh PostgreSQL database when TEST_DATABASE_URL names a server.
// TZ is not UTC so that code that forgets the event's zone fails.
process.env.TZ = "America/Los_Angeles";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "scripts/**/*.test.ts", "deploy/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup-db.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
