// npm run bench: Hako side by side with a bare Next.js app of the same version, in one run.
//
//   npm run bench -- [--only pages,rush,draw,size] [--duration 10] [--connections 50]
//                    [--users 2000] [--draw 100000] [--database-url postgresql://…/hako_bench]
//                    [--port 4010] [--no-write]
//
// Builds (when stale) and starts bench/bare (one dynamic page, one JSON route handler, the
// repository's own node_modules) and Hako (`npm start`, SQLite file data/bench/bench.db, fresh),
// then measures with autocannon, --connections at a time for --duration seconds each (after a
// short warm-up): the bare page and route handler; Hako's home, an anonymous event page, the
// same page signed in, the draw page of a 2,000-applicant frame. Then the application rush
// (--users people, 50 in flight and all at once; bench/support.ts), and the 100,000-application
// draw (bench/draw.ts) on SQLite and, with --database-url, on PostgreSQL (that database is
// dropped and created again). It samples the Hako server's resident size throughout, measures
// the first-load JavaScript of the anonymous event page (gzip) and the draw page's HTML, prints
// every figure with its ratio to the bare app, and writes them into docs/benchmarks.md between
// the `bench:results` markers (not with --no-write, nor with --only).
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { freshDatabase } from "../scripts/fresh-database";
import { closedLotteryFrame, descendants, largestRss, lotteryEvent, machineLine, organizerWithGroup, root, rush, rushLines, type RushResult, Session, signInPeople, startHako, waitReady } from "./support";

const LOCK = "/tmp/hako-e2e.lock";
const PARTS = ["pages", "size", "rush", "draw"] as const;
type Part = (typeof PARTS)[number];

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "50" },
    users: { type: "string", default: "2000" },
    draw: { type: "string", default: "100000" },
    "database-url": { type: "string" },
    port: { type: "string", default: process.env.BENCH_PORT ?? "4010" },
    "no-write": { type: "boolean", default: false },
  },
});
const only = new Set((args.only ?? PARTS.join(",")).split(",").map((s) => s.trim()) as Part[]);
for (const p of only) if (!PARTS.includes(p)) throw new Error(`--only takes ${PARTS.join(", ")} (got "${p}")`);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const USERS = Number(args.users);
const DRAW = Number(args.draw);
const HAKO_PORT = Number(args.port);
const BARE_PORT = HAKO_PORT + 1;
const DATABASE_URL = "file:./data/bench/bench.db";
const write = !args["no-write"] && !args.only;

if (!process.env.HAKO_BENCH_LOCKED && spawnSync("flock", ["--version"]).status === 0) {
  const r = spawnSync("flock", [LOCK, process.execPath, ...process.execArgv, ...process.argv.slice(1)], { stdio: "inherit", env: { ...process.env, HAKO_BENCH_LOCKED: "1" } });
  process.exit(r.status ?? 1);
}
process.chdir(root);
process.env.DATABASE_URL = DATABASE_URL;
process.env.NEXTAUTH_URL ??= "http://127.0.0.1";
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

// ── The bare app ───────────────────────────────────────────────────────────────────────────────

const BARE = path.join(root, "bench/bare");
const NEXT_BIN = path.join(root, "node_modules/next/dist/bin/next");

function bareHash() {
  const h = createHash("sha256");
  const walk = (p: string) => {
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) if (name !== ".next" && name !== "next-env.d.ts") walk(path.join(p, name));
    } else h.update(path.relative(BARE, p)).update(readFileSync(p));
  };
  walk(BARE);
  h.update(readFileSync(path.join(root, "package-lock.json")));
  return h.digest("hex");
}

async function startBare(): Promise<ChildProcess> {
  const stamp = path.join(BARE, ".next", "bench-source-hash");
  const hash = bareHash();
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== hash) {
    console.log("Building the bare Next.js app (bench/bare)…");
    const r = spawnSync(process.execPath, [NEXT_BIN, "build", BARE], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
    if (r.status !== 0) throw new Error("the bare app did not build");
    writeFileSync(stamp, hash);
  }
  const server = spawn(process.execPath, [NEXT_BIN, "start", BARE, "-p", String(BARE_PORT)], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NODE_ENV: "production" } });
  await waitReady(server, `http://127.0.0.1:${BARE_PORT}/api/hello`, "the bare app");
  return server;
}

