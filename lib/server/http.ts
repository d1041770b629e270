// The HTTP layer in front of Next's request handler: a request id for every request (kept from
// X-Request-Id or made here, echoed in the response and in every log line), request metrics by
// route pattern, /metrics when enabled, and the bookkeeping graceful shutdown needs.
import type { IncomingMessage, RequestListener, Server, ServerResponse } from "node:http";
import { REQUEST_ID_HEADER, requestIdFrom, withRequestContext } from "../observability/context";
import { errorFields, log } from "../observability/logger";
import { metrics, scrape } from "../observability/metrics";
import { markSharedReadsChange, sharedReadsGeneration } from "./public-changes";
import type { RouteMatcher } from "./routes";

type Handle = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export type Frontend = {
  listener: RequestListener;
  /** Requests being served right now. */
  inFlight(): number;
  /** From now on: /readyz answers 503 and every response closes its connection. */
  drain(): void;
};

export async function serveMetrics(res: ServerResponse) {
  const { body, contentType } = await scrape();
  res.writeHead(200, { "content-type": contentType, "cache-control": "no-store" });
  res.end(body);
}

export function createFrontend(handle: Handle, routeOf: RouteMatcher, options: { metricsOnAppPort: boolean }): Frontend {
  const logger = log("http");
  const active = new Set<ServerResponse>();
  let draining = false;
  const listener: RequestListener = (req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    // Route handlers read it from the request (error responses carry it, lib/api/http.ts).
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.setHeader("X-Request-Id", requestId);
    if (draining) res.setHeader("Connection", "close");
    const pathname = (req.url ?? "/").split("?")[0] ?? "/";
    const started = process.hrtime.bigint();
    const m = metrics();
    active.add(res);
    m.httpInFlight.inc();
    let done = false;
    // A write marks the shared reads (lib/server/shared-read.ts) out of date when it runs, which
    // may be before its transaction commits; a read in between would keep the old rows. Marked
    // again once the answer is out (committed by then).
    const readsBefore = req.method === "GET" || req.method === "HEAD" ? null : sharedReadsGeneration();
    const finish = () => {
      if (done) return;
      done = true;
      if (readsBefore !== null && sharedReadsGeneration() !== readsBefore) markSharedReadsChange();
      active.delete(res);
      m.httpInFlight.dec();
      const labels = { method: req.method ?? "GET", route: pathname === "/metrics" ? "/metrics" : routeOf(pathname), status: String(res.statusCode) };
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      m.httpRequests.inc(labels);
      m.httpDuration.observe(labels, seconds);
      if (res.statusCode >= 500) logger.warn({ requestId, ...labels, ms: Math.round(seconds * 1000) }, "request failed");
      else logger.debug({ requestId, ...labels, ms: Math.round(seconds * 1000) }, "request");
    };
    res.on("finish", finish);
    res.on("close", finish);
    withRequestContext({ requestId }, () => {
      if (draining && pathname === "/readyz") {
        res.writeHead(503, { "content-type": "application/json" }).end(JSON.stringify({ status: "shutting_down" }));
        return;
      }
      if (options.metricsOnAppPort && pathname === "/metrics" && req.method === "GET") {
        serveMetrics(res).catch((e: unknown) => {
          logger.error(errorFields(e), "metrics failed");
          if (!res.headersSent) res.writeHead(500).end();
        });
        return;
      }
      Promise.resolve(handle(req, res)).catch((e: unknown) => {
        logger.error(errorFields(e), "unhandled error");
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ error: { code: "INTERNAL", message: "Internal error", requestId } }));
      });
    });
  };
  return {
    listener,
    inFlight: () => active.size,
    drain: () => {
      draining = true;
      // Responses not yet started close their connection too, so no client reuses it.
      for (const res of active) if (!res.headersSent) res.setHeader("Connection", "close");
    },
  };
}

/** Resolves when `server` stops listening and no request is in flight, or rejects after `ms`. */
export async function drainServer(server: Server, frontend: Frontend, ms: number): Promise<void> {
  frontend.drain();
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  const deadline = Date.now() + ms;
  // Idle keep-alive connections would hold close() open; busy ones close after their response.
  while (frontend.inFlight() > 0 || server.listening) {
    server.closeIdleConnections();
    if (Date.now() > deadline) throw new Error(`${frontend.inFlight()} request(s) still in flight after ${ms} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())))]);
}
