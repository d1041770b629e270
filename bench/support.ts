// What the benchmarks share: HTTP sessions with a cookie jar, lanes of concurrent work, starting
// servers, percentiles, the machine's description, and the application rush itself.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

export class Session {
  private jar = new Map<string, string>();
  /**
   * `clientAddress`: the address this person's requests come from, sent as X-Forwarded-For (the
   * bench's Hako trusts loopback as its proxy). A real rush comes from thousands of addresses;
   * from one, the per-address limit on applications (600 a minute) would refuse most of it.
   */
  constructor(
    readonly base: string,
    readonly clientAddress?: string,
  ) {}

  cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(method: string, url: string, body?: unknown, form?: Record<string, string>) {
    const headers: Record<string, string> = { cookie: this.cookie() };
    if (this.clientAddress) headers["x-forwarded-for"] = this.clientAddress;
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
    return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
  }

  async ok(method: string, url: string, body?: unknown) {
    const r = await this.request(method, url, body);
    if (r.status >= 300) throw new Error(`${method} ${url}: ${r.status} ${r.text.slice(0, 200)}`);
    return r.json();
  }

  async signIn(email: string) {
    const { csrfToken } = (await (await this.request("GET", "/api/auth/csrf")).json()) as { csrfToken: string };
    const r = await this.request("POST", "/api/auth/callback/dev", undefined, { csrfToken, email, json: "true" });
    if (r.status !== 200 || ![...this.jar.keys()].some((k) => k.endsWith("next-auth.session-token"))) throw new Error(`sign-in as ${email} failed: ${r.status}`);
  }
}

export async function inLanes<T>(count: number, lanes: number, fn: (i: number) => Promise<T>): Promise<T[]> {
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

export const percentile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;

export async function waitReady(server: ChildProcess, url: string, what: string) {
  const deadline = Date.now() + 900_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${what} exited with ${server.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${what} did not become ready`);
}

/** `npm start` (building first if the sources changed) on a port, with the development sign-in and no scheduler. */
export async function startHako(port: number, databaseUrl: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      // Not the demo (no demo data); the development sign-in stays on for the simulated people.
      NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      AUTH_DEV_LOGIN: "1",
      // Nothing in the background: no outbox delivery, no timed draws during the measurement.
      HAKO_SCHEDULER: "off",
      // The simulated people each have an address of their own (Session.clientAddress), sent
      // through X-Forwarded-For as a reverse proxy would; the rate limits stay on.
      HAKO_TRUSTED_PROXIES: "loopback",
    },
  });
  await waitReady(server, `http://127.0.0.1:${port}/readyz`, "the Hako server");
  return server;
}

/** Every process under `pid` (the server that `npm start` runs is a grandchild). */
export function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of children.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

/** Resident size in bytes of the largest process under `pid` (the Next.js server). */
export function largestRss(pid: number): number {
  let max = 0;
  for (const p of [pid, ...descendants(pid)]) {
    try {
      const m = readFileSync(`/proc/${p}/status`, "utf8").match(/^VmRSS:\s+(\d+) kB/m);
      if (m) max = Math.max(max, Number(m[1]) * 1024);
    } catch {
      // gone meanwhile
    }
  }
  return max;
}

export function machineLine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export type RushResult = {
  users: number;
  concurrency: number;
  wallSeconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  byStatus: Record<string, number>;
  acknowledged: number;
  stored: number;
  lost: number;
  receipts: number;
};

/** An organizer with a group over the API. */
export async function organizerWithGroup(base: string, tag: string) {
  const organizer = new Session(base);
  const email = `bench-organizer-${tag}@example.com`;
  await organizer.signIn(email);
  const group = await organizer.ok("POST", "/api/v1/groups", { slug: `bench-${tag}`, name: `Bench ${tag}` });
  return { organizer, email, groupId: String(group.id) };
}

/** A published event with one open lottery frame (100 seats), over the API. */
export async function lotteryEvent(organizer: Session, groupId: string, title: string) {
  const event = await organizer.ok("POST", "/api/v1/events", { groupId, title, startsAt: "2031-09-10T19:00", endsAt: "2031-09-10T21:00", description: "Bench event: a meetup page with a description, a venue and one lottery frame." });
  await organizer.ok("PATCH", `/api/v1/events/${event.id}`, { status: "published" });
  const now = Date.now();
  const frame = await organizer.ok("POST", `/api/v1/events/${event.id}/frames`, {
    name: "一般参加枠",
    capacity: 100,
    method: "lottery",
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 86_400_000).toISOString(),
  });
  return { eventId: String(event.id), frameId: String(frame.id) };
}

/** The i-th simulated person's address: 10.x.y.z, distinct for up to 16 million people. */
export const personAddress = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

/** Signs in `count` distinct people, 20 at a time (not measured). */
export async function signInPeople(base: string, tag: string, count: number) {
  return inLanes(count, 20, async (i) => {
    const s = new Session(base, personAddress(i));
    await s.signIn(`bench-${tag}-${i}@example.com`);
    return s;
  });
}

/**
 * Everyone in `people` applies to the frame, `concurrency` requests in flight (all at once when it
 * is the number of people); then every acknowledged application is looked for in the database.
 */
export async function rush(people: Session[], eventId: string, frameId: string, concurrency: number): Promise<RushResult> {
  const results: { status: number | string; ms: number; id?: string }[] = [];
  const t = performance.now();
  await inLanes(people.length, concurrency, async (i) => {
    const start = performance.now();
    try {
      const r = await people[i]!.request("POST", `/api/v1/events/${eventId}/registrations`, { frameId });
      results[i] = { status: r.status, ms: performance.now() - start, id: r.status === 201 ? String(r.json().id) : undefined };
    } catch (e) {
      results[i] = { status: (e as { cause?: { code?: string } }).cause?.code ?? "network error", ms: performance.now() - start };
    }
  });
  const wallSeconds = (performance.now() - t) / 1000;
  const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
  const byStatus: Record<string, number> = {};
  for (const r of results) byStatus[String(r.status)] = (byStatus[String(r.status)] ?? 0) + 1;
  const acknowledged = results.filter((r) => r.id).map((r) => r.id!);

  const { db } = await import("../lib/db");
  const stored = await db().registration.findMany({ where: { frameId }, select: { id: true, receiptNumber: true } });
  const storedIds = new Set(stored.map((r) => r.id));
  return {
    users: people.length,
    concurrency,
    wallSeconds,
    rps: people.length / wallSeconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1)!,
    byStatus,
    acknowledged: acknowledged.length,
    stored: stored.length,
    lost: acknowledged.filter((id) => !storedIds.has(id)).length,
    receipts: new Set(stored.map((r) => r.receiptNumber)).size,
  };
}

