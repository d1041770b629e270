// Time-based work as idempotent transitions: any instance, the in-process scheduler or
// `npm run jobs` from a cron may run a tick; running it twice does no harm (each step claims
// its work with a conditional update).
//
// The steps are independent: one that throws (a broken row) or waits (a draw whose beacon relay
// does not answer) must not hold up the others, so each runs on its own with a time budget. A
// step past its budget is left to finish in the background and is not started again until it
// has; the tick goes on to the next step.
import { mailDrawResults } from "../lottery/result-mail/service";
import { closeDueLotteries, runDueDraws } from "../lottery/service";
import { sendPendingMail } from "../mail/service";
import { sendSlidesReminders } from "../materials/service";
import { errorFields, log } from "../observability/logger";
import { sendDueReminders } from "../registrations/service";
import { sendDueMessages } from "../messages/service";
import { askReconfirmations, closeReconfirmations } from "../reconfirmation/service";
import { sendReportReminders } from "../reports/service";

/** How long one step may take before the tick moves on without it. */
export const STEP_BUDGET_MS = 30_000;

// The runs still going after their tick moved on, by step (per process, like the scheduler).
const g = globalThis as unknown as { hakoJobsRunning?: Map<string, Promise<unknown>> };
const running = () => (g.hakoJobsRunning ??= new Map());

/** Waits for the steps still going after their tick moved on (a one-shot run finishes them). */
export async function settleRunningSteps(): Promise<void> {
  await Promise.allSettled([...running().values()]);
}

type Outcome<T> = { ok: true; value: T } | { ok: false; why: "failed" | "skipped" };

async function step<T>(name: string, run: () => Promise<T>, budgetMs: number): Promise<Outcome<T>> {
  if (running().has(name)) return { ok: false, why: "skipped" };
  const work = run();
  running().set(name, work);
  void work.then(
    () => running().delete(name),
    () => running().delete(name),
  );
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((resolve) => {
    timer = setTimeout(() => resolve("late"), budgetMs);
    timer.unref?.();
  });
  try {
    const r = await Promise.race([work, late]);
    if (r === "late") {
      log("jobs").warn({ step: name, budgetMs }, "step over its time budget: the tick goes on without it");
      // Its eventual failure is logged, never unhandled.
      work.catch((e: unknown) => log("jobs").error({ step: name, ...errorFields(e) }, "step failed"));
      return { ok: false, why: "failed" };
    }
    return { ok: true, value: r as T };
  } catch (e) {
    log("jobs").error({ step: name, ...errorFields(e) }, "step failed");
    return { ok: false, why: "failed" };
  } finally {
    clearTimeout(timer);
  }
}

export async function runJobsOnce(now = new Date(), opts: { stepBudgetMs?: number } = {}) {
  const budget = opts.stepBudgetMs ?? STEP_BUDGET_MS;
  const failed: string[] = [];
  const skipped: string[] = [];
  const run = async <T>(name: string, fn: () => Promise<T>): Promise<T | null> => {
    const r = await step(name, fn, budget);
    if (r.ok) return r.value;
    (r.why === "failed" ? failed : skipped).push(name);
    return null;
  };
  // The close first: a draw due at the same moment then finds its list already frozen.
  const closes = await run("closes", () => closeDueLotteries(now));
  const draws = await run("draws", () => runDueDraws(now));
  const drawMail = await run("drawMail", () => mailDrawResults(now));
  // The deadline before the asking: a frame whose window has just ended asks nobody more.
  const reconfirmClosed = await run("reconfirmClosed", () => closeReconfirmations(now));
  const reconfirmAsked = await run("reconfirmAsked", () => askReconfirmations(now));
  const reminders = await run("reminders", () => sendDueReminders(now));
  const slides = await run("slides", () => sendSlidesReminders(now));
  const reports = await run("reports", () => sendReportReminders(now));
  const messages = await run("messages", () => sendDueMessages(now));
  const mail = await run("mail", () => sendPendingMail(now));
  return { closes, draws, drawMail, reconfirmClosed, reconfirmAsked, reminders, slides, reports, messages, mail, failed, skipped };
}
