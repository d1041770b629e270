// Runs once per server process: tunes SQLite and starts the scheduler tick.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Before the first request: the client's socket address for rate limits (lib/http/client-ip.ts).
  const { installPeerHeader } = await import("./lib/http/peer");
  installPeerHeader();
  const { startScheduler } = await import("./lib/jobs/scheduler");
  await startScheduler();
}
