// npm run jobs: one scheduler tick, for a cron or a Kubernetes CronJob when HAKO_SCHEDULER=off.
import { runJobsOnce } from "../lib/jobs/service";

runJobsOnce()
  .then((r) => {
    console.log(JSON.stringify(r));
    process.exit(0);
  })
  .catch((e: unknown) => {
    console.error("jobs failed:", e);
    process.exit(1);
  });
