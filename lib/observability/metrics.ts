// Prometheus metrics (prom-client), one registry per process on globalThis: the custom server
// (HTTP metrics) and Next's bundles (domain metrics) load this module separately and must share
// it. Served at /metrics only when enabled (lib/server/metrics-endpoint.ts). Names are part of
// the operations contract (docs/operations.md): add freely, do not rename.
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

export type Collector = () => Promise<void> | void;

function createMetrics() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "hako_" });
  const registers = [registry];
  const collectors: Collector[] = [];
  return {
    registry,
    /** Scrape-time collectors (outbox depth, pool use); failures leave the last values. */
    collectors,
    httpRequests: new Counter({ name: "hako_http_requests_total", help: "HTTP requests served, by route pattern, method and status", labelNames: ["method", "route", "status"] as const, registers }),
    httpDuration: new Histogram({
      name: "hako_http_request_duration_seconds",
      help: "HTTP request latency (until the response is finished), by route pattern, method and status",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    httpInFlight: new Gauge({ name: "hako_http_requests_in_flight", help: "HTTP requests being served", registers }),
    applications: new Counter({ name: "hako_applications_total", help: "Applications to registration frames, by outcome (the registration's status, or the refusal's error code)", labelNames: ["outcome"] as const, registers }),
    draws: new Counter({ name: "hako_draws_total", help: "Lottery draws, by algorithm and outcome", labelNames: ["algorithm", "outcome"] as const, registers }),
    drawDuration: new Histogram({ name: "hako_draw_duration_seconds", help: "Time to draw a lottery frame (the transaction)", buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30], registers }),
    outboxDepth: new Gauge({ name: "hako_outbox_depth", help: "Mails waiting in the outbox (pending)", registers }),
    outboxOldestAge: new Gauge({ name: "hako_outbox_oldest_age_seconds", help: "Age of the oldest pending mail in the outbox (0 when empty)", registers }),
    schedulerTicks: new Counter({ name: "hako_scheduler_ticks_total", help: "Scheduler ticks run (in-process or npm run jobs)", registers }),
    schedulerFailures: new Counter({ name: "hako_scheduler_tick_failures_total", help: "Scheduler ticks that failed", registers }),
    schedulerDuration: new Histogram({ name: "hako_scheduler_tick_duration_seconds", help: "Scheduler tick duration", buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 15, 60], registers }),
    dbPool: new Gauge({ name: "hako_db_pool_connections", help: "Database connections by state (PostgreSQL pool: total, idle; SQLite: the one connection)", labelNames: ["state"] as const, registers }),
    dbPoolWaiting: new Gauge({ name: "hako_db_pool_waiting", help: "Queries waiting for a database connection", registers }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const g = globalThis as unknown as { hakoMetrics?: Metrics };

export function metrics(): Metrics {
  g.hakoMetrics ??= createMetrics();
  return g.hakoMetrics;
}

/** Registers a scrape-time collector once per name. */
export function addCollector(name: string, collect: Collector) {
  const m = metrics() as Metrics & { named?: Set<string> };
  m.named ??= new Set();
  if (m.named.has(name)) return;
  m.named.add(name);
  m.collectors.push(collect);
}

/** The text exposition, after running the collectors. */
export async function scrape(): Promise<{ body: string; contentType: string }> {
  const m = metrics();
  await Promise.allSettled(m.collectors.map((c) => c()));
  return { body: await m.registry.metrics(), contentType: m.registry.contentType };
}

/** Times `run` into a histogram; the outcome label is up to the caller. */
export async function timed<T>(histogram: Histogram, run: () => Promise<T>): Promise<T> {
  const end = histogram.startTimer();
  try {
    return await run();
  } finally {
    end();
  }
}
