// Graceful shutdown: a second production server (server.ts) on the end-to-end database gets
// SIGTERM in the middle of a signup rush. Every request it had taken must be answered (no reset),
// every acknowledged application stored, and the process must exit 0 within its bound. Requests
// sent after the signal are refused at connect time (the listener is closed), never reset.
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

function post(pathname: string, cookie: string, body: unknown): Promise<Answer> {
  return new Promise((resolve) => {
    const data = JSON.stringify(body);
    const req = http.request(
      { host: "127.0.0.1", port: PORT, path: pathname, method: "POST", agent: false, headers: { cookie, "content-type": "application/json", "content-length": Buffer.byteLength(data) } },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
        res.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on("error", (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(data);
  });
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
    const answers: Answer[] = [];
    const rush = Promise.all(cookies.map((cookie) => post(`/api/v1/events/${event.id}/registrations`, cookie, { frameId: frame.id }).then((a) => (answers.push(a), a))));
    // SIGTERM once the server holds the whole rush: every request received (answered or in flight;
    // the /metrics request itself is one of those in flight) and most still unanswered.
    for (;;) {
      const inFlight = await metric("hako_http_requests_in_flight");
      if (inFlight - 1 + answers.length >= PEOPLE) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const stillOpen = PEOPLE - answers.length;
    const signalledAt = Date.now();
    server.child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 100));
    const late = await post(`/api/v1/events/${event.id}/registrations`, cookies[0]!, { frameId: frame.id });
    const all = await rush;
    const { code, at } = await server.exited;

    expect(stillOpen, "requests in flight at SIGTERM").toBeGreaterThan(10);
    expect(all.filter((a) => "error" in a), "no request reset").toEqual([]);
    expect(all.map((a) => ("status" in a ? a.status : 0)).filter((s) => s !== 201)).toEqual([]);
    expect(late).toEqual({ error: "ECONNREFUSED" });
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
