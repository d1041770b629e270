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
// Then (bench/draw.ts, after the server stopped) it inserts --draw applicants straight into a
// fresh database and times the draw: the draw transaction, then the result mail, timed apart.
// `npm run bench` measures the same and more, side by side with a bare Next.js app.
// The server and .next are shared with the end-to-end tests: the whole run holds their lock.
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase } from "../scripts/fresh-database";
import { lotteryEvent, machineLine, organizerWithGroup, root, rush, rushLines, signInPeople, startHako } from "./support";

const LOCK = "/tmp/hako-e2e.lock";

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

async function main() {
  if (DATABASE_URL.startsWith("file:")) mkdirSync(path.dirname(DATABASE_URL.slice("file:".length)), { recursive: true });
  await freshDatabase(DATABASE_URL);
  const port = Number(process.env.PORT) || (await freePort());
  const server = await startHako(port, DATABASE_URL);
  let failed = false;
  try {
    const base = `http://127.0.0.1:${port}`;
    console.log(`\ndate:      ${new Date().toISOString()}\nmachine:   ${machineLine()}\ndatabase:  ${DATABASE_URL.startsWith("file:") ? "SQLite" : "PostgreSQL"}\n`);
    const tag = Date.now().toString(36);
    const { organizer, groupId } = await organizerWithGroup(base, tag);
    const { eventId, frameId } = await lotteryEvent(organizer, groupId, `Signup Rush ${tag}`);
    const t = performance.now();
    const people = await signInPeople(base, tag, USERS);
    console.log(`signed in ${USERS} people in ${((performance.now() - t) / 1000).toFixed(1)} s (20 at a time; not measured below)\n`);
    const r = await rush(people, eventId, frameId, CONCURRENCY);
    console.log(rushLines(r).join("\n"));
    failed = r.lost > 0 || r.stored !== r.acknowledged;
  } finally {
    server.kill("SIGTERM");
  }
  if (failed) {
    console.error("\nFAILED: acknowledged applications are missing from the database");
    process.exit(1);
  }
  if (DRAW > 0) {
    const drawUrl = DATABASE_URL.startsWith("file:") ? "file:./data/bench/draw.db" : DATABASE_URL;
    const r = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "bench/draw.ts", "--draw", String(DRAW), "--database-url", drawUrl, "--mail"], { stdio: "inherit", cwd: root });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error("bench:rush failed:", e);
  process.exit(1);
});
