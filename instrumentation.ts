// Runs once per server process: tunes SQLite and starts the scheduler tick.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/jobs/scheduler");
  await startScheduler();
}
