// The server the end-to-end tests run against: `npm start` on a fresh demo database, the SQLite
// file data/e2e.db unless DATABASE_URL names another (the load tests also run on PostgreSQL).
import { freshDatabase } from "./fresh-database";

process.env.DATABASE_URL ||= "file:./data/e2e.db";
delete process.env.NEXTAUTH_SECRET; // the demo: development sign-in on

freshDatabase(process.env.DATABASE_URL)
  .then(() => import("./start"))
  .catch((e: unknown) => {
    console.error("Could not prepare the end-to-end database:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
