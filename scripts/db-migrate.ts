// npm run db:migrate: applies pending migrations to the database DATABASE_URL names
// (default: the embedded SQLite file data/hako.db).
import { migrate } from "../lib/db-migrate";
import { DEFAULT_DATABASE_URL, providerOf } from "../lib/db-providers";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
migrate(url)
  .then((applied) => {
    const where = providerOf(url) === "sqlite" ? url : "PostgreSQL";
    console.log(applied.length ? `Applied ${applied.length} migration(s) to ${where}: ${applied.join(", ")}` : `${where} is up to date.`);
  })
  .catch((err: unknown) => {
    console.error("Migration failed:", err instanceof Error ? err.message : err);
    process.exit(1);
  });
