import { db, dbProvider } from "../db";
import { env } from "../env";
import { runJobsOnce } from "./service";

let started = false;

export async function startScheduler() {
  if (started) return;
  started = true;
  if (dbProvider() === "sqlite") {
    // WAL is set on the file by the migrator; NORMAL sync is per connection. It keeps every
    // committed transaction across a process crash (see README, "Database").
    await db().$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  if (env().HAKO_SCHEDULER === "off") return;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runJobsOnce();
    } catch (e) {
      console.error("[scheduler] tick failed", e);
    } finally {
      running = false;
    }
  };
  setInterval(tick, env().HAKO_SCHEDULER_INTERVAL_MS).unref();
  void tick();
}
