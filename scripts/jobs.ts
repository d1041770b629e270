// npm run jobs: one scheduler tick, for a cron or a Kubernetes CronJob when HAKO_SCHEDULER=off.
import { runJobsOnce, settleRunningSteps } from "../lib/jobs/service";

runJobsOnce()
  // A long step (a large draw) that ran past its budget is finished, not cut off by the exit.
  .then(async (r) => {
    await settleRunningSteps();
    console.log(JSON.stringify(r));
    // A step that failed or ran past its budget is this run's failure (the others did their work).
    process.exit(r.failed.length ? 1 : 0);
  })
  .catch((e: unknown) => {
    console.error("jobs failed:", e);
    process.exit(1);
  });