function stop(server: ChildProcess | undefined) {
  if (!server?.pid) return;
  for (const pid of [...descendants(server.pid).reverse(), server.pid]) {
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
  }
}

// ── Measuring ──────────────────────────────────────────────────────────────────────────────────

type Load = { name: string; rps: number; p50: number; p99: number; non2xx: number; errors: number; bytes: number };

/**
 * Waits until the server answers its readiness check within a second: requests that autocannon
 * gave up on are still being served, and must not weigh on the next measurement.
 */
async function drain(url: string) {
  const origin = new URL(url).origin;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const t = performance.now();
    const ok = await fetch(`${origin}/${origin.endsWith(String(BARE_PORT)) ? "api/hello" : "readyz"}`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
    if (ok && performance.now() - t < 1000) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

async function load(name: string, url: string, headers: Record<string, string> = {}): Promise<Load> {
  await drain(url);
  // One request first, waited for as long as it takes: on a loaded machine a page's first render
  // (its code loaded, its first copy in the page cache) can outlast autocannon's 10 s timeout, and
  // the 50 connections that gave up on it would start it over and over.
  await fetch(url, { headers, signal: AbortSignal.timeout(120_000) }).then((r) => r.arrayBuffer(), () => undefined);
  // A short warm-up first: the first requests compile nothing, but fill caches and the JIT.
  await autocannon({ url, connections: Math.min(10, CONNECTIONS), duration: 2, headers });
  await drain(url);
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  const out = { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors + r.timeouts, bytes: r.throughput.average / Math.max(1, r.requests.average) };
  console.log(`  ${name.padEnd(38)} ${out.rps.toFixed(0).padStart(6)} req/s  p50 ${out.p50} ms  p99 ${out.p99} ms${out.non2xx ? `  non-2xx ${out.non2xx}` : ""}${out.errors ? `  errors ${out.errors}` : ""}`);
  return out;
}

/** Sum of the gzip-compressed sizes of the scripts a page's HTML references. */
async function firstLoadJs(base: string, pathname: string, headers: Record<string, string> = {}) {
  const html = await (await fetch(base + pathname, { headers })).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[1]!), 0);
  return { scripts: srcs.length, raw, gzip, html: Buffer.byteLength(html), htmlGzip: gzipSync(html).length, inlineScript: inline };
}

async function htmlSize(base: string, pathname: string) {
  const html = await (await fetch(base + pathname)).text();
  return { bytes: Buffer.byteLength(html), gzip: gzipSync(html).length };
}

// ── Data ───────────────────────────────────────────────────────────────────────────────────────

/** A drawn lottery frame with `n` applicants, inserted straight into the database (not measured). */
async function drawnFrame(organizerEmail: string, groupId: string, n: number) {
  const { db } = await import("../lib/db");
  const { commitDraw } = await import("../lib/lottery/service");
  const owner = await db().user.findUniqueOrThrow({ where: { email: organizerEmail } });
  const { frameId } = await closedLotteryFrame(owner.id, groupId, n, "Drawn Meetup");
  await commitDraw(frameId);
  return frameId;
}

type DrawResult = { database: string; applicants: number; drawSeconds: number };

function runDrawBench(databaseUrl: string): DrawResult {
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "bench/draw.ts", "--json", "--draw", String(DRAW), "--database-url", databaseUrl], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (r.status !== 0) throw new Error(`bench/draw.ts failed on ${databaseUrl}`);
  const result = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as DrawResult;
  console.log(`  draw of ${result.applicants} applications on ${result.database}: ${result.drawSeconds.toFixed(2)} s (the draw transaction)`);
  return result;
}

// ── Report ─────────────────────────────────────────────────────────────────────────────────────

const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

