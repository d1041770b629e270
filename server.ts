// The production server: Next's request handler behind a small Node HTTP server that gives every
// request an id, measures it, serves /metrics when enabled, and shuts down gracefully on SIGTERM
// (stop accepting, finish requests in flight and the scheduler's tick, close the database, exit).
// `npm start` runs it with tsx; the container image runs its bundle (dist/server.js) from Next's
// standalone output. Configuration only by environment (README, docs/operations.md).
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import path from "node:path";
import next from "next";
import { env, startupProblems } from "./lib/env";
import { errorFields, log } from "./lib/observability/logger";
import { createFrontend, drainServer, serveMetrics } from "./lib/server/http";
import { createPageCache } from "./lib/server/page-cache";
import { loadRouteMatcher } from "./lib/server/routes";
import { describeDatabase, waitForDatabase } from "./lib/server/wait-for-db";

const logger = log("server");

type Closable = { stop(): Promise<void> };
type Shared = { hakoScheduler?: Closable; hakoDb?: { $disconnect(): Promise<void> } };

/** The app's folder: next to this file in the image (standalone), the checkout otherwise. */
function appDir(): string {
  const candidates = [process.env.HAKO_APP_DIR, process.cwd(), path.resolve(__dirname, "..")].filter(Boolean) as string[];
  return candidates.find((d) => existsSync(path.join(d, ".next", "BUILD_ID"))) ?? process.cwd();
}

async function main() {
  const problems = startupProblems();
  if (problems.length) {
    logger.fatal({ problems }, `invalid configuration:\n  ${problems.join("\n  ")}`);
    process.exit(2);
  }
  const config = env();
  const port = Number(process.env.PORT || 3000);
  const dir = appDir();
  process.chdir(dir);
  // The configuration the build used (the standalone folder has no next.config.ts).
  const serverFiles = path.join(dir, ".next", "required-server-files.json");
  const nextConfig = existsSync(serverFiles) ? (JSON.parse(readFileSync(serverFiles, "utf8")) as { config: Record<string, unknown> }).config : undefined;
  if (nextConfig) process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(nextConfig);

  await waitForDatabase(config.DATABASE_URL, config.HAKO_DB_WAIT_SECONDS, (reason) =>
    logger.warn({ database: describeDatabase(config.DATABASE_URL), reason }, "waiting for the database"),
  );

  const app = next({ dev: false, dir, port, hostname: "localhost", conf: nextConfig as never });
  await app.prepare();
  const nextHandle = app.getRequestHandler();
  const handle = config.HAKO_PAGE_CACHE ? createPageCache(nextHandle, { ttlMs: config.HAKO_PAGE_CACHE_TTL_MS }).handle : nextHandle;
  const separateMetricsPort = config.HAKO_METRICS_PORT;
  const frontend = createFrontend(handle, loadRouteMatcher(path.join(dir, ".next")), { metricsOnAppPort: config.HAKO_METRICS && !separateMetricsPort });
  const server = createServer(frontend.listener);
  // Keep-alive longer than common load balancers' idle timeout, so they close first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await listen(server, port, process.env.HAKO_HOST);
  let metricsServer: Server | undefined;
  if (separateMetricsPort) {
    metricsServer = createServer((req, res) => {
      if ((req.url ?? "").split("?")[0] === "/metrics") return void serveMetrics(res).catch(() => res.writeHead(500).end());
      res.writeHead(404).end();
    });
    await listen(metricsServer, separateMetricsPort, process.env.HAKO_HOST);
  }
  logger.info(
    { port, metrics: separateMetricsPort ? `:${separateMetricsPort}/metrics` : config.HAKO_METRICS ? "/metrics" : "off", scheduler: config.HAKO_SCHEDULER, database: describeDatabase(config.DATABASE_URL) },
    "listening",
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const timeout = config.HAKO_SHUTDOWN_TIMEOUT_MS;
    logger.info({ signal, timeoutMs: timeout, inFlight: frontend.inFlight() }, "shutting down");
    const force = setTimeout(() => {
      logger.error({ inFlight: frontend.inFlight() }, `shutdown took longer than ${timeout} ms; exiting`);
      process.exit(1);
    }, timeout + config.HAKO_SHUTDOWN_DELAY_MS);
    force.unref();
    try {
      frontend.drain();
      if (config.HAKO_SHUTDOWN_DELAY_MS) await new Promise((r) => setTimeout(r, config.HAKO_SHUTDOWN_DELAY_MS));
      const shared = globalThis as unknown as Shared;
      await Promise.all([drainServer(server, frontend, timeout), shared.hakoScheduler?.stop()]);
      metricsServer?.close();
      metricsServer?.closeAllConnections();
      await app.close().catch(() => undefined);
      await shared.hakoDb?.$disconnect();
      logger.info("stopped");
      process.exit(0);
    } catch (e) {
      logger.error(errorFields(e), "shutdown failed");
      process.exit(1);
    }
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));
}

/**
 * Listens with a backlog of 4,096 connections (Node's default is 511): when thousands of people
 * press the button in the same second, the connections the process has not yet accepted wait in
 * the kernel's queue instead of being reset. The kernel caps it at net.core.somaxconn.
 */
function listen(server: Server, port: number, host?: string) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

main().catch((e: unknown) => {
  logger.fatal(errorFields(e), e instanceof Error ? e.message : "start failed");
  process.exit(1);
});
