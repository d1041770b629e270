// The server's front: request ids, per-route metrics, /metrics when enabled, and draining.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { currentRequestId } from "../observability/context";
import { metrics } from "../observability/metrics";
import { createFrontend, drainServer } from "./http";
import { routeMatcherFrom } from "./routes";

const routeOf = routeMatcherFrom({
  staticRoutes: [{ page: "/healthz", regex: "^/healthz(?:/)?$" }],
  dynamicRoutes: [{ page: "/api/v1/events/[id]", regex: "^/api/v1/events/([^/]+?)(?:/)?$" }],
});

let server: Server | undefined;
afterEach(() => {
  server?.closeAllConnections();
  server?.close();
  server = undefined;
});

async function start(handle: Parameters<typeof createFrontend>[0], metricsOnAppPort = false) {
  const frontend = createFrontend(handle, routeOf, { metricsOnAppPort });
  server = createServer(frontend.listener);
  await new Promise<void>((r) => server!.listen(0, "127.0.0.1", r));
  return { frontend, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("route labels", () => {
  it("uses the route pattern, never the path", () => {
    expect(routeOf("/api/v1/events/abc123")).toBe("/api/v1/events/[id]");
    expect(routeOf("/healthz/")).toBe("/healthz");
    expect(routeOf("/_next/static/chunks/x.js")).toBe("/_next/static");
    expect(routeOf("/wp-login.php")).toBe("other");
  });
});

describe("the frontend", () => {
  it("keeps a caller's request id, makes one otherwise, and has it in the handler's context", async () => {
    const { url } = await start((req, res) => {
      res.end(JSON.stringify({ header: req.headers["x-request-id"], context: currentRequestId() }));
    });
    const kept = await fetch(`${url}/healthz`, { headers: { "x-request-id": "proxy-42" } });
    expect(kept.headers.get("x-request-id")).toBe("proxy-42");
    expect(await kept.json()).toEqual({ header: "proxy-42", context: "proxy-42" });
    const made = await fetch(`${url}/healthz`, { headers: { "x-request-id": "bad id with spaces" } });
    const id = made.headers.get("x-request-id")!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await made.json()).toEqual({ header: id, context: id });
  });

  it("counts requests by route pattern and serves /metrics only when enabled", async () => {
    const before = (await metrics().httpRequests.get()).values.find((v) => v.labels.route === "/api/v1/events/[id]" && v.labels.status === "404")?.value ?? 0;
    const off = await start((_req, res) => void res.writeHead(404).end());
    await fetch(`${off.url}/api/v1/events/one`);
    await fetch(`${off.url}/api/v1/events/two`);
    expect((await fetch(`${off.url}/metrics`)).status).toBe(404);
    server!.closeAllConnections();
    server!.close();
    const on = await start((_req, res) => void res.writeHead(404).end(), true);
    const text = await (await fetch(`${on.url}/metrics`)).text();
    expect(text).toContain(`hako_http_requests_total{method="GET",route="/api/v1/events/[id]",status="404"} ${before + 2}`);
    expect(text).toContain("hako_http_request_duration_seconds_bucket");
    expect(text).not.toContain("/api/v1/events/one");
  });

  it("drains: the request in flight completes, new connections are refused, /readyz says 503", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const { frontend, url } = await start(async (_req, res) => {
      await gate;
      res.end("done");
    });
    const inFlight = fetch(`${url}/slow`);
    while (frontend.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    // The shutdown delay: still serving, but no longer ready.
    frontend.drain();
    const ready = await fetch(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(ready.headers.get("connection")).toBe("close");
    const drained = drainServer(server!, frontend, 5000);
    await new Promise((r) => setTimeout(r, 50));
    await expect(fetch(`${url}/other`)).rejects.toThrow();
    release();
    const res = await inFlight;
    expect(await res.text()).toBe("done");
    expect(res.headers.get("connection")).toBe("close");
    await drained;
    expect(frontend.inFlight()).toBe(0);
  });

  it("gives up draining after its bound", async () => {
    const { frontend, url } = await start(() => new Promise<void>(() => undefined));
    void fetch(`${url}/forever`).catch(() => undefined);
    while (frontend.inFlight() === 0) await new Promise((r) => setTimeout(r, 5));
    await expect(drainServer(server!, frontend, 200)).rejects.toThrow("1 request(s) still in flight after 200 ms");
  });
});
