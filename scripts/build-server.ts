// Bundles the production server (server.ts) and the operations commands (migrate, jobs, seed,
// backup, restore) into dist/*.js, plain Node files that run next to Next's standalone output in
// the container image without tsx or the full node_modules. `next` and the native better-sqlite3
// stay outside (the standalone folder has them).
import { build } from "esbuild";

const entries = {
  server: "server.ts",
  migrate: "scripts/db-migrate.ts",
  jobs: "scripts/jobs.ts",
  seed: "scripts/db-seed.ts",
  backup: "scripts/db-backup.ts",
  restore: "scripts/db-restore.ts",
};

build({
  entryPoints: entries,
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: false,
  logLevel: "warning",
  external: ["next", "next/*", "better-sqlite3", "pg-native"],
  // Modules with import.meta.url (the Prisma client) work in a CommonJS bundle through this.
  define: { "import.meta.url": "importMetaUrl" },
  banner: { js: 'const importMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
}).catch(() => process.exit(1));
