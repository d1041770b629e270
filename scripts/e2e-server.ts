// The server the end-to-end tests run against: `npm start` on a fresh demo database, the SQLite
// file data/e2e.db unless DATABASE_URL names another (the load tests also run on PostgreSQL).
// E2E_INSTANCES=3 (PostgreSQL only): three instances behind nginx instead (scripts/e2e-cluster.ts).
import { providerOf } from "../lib/db-providers";
import { freshDatabase } from "./fresh-database";

process.env.DATABASE_URL ||= "file:./data/e2e.db";
delete process.env.NEXTAUTH_SECRET; // the demo: development sign-in on
const instances = Number(process.env.E2E_INSTANCES || 1);

function check() {
  if (!Number.isInteger(instances) || instances < 1 || instances > 9) throw new Error(`E2E_INSTANCES must be a number from 1 to 9 (got "${process.env.E2E_INSTANCES}")`);
  if (instances > 1 && providerOf(process.env.DATABASE_URL!) !== "postgresql") throw new Error("E2E_INSTANCES above 1 needs a PostgreSQL database (E2E_DATABASE_URL=postgresql://…)");
}

Promise.resolve()
  .then(check)
  .then(() => freshDatabase(process.env.DATABASE_URL!))
  .then(async () => {
    if (instances > 1) await (await import("./e2e-cluster")).runCluster(instances);
    else await import("./start");
  })
  .catch((e: unknown) => {
    console.error("Could not start the end-to-end server:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