function report(r: {
  started: Date;
  pages: Load[];
  bare: { page?: Load; route?: Load };
  size?: Awaited<ReturnType<typeof firstLoadJs>> & { bareGzip: number; draw?: { bytes: number; gzip: number } };
  rushes: RushResult[];
  draws: DrawResult[];
  rss: { max: number; rounds: { after: string; rss: number }[] };
}) {
  const barePage = r.bare.page?.rps;
  const ratio = (x: number) => (barePage ? (x / barePage).toFixed(2) : "—");
  const rows: string[] = ["| what | req/s | p50 | p99 | ratio to the bare page |", "| --- | --- | --- | --- | --- |"];
  for (const l of r.pages) rows.push(`| ${l.name} | ${fmt(l.rps)} | ${l.p50} ms | ${l.p99} ms | ${ratio(l.rps)} |`);
  for (const x of r.rushes)
    rows.push(
      `| application rush, ${x.users} people, ${x.concurrency >= x.users ? "all at once" : `${x.concurrency} in flight`} | ${fmt(x.rps)} | ${fmt(x.p50)} ms | ${fmt(x.p99)} ms | ${ratio(x.rps)} (lost ${x.lost}; ${Object.entries(x.byStatus).map(([s, n]) => `${fmt(n)} × ${s}`).join(", ")}) |`,
    );
  const other: string[] = [];
  for (const d of r.draws) other.push(`| ${fmt(d.applicants)}-application draw, ${d.database === "sqlite" ? "SQLite" : "PostgreSQL"} (the draw transaction) | ${d.drawSeconds.toFixed(2)} s |`);
  if (r.size) {
    other.push(`| first-load JavaScript, anonymous event page (${r.size.scripts} scripts) | ${kb(r.size.gzip)} gzip (${kb(r.size.raw)} raw); the bare page ${kb(r.size.bareGzip)} gzip, ratio ${(r.size.gzip / r.size.bareGzip).toFixed(2)} |`);
    other.push(`| HTML of the anonymous event page | ${kb(r.size.html)} (${kb(r.size.htmlGzip)} gzip; inline scripts ${kb(r.size.inlineScript)}) |`);
    if (r.size.draw) other.push(`| HTML of the draw page, 2,000 applicants | ${kb(r.size.draw.bytes)} (${kb(r.size.draw.gzip)} gzip) |`);
  }
  if (r.rss.max) other.push(`| Hako server's resident size, highest sample | ${mb(r.rss.max)} (after each round: ${r.rss.rounds.map((x) => `${x.after} ${mb(x.rss)}`).join(", ")}) |`);
  return [
    `Run of ${r.started.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machineLine()}; ${CONNECTIONS} connections, ${DURATION} s per page (autocannon, on the same machine as the servers).`,
    "",
    ...rows,
    "",
    "| what | figure |",
    "| --- | --- |",
    ...other,
  ].join("\n");
}

