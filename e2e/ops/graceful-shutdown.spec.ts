// Graceful shutdown: a second production server (server.ts) on the end-to-end database gets
// SIGTERM while a rush of 120 applications is in its hands (slow clients: headers sent, the body
// still coming). Every one must be answered (no reset) and stored, a connection attempted after the
// signal must be refused (the listener is closed), and the process must exit 0 within its bound.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { signInOverHttp, uniqueEmail } from "../fixtures";
import { inBatches, Organizer } from "../load/load";

const PEOPLE = 120;
const PORT = Number(process.env.E2E_PORT ?? 3100) + 5;
const SHUTDOWN_TIMEOUT_MS = 20_000;

type Answer = { status: number; body: string } | { error: string };

/**
 * A POST whose body arrives in two parts: the request is in the server's hands (headers read,
 * the handler waiting for the body) until `finish()` sends the rest, like a slow client's.
 */
function slowPost(pathname: string, cookie: string, body: unknown): { finish: () => void; answer: Promise<Answer> } {
  const data = Buffer.from(JSON.stringify(body));
  let req!: http.ClientRequest;
  const answer = new Promise<Answer>((resolve) => {
    req = http.request(
      { host: "127.0.0.1", port: PORT, path: pathname, method: "POST", agent: false, headers: { cookie, "content-type": "application/json", "content-length": data.length } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.write(data.subarray(0, 5));
  });
  return { finish: () => req.end(data.subarray(5)), answer };
}

async function metric(name: string): Promise<number> {
  const text = await new Promise<string>((resolve, reject) =>
    http.get({ host: "127.0.0.1", port: PORT, path: "/metrics", agent: false }, (res) => {
      let t = "";
      res.on("data", (c: Buffer) => (t += c.toString()));
      res.on("end", () => resolve(t));
    }).on("error", reject),
  );
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(" ")[1]) : NaN;
}

function startServer(): { child: ChildProcess; exited: Promise<{ code: number | null; at: number }>; output: () => string } {
  const secret = readFileSync(path.join("data", ".auth-secret"), "utf8").trim();
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(PORT),
      DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db",
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://localhost:${PORT}`,
      HAKO_DEMO: "1",
      HAKO_SCHEDULER: "off",
      HAKO_METRICS: "1",
      HAKO_LOG_FORMAT: "json",
      HAKO_SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; at: number }>((resolve) => child.on("exit", (code) => resolve({ code, at: Date.now() })));
  return { child, exited, output: () => out };
}

async function waitReady(server: ReturnType<typeof startServer>) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await new Promise<boolean>((resolve) =>
      http.get({ host: "127.0.0.1", port: PORT, path: "/readyz", agent: false }, (res) => resolve(res.statusCode === 200)).on("error", () => resolve(false)),
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the second server did not become ready:\n${server.output()}`);
}

test("finishes every request in flight, stores every acknowledged application and exits 0 on SIGTERM", async ({ playwright, baseURL }) => {
  test.setTimeout(180_000);
  const organizerApi = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { connection: "close" } });
  await signInOverHttp(organizerApi, uniqueEmail("organizer"));
  const organizer = new Organizer(organizerApi);
  const event = await organizer.publishedEvent();
  const frame = await organizer.frame(event.id, { capacity: 1000, method: "first_come" });
  // Sessions are signed tokens: a cookie from the main server is valid on the second (same secret).
  const cookies = await inBatches(Array.from({ length: PEOPLE }), 20, async () => {
    const api = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { connection: "close" } });
    await signInOverHttp(api, uniqueEmail("shutdown"));
    const state = await api.storageState();
    await api.dispose();
    return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  });

  const server = startServer();
  try {
    await waitReady(server);
    const rush = cookies.map((cookie) => slowPost(`/api/v1/events/${event.id}/registrations`, cookie, { frameId: frame.id }));
    // SIGTERM once the server holds the whole rush (the /metrics request itself is one more).
    let inFlight = 0;
    for (let i = 0; i < 600 && inFlight - 1 < PEOPLE; i++) {
      inFlight = await metric("hako_http_requests_in_flight");
      await new Promise((r) => setTimeout(r, 50));
    }
    const stillOpen = inFlight - 1;
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 300));
    const late = slowPost(`/api/v1/events/${event.id}/registrations`, cookies[0]!, { frameId: frame.id });
    late.finish();
    for (const r of rush) r.finish();
    const all = await Promise.all(rush.map((r) => r.answer));
    const { code, at } = await server.exited;

    expect(stillOpen, "requests in flight at SIGTERM").toBe(PEOPLE);
    expect(all.filter((a) => "error" in a), "no request reset").toEqual([]);
    expect(all.map((a) => ("status" in a ? a.status : 0)).filter((s) => s !== 201)).toEqual([]);
    expect(await late.answer).toEqual({ error: "ECONNREFUSED" });
    expect(code).toBe(0);
    expect(at - signalledAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(server.output()).toContain('"msg":"stopped"');

    const acknowledged = all.map((a) => (JSON.parse((a as { body: string }).body) as { id: string }).id);
    const stored = await organizer.registrations(event.id, frame.id);
    expect(new Set(stored.map((r) => r.id))).toEqual(new Set(acknowledged));
  } finally {
    if (server.child.exitCode === null) server.child.kill("SIGKILL");
    await organizerApi.dispose();
  }
});