export function rushLines(r: RushResult) {
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  return [
    `rush: ${r.users} applications to one lottery frame, ${r.concurrency >= r.users ? "all at once" : `${r.concurrency} at a time`}`,
    `  wall time     ${r.wallSeconds.toFixed(2)} s`,
    `  throughput    ${r.rps.toFixed(0)} req/s`,
    `  latency       p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)}`,
    `  responses     ${Object.entries(r.byStatus).map(([s, n]) => `${s}: ${n}`).join(", ")}`,
    `  stored        ${r.stored} (acknowledged ${r.acknowledged}, lost ${r.lost}, distinct receipt numbers ${r.receipts})`,
  ];
}

/**
 * A published event with a 100-seat lottery frame whose applications have closed, and `n`
 * applicants inserted straight into the database (users and registrations, `createMany` in
 * chunks, not measured): the frame the draw benchmarks draw. The app's modules are imported here,
 * after the caller has set DATABASE_URL.
 */
export async function closedLotteryFrame(ownerId: string, groupId: string, n: number, title: string) {
  const { db } = await import("../lib/db");
  const { createEvent, publishEvent } = await import("../lib/events/service");
  const { eventCreateInput } = await import("../lib/events/schema");
  const { createFrame } = await import("../lib/frames/service");
  const { frameCreateInput } = await import("../lib/registrations/schema");
  const { newPublicId } = await import("../lib/registrations/service");
  const actor = { userId: ownerId };
  const event = await createEvent(actor, eventCreateInput.parse({ groupId, title, startsAt: "2031-10-01T19:00", endsAt: "2031-10-01T21:00" }));
  await publishEvent(actor, event.id);
  const now = Date.now();
  const frame = await createFrame(
    actor,
    event.id,
    frameCreateInput.parse({ name: "抽選枠", capacity: 100, method: "LOTTERY", opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() }),
  );
  const tag = `${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
  const CHUNK = 5000;
  for (let from = 0; from < n; from += CHUNK) {
    const users = Array.from({ length: Math.min(CHUNK, n - from) }, (_, i) => ({ id: randomUUID(), email: `applicant-${tag}-${from + i}@example.com`, name: `Applicant ${from + i}` }));
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
  await db().event.update({ where: { id: event.id }, data: { receiptSeq: n } });
  return { eventId: event.id, frameId: frame.id };
}
