// npm run db:migrate: applies pending migrations to the database DATABASE_URL names
// (default: the embedded SQLite file data/hako.db). A PostgreSQL server that does not answer yet
// is waited for (HAKO_DB_WAIT_SECONDS, default 60); a second run at the same time waits for the
// first (lib/db-migrate.ts).
import { migrate } from "../lib/db-migrate";
import { DEFAULT_DATABASE_URL, providerOf } from "../lib/db-providers";
import { describeDatabase, waitForDatabase } from "../lib/server/wait-for-db";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const waitSeconds = Number(process.env.HAKO_DB_WAIT_SECONDS || 60);

async function main() {
  if (!/^(file:|postgres(ql)?:\/\/)/.test(url)) throw new Error("DATABASE_URL: must start with file: or postgresql://");
  if (!Number.isInteger(waitSeconds) || waitSeconds < 0) throw new Error("HAKO_DB_WAIT_SECONDS: must be a whole number of seconds");
  await waitForDatabase(url, waitSeconds, (reason) => console.error(`Waiting for the database at ${describeDatabase(url)}: ${reason}`));
  const applied = await migrate(url);
  const where = providerOf(url) === "sqlite" ? url : "PostgreSQL";
  console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `${where} is up to date.`);
}

main().catch((err: unknown) => {
  console.error("Migration failed:", err instanceof Error ? err.message : err);
  process.exit(1);
});
