import { db, dbProvider } from "../db";
import { env } from "../env";
import { errorFields, log } from "../observability/logger";
import { metrics } from "../observability/metrics";
import { registerDatabaseCollectors } from "../observability/service";
import { runJobsOnce } from "./service";

type SchedulerHandle = { stop(): Promise<void> };
// On globalThis: the custom server (server.ts) stops the scheduler that Next's instrumentation
// started, and the two load this module separately.
const g = globalThis as unknown as { hakoScheduler?: SchedulerHandle };

export async function startScheduler() {
  if (g.hakoScheduler) return;
  const state: { timer?: NodeJS.Timeout } = {};
  let current: Promise<void> | undefined;
  let stopped = false;
  g.hakoScheduler = {
    // Shutdown: no new tick; the one running (a draw, a mail batch) is finished.
    async stop() {
      stopped = true;
      if (state.timer) clearInterval(state.timer);
      await current;
    },
  };
  registerDatabaseCollectors();
  if (dbProvider() === "sqlite") {
    // WAL is set on the file by the migrator; NORMAL sync is per connection. It keeps every
    // committed transaction across a process crash (see README, "Database").
    await db().$queryRawUnsafe("PRAGMA synchronous = NORMAL");
  }
  if (env().HAKO_SCHEDULER === "off") return;
  const logger = log("scheduler");
  const tick = async () => {
    if (current || stopped) return;
    const m = metrics();
    const end = m.schedulerDuration.startTimer();
    current = runJobsOnce()
      .then((result) => {
        m.schedulerTicks.inc();
        logger.debug({ result }, "tick");
      })
      .catch((e: unknown) => {
        m.schedulerTicks.inc();
        m.schedulerFailures.inc();
        logger.error(errorFields(e), "tick failed");
      })
      .finally(() => {
        end();
        current = undefined;
      });
    await current;
  };
  state.timer = setInterval(tick, env().HAKO_SCHEDULER_INTERVAL_MS);
  state.timer.unref();
  void tick();
}

/** Stops the scheduler started in this process, waiting for the tick in progress. */
export async function stopScheduler(): Promise<void> {
  await g.hakoScheduler?.stop();
}
