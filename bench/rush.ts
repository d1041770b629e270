// npm run bench:rush: a signup rush against the production server, then a 100,000-applicant draw.
//
//   npm run bench:rush -- [--users 2000] [--concurrency N] [--draw 100000] [--database-url URL]
//
// Starts `npm start` (building first if the sources changed) on a free port with a fresh
// database: the SQLite file data/bench/rush.db, or the PostgreSQL database --database-url names
// (dropped and created again). Makes an organizer, a group, a published event and a lottery
// frame over the API, signs in --users people (development sign-in), fires all their
// applications at once (or --concurrency at a time) and prints throughput, latency percentiles
// and errors, then checks in the database that every acknowledged application was stored.
// Then it inserts --draw applicants straight into the database and times the draw
// (lib/lottery/service.ts runDraw: the draw transaction, then the result mail, timed apart).
// The server and .next are shared with the end-to-end tests: the whole run holds their lock.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase } from "../scripts/fresh-database";

const LOCK = "/tmp/hako-e2e.lock";
const root = path.resolve(import.meta.dirname, "..");

const { values: args } = parseArgs({
  options: {
    users: { type: "string", default: "2000" },
    concurrency: { type: "string" },
    draw: { type: "string", default: "100000" },
    "database-url": { type: "string", default: "file:./data/bench/rush.db" },
  },
});
const USERS = Number(args.users);
const CONCURRENCY = Number(args.concurrency ?? USERS);
const DRAW = Number(args.draw);
const DATABASE_URL = args["database-url"]!;

// Take the end-to-end lock (it guards .next and the build) for the whole run, once.
if (!process.env.HAKO_BENCH_LOCKED && spawnSync("flock", ["--version"]).status === 0) {
  const r = spawnSync("flock", [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, HAKO_BENCH_LOCKED: "1" },
  });
  process.exit(r.status ?? 1);
}

process.chdir(root);
process.env.DATABASE_URL = DATABASE_URL;
process.env.NEXTAUTH_URL ??= "http://127.0.0.1";

// ── HTTP with a cookie jar per person ──────────────────────────────────────────────────────────

class Session {
  private jar = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(method: string, url: string, body?: unknown, form?: Record<string, string>) {
    const headers: Record<string, string> = { cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ") };
    let payload: string | undefined;
    if (form) {
      headers["content-type"] = "application/x-www-form-urlencoded";
      payload = new URLSearchParams(form).toString();
    } else if (body !== undefined) {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const res = await fetch(this.base + url, { method, headers, body: payload, redirect: "manual" });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const eq = pair!.indexOf("=");
      this.jar.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    return { status: res.status, json: () => JSON.parse(text) as Record<string, unknown> };
  }

  async ok(method: string, url: string, body?: unknown) {
    const r = await this.request(method, url, body);
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status}`);
    return r.json();
  }

  async signIn(email: string) {
    const { csrfToken } = (await (await this.request("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    const r = await this.request("POST", "/api/auth/callback/dev", undefined, { csrfToken, email, json: "true" });
    if (r.status !== 200 || ![...this.jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in as ${email} failed: ${r.status}`);
  }
}

async function inLanes<T>(count: number, lanes: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

// ── The server ─────────────────────────────────────────────────────────────────────────────────

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL,
      // Not the demo (no demo data); the development sign-in stays on for the simulated people.
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_DEV_LOGIN: "1",
      // Nothing in the background: no outbox delivery, no timed draws during the measurement.
      HAKO_SCHEDULER: "off",
    },
  });
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.ok, () => false);
    if (ready) return server;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the server did not become ready");
}

// ── Figures ────────────────────────────────────────────────────────────────────────────────────

const ms = (x: number) => `${x.toFixed(0)} ms`;
const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