// ── Main ───────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const started = new Date();
  console.log(`npm run bench: ${[...only].join(", ")}; ${machineLine()}\n`);
  const out: Parameters<typeof report>[0] = { started, pages: [], bare: {}, rushes: [], draws: [], rss: { max: 0, rounds: [] } };
  let bare: ChildProcess | undefined;
  let hako: ChildProcess | undefined;
  let sampler: NodeJS.Timeout | undefined;
  const round = (after: string) => {
    if (hako?.pid) out.rss.rounds.push({ after, rss: largestRss(hako.pid) });
  };
  try {
    if (only.has("pages") || only.has("size") || only.has("rush")) {
      mkdirSync(path.join(root, "data/bench"), { recursive: true });
      await freshDatabase(DATABASE_URL);
      hako = await startHako(HAKO_PORT, DATABASE_URL);
      sampler = setInterval(() => {
        if (hako?.pid) out.rss.max = Math.max(out.rss.max, largestRss(hako.pid));
      }, 250);
      const base = `http://127.0.0.1:${HAKO_PORT}`;
      const tag = Date.now().toString(36);
      const { organizer, email, groupId } = await organizerWithGroup(base, tag);
      const page = await lotteryEvent(organizer, groupId, `CoreOS Meetup Tokyo #${tag}`);
      const attendee = new Session(base);
      await attendee.signIn(`bench-attendee-${tag}@example.com`);
      await attendee.ok("POST", `/api/v1/events/${page.eventId}/registrations`, { frameId: page.frameId });
      const drawFrame = only.has("pages") || only.has("size") ? await drawnFrame(email, groupId, 2000) : null;
      round("start");

      if (only.has("pages")) {
        bare = await startBare();
        const bareBase = `http://127.0.0.1:${BARE_PORT}`;
        console.log("\npages (autocannon):");
        out.bare.page = await load("bare Next.js: dynamic page", `${bareBase}/`);
        out.bare.route = await load("bare Next.js: JSON route handler", `${bareBase}/api/hello`);
        out.pages.push(out.bare.page, out.bare.route);
        stop(bare);
        bare = undefined;
        out.pages.push(await load("Hako: event page, anonymous", `${base}/events/${page.eventId}`));
        round("event page");
        out.pages.push(await load("Hako: home, anonymous", `${base}/`));
        round("home");
        out.pages.push(await load("Hako: event page, signed in", `${base}/events/${page.eventId}`, { cookie: attendee.cookie() }));
        round("signed-in page");
        out.pages.push(await load("Hako: draw page, 2,000 applicants", `${base}/frames/${drawFrame}/draw`));
        round("draw page");
      }
      if (only.has("size")) {
        const size = await firstLoadJs(base, `/events/${page.eventId}`);
        // The bare page's scripts, measured the same way: the framework's own floor.
        bare = await startBare();
        const bareSize = await firstLoadJs(`http://127.0.0.1:${BARE_PORT}`, "/");
        stop(bare);
        bare = undefined;
        out.size = { ...size, bareGzip: bareSize.gzip, draw: drawFrame ? await htmlSize(base, `/frames/${drawFrame}/draw`) : undefined };
        console.log(`\nfirst-load JS of the anonymous event page: ${size.scripts} scripts, ${kb(size.gzip)} gzip (${kb(size.raw)} raw; the bare page: ${kb(bareSize.gzip)} gzip); HTML ${kb(size.html)}`);
        if (out.size.draw) console.log(`draw page HTML, 2,000 applicants: ${kb(out.size.draw.bytes)} (${kb(out.size.draw.gzip)} gzip)`);
      }
      if (only.has("rush")) {
        console.log(`\nsigning in ${USERS} people (not measured)…`);
        const people = await signInPeople(base, tag, USERS);
        for (const concurrency of [50, USERS]) {
          const ev = await lotteryEvent(organizer, groupId, `Signup Rush ${tag} ${concurrency}`);
          const r = await rush(people, ev.eventId, ev.frameId, concurrency);
          console.log(`\n${rushLines(r).join("\n")}`);
          out.rushes.push(r);
          round(concurrency >= USERS ? "rush at once" : "rush 50");
        }
      }
      clearInterval(sampler);
      console.log(`\nHako server resident size: highest ${mb(out.rss.max)}; ${out.rss.rounds.map((x) => `${x.after} ${mb(x.rss)}`).join(", ")}`);
      stop(hako);
      hako = undefined;
    }
    if (only.has("draw") && DRAW > 0) {
      console.log("\ndraw:");
      out.draws.push(runDrawBench("file:./data/bench/draw.db"));
      if (args["database-url"]) out.draws.push(runDrawBench(args["database-url"]));
    }
  } finally {
    if (sampler) clearInterval(sampler);
    stop(bare);
    stop(hako);
  }
  const table = report(out);
  console.log(`\n${table}\n`);
  if (write) {
    const file = path.join(root, "docs/benchmarks.md");
    const doc = readFileSync(file, "utf8");
    const start = "<!-- bench:results -->";
    const end = "<!-- /bench:results -->";
    const block = `${start}\n${table}\n${end}`;
    writeFileSync(file, doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n## Latest \`npm run bench\`\n\n${block}\n`);
    console.log("written to docs/benchmarks.md");
  }
  const lost = out.rushes.some((r) => r.lost > 0 || r.stored !== r.acknowledged);
  if (lost) console.error("FAILED: acknowledged applications are missing from the database");
  process.exit(lost ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error("npm run bench failed:", e);
  process.exit(1);
});
