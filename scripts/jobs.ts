// npm run jobs: one scheduler tick, for a cron or a Kubernetes CronJob when HAKO_SCHEDULER=off.
import { runJobsOnce } from "../lib/jobs/service";

runJobsOnce()
  .then((r) => {
    console.log(JSON.stringify(r));
    // A step that failed or ran past its budget is this run's failure (the others did their work).
    process.exit(r.failed.length ? 1 : 0);
  })
  .catch((e: unknown) => {
    console.error("jobs failed:", e);
    process.exit(1);
  });