async function machine() {
  const cpus = os.cpus();
  let database = DATABASE_URL.startsWith("file:") ? `SQLite (${DATABASE_URL})` : "PostgreSQL";
  if (!DATABASE_URL.startsWith("file:")) {
    const { db } = await import("../lib/db");
    const rows = await db().$queryRawUnsafe<{ version: string }[]>("SELECT version()");
    database = `PostgreSQL (${rows[0]?.version.split(",")[0]})`;
  }
  return [
    `date:      ${new Date().toISOString()}`,
    `machine:   ${cpus[0]?.model ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}`,
    `node:      ${process.version}`,
    `database:  ${database}`,
  ].join("\n");
}

// ── The rush ───────────────────────────────────────────────────────────────────────────────────

async function rush(base: string) {
  const suffix = Date.now().toString(36);
  const organizer = new Session(base);
  await organizer.signIn(`bench-organizer-${suffix}@example.com`);
  const group = await organizer.ok("POST", "/api/v1/groups", { slug: `bench-${suffix}`, name: `Bench ${suffix}` });
  const event = await organizer.ok("POST", "/api/v1/events", { groupId: group.id, title: `Signup Rush ${suffix}`, startsAt: "2031-09-10T19:00", endsAt: "2031-09-10T21:00" });
  await organizer.ok("PATCH", `/api/v1/events/${event.id}`, { status: "published" });
  const now = Date.now();
  const frame = await organizer.ok("POST", `/api/v1/events/${event.id}/frames`, {
    name: "一般参加枠",
    capacity: 100,
    method: "lottery",
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 86_400_000).toISOString(),
  });

  let t = performance.now();
  const people = await inLanes(USERS, 20, async (i) => {
    const s = new Session(base);
    await s.signIn(`bench-${suffix}-${i}@example.com`);
    return s;
  });
  console.log(`signed in ${USERS} people in ${((performance.now() - t) / 1000).toFixed(1)} s (20 at a time; not measured below)`);

  const results: { status: number | string; ms: number; id?: string }[] = [];
  t = performance.now();
  await inLanes(USERS, CONCURRENCY, async (i) => {
    const start = performance.now();
    try {
      const r = await people[i]!.request("POST", `/api/v1/events/${event.id}/registrations`, { frameId: frame.id });
      results[i] = { status: r.status, ms: performance.now() - start, id: r.status === 201 ? String(r.json().id) : undefined };
    } catch (e) {
      results[i] = { status: (e as { cause?: { code?: string } }).cause?.code ?? "network error", ms: performance.now() - start };
    }
  });
  const wall = (performance.now() - t) / 1000;
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const byStatus = new Map<string, number>();
  for (const r of results) byStatus.set(String(r.status), (byStatus.get(String(r.status)) ?? 0) + 1);
  const acknowledged = results.filter((r) => r.id).map((r) => r.id!);

  const { db } = await import("../lib/db");
  const stored = await db().registration.findMany({ where: { frameId: String(frame.id) }, select: { id: true, receiptNumber: true } });
  const storedIds = new Set(stored.map((r) => r.id));
  const lost = acknowledged.filter((id) => !storedIds.has(id)).length;
  const receipts = new Set(stored.map((r) => r.receiptNumber)).size;

  console.log(
    [
      "",
      `rush: ${USERS} applications to one lottery frame, ${CONCURRENCY >= USERS ? "all at once" : `${CONCURRENCY} at a time`}`,
      `  wall time     ${wall.toFixed(2)} s`,
      `  throughput    ${(USERS / wall).toFixed(0)} req/s`,
      `  latency       p50 ${ms(percentile(latencies, 0.5))}  p95 ${ms(percentile(latencies, 0.95))}  p99 ${ms(percentile(latencies, 0.99))}  max ${ms(latencies.at(-1)!)}`,
      `  responses     ${[...byStatus].map(([s, n]) => `${s}: ${n}`).join(", ")}`,
      `  errors        ${results.length - (byStatus.get("201") ?? 0)}`,
      `  stored        ${stored.length} (acknowledged ${acknowledged.length}, lost ${lost}, distinct receipt numbers ${receipts})`,
    ].join("\n"),
  );
  return { organizerEmail: `bench-organizer-${suffix}@example.com`, groupId: String(group.id), lost, stored: stored.length, acknowledged: acknowledged.length };
}

// ── The draw ───────────────────────────────────────────────────────────────────────────────────

async function draw(organizerEmail: string, groupId: string) {
  const { db } = await import("../lib/db");
  const { createEvent, publishEvent } = await import("../lib/events/service");
  const { eventCreateInput } = await import("../lib/events/schema");
  const { createFrame } = await import("../lib/frames/service");
  const { frameCreateInput } = await import("../lib/registrations/schema");
  const { newPublicId } = await import("../lib/registrations/service");
  const { commitDraw } = await import("../lib/lottery/service");
  const { enqueueResultMail } = await import("../lib/lottery/result-mail/service");

  const owner = await db().user.findUniqueOrThrow({ where: { email: organizerEmail } });
  const actor = { userId: owner.id };
  const event = await createEvent(actor, eventCreateInput.parse({ groupId, title: "Big Lottery", startsAt: "2031-10-01T19:00", endsAt: "2031-10-01T21:00" }));
  await publishEvent(actor, event.id);
  const now = Date.now();
  const frame = await createFrame(
    actor,
    event.id,
    frameCreateInput.parse({ name: "抽選枠", capacity: 100, method: "LOTTERY", opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() }),
  );

  let t = performance.now();
  const CHUNK = 5000;
  const tag = Date.now().toString(36);
  for (let from = 0; from < DRAW; from += CHUNK) {
    const n = Math.min(CHUNK, DRAW - from);
    const users = Array.from({ length: n }, (_, i) => ({ id: randomUUID(), email: `draw-${tag}-${from + i}@example.com`, name: `Applicant ${from + i}` }));
    await db().user.createMany({ data: users });
    await db().registration.createMany({
      data: users.map((u, i) => ({
        publicId: newPublicId(),
        ticketCode: randomBytes(18).toString("base64url"),
        eventId: event.id,
        frameId: frame.id,
        userId: u.id,
        status: "APPLIED",
        receiptNumber: from + i + 1,
        activeKey: `${event.id}:${u.id}`,
      })),
    });
  }
  await db().event.update({ where: { id: event.id }, data: { receiptSeq: DRAW } });
  console.log(`\ninserted ${DRAW} applicants in ${((performance.now() - t) / 1000).toFixed(1)} s (not measured below)`);

  t = performance.now();
  const result = await commitDraw(frame.id);
  const drawSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  await enqueueResultMail(frame.id);
  const mailSeconds = (performance.now() - t) / 1000;
  const mails = await db().outboxMail.count({ where: { kind: { in: ["registration.won", "registration.lost"] }, subject: { contains: "Big Lottery" } } });
  console.log(
    [
      `draw: ${DRAW} applications, 100 seats (runDraw)`,
      `  draw transaction   ${drawSeconds.toFixed(2)} s  (claim, order by HMAC, ${result.total} draw entries, everyone placed)`,
      `  result mail        ${mailSeconds.toFixed(2)} s  (${mails} mails written to the outbox)`,
      `  runDraw in total   ${(drawSeconds + mailSeconds).toFixed(2)} s`,
    ].join("\n"),
  );
}

async function main() {
  if (DATABASE_URL.startsWith("file:")) mkdirSync(path.dirname(DATABASE_URL.slice("file:".length)), { recursive: true });
  await freshDatabase(DATABASE_URL);
  const port = await freePort();
  const server = await startServer(port);
  let failed = false;
  try {
    console.log(`\n${await machine()}\n`);
    const r = await rush(`http://127.0.0.1:${port}`);
    failed = r.lost > 0 || r.stored !== r.acknowledged;
    if (DRAW > 0) await draw(r.organizerEmail, r.groupId);
  } finally {
    server.kill("SIGTERM");
  }
  if (failed) {
    console.error("\nFAILED: acknowledged applications are missing from the database");
    process.exit(1);
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error("bench:rush failed:", e);
  process.exit(1);
});
