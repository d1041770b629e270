// The 100,000-application draw on its own (a child process of `npm run bench`, or by hand):
//
//   npx tsx bench/draw.ts [--draw 100000] [--database-url URL] [--mail] [--json]
//
// Makes a fresh database (the SQLite file data/bench/draw.db, or the PostgreSQL database the URL
// names, dropped and created again), inserts --draw applicants straight into it (users and
// registrations, not measured) for a lottery frame whose applications have closed, then times
// commitDraw (the draw transaction: claim, HMAC order, the draw entries, everyone confirmed or
// waitlisted, the frame log). With --mail it also times the result mail written after it.
import { randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase } from "../scripts/fresh-database";
import { closedLotteryFrame } from "./support";

const root = path.resolve(import.meta.dirname, "..");
const { values: args } = parseArgs({
  options: {
    draw: { type: "string", default: "100000" },
    "database-url": { type: "string", default: "file:./data/bench/draw.db" },
    mail: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
  },
});
const N = Number(args.draw);
const DATABASE_URL = args["database-url"]!;

process.chdir(root);
process.env.DATABASE_URL = DATABASE_URL;
process.env.NEXTAUTH_URL ??= "http://127.0.0.1";
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("base64url");

async function main() {
  if (DATABASE_URL.startsWith("file:")) mkdirSync(path.dirname(DATABASE_URL.slice("file:".length)), { recursive: true });
  await freshDatabase(DATABASE_URL);
  const { migrate } = await import("../lib/db-migrate");
  await migrate(DATABASE_URL);
  const { db } = await import("../lib/db");
  const { createGroup } = await import("../lib/groups/service");
  const { groupInput } = await import("../lib/groups/schema");
  const { commitDraw } = await import("../lib/lottery/service");
  const { enqueueResultMail } = await import("../lib/lottery/result-mail/service");

  const tag = Date.now().toString(36);
  const owner = await db().user.create({ data: { email: `draw-organizer-${tag}@example.com`, name: "Organizer" } });
  const group = await createGroup({ userId: owner.id }, groupInput.parse({ slug: `draw-${tag}`, name: `Draw ${tag}` }));
  let t = performance.now();
  const frame = { id: (await closedLotteryFrame(owner.id, group.id, N, "Big Lottery")).frameId };
  const insertSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const result = await commitDraw(frame.id);
  const drawSeconds = (performance.now() - t) / 1000;
  let mailSeconds: number | null = null;
  if (args.mail) {
    t = performance.now();
    await enqueueResultMail(frame.id);
    mailSeconds = (performance.now() - t) / 1000;
  }
  const confirmed = await db().registration.count({ where: { frameId: frame.id, status: "CONFIRMED" } });
  const waitlisted = await db().registration.count({ where: { frameId: frame.id, status: "WAITLISTED" } });
  if (confirmed !== Math.min(100, N) || waitlisted !== Math.max(0, N - 100)) throw new Error(`the draw placed ${confirmed} confirmed and ${waitlisted} waitlisted`);
  const out = { database: DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql", applicants: result.total, insertSeconds, drawSeconds, mailSeconds };
  if (args.json) console.log(JSON.stringify(out));
  else
    console.log(
      [
        `draw: ${N} applications, 100 seats, ${out.database} (inserted in ${insertSeconds.toFixed(1)} s, not measured)`,
        `  draw transaction   ${drawSeconds.toFixed(2)} s`,
        ...(mailSeconds === null ? [] : [`  result mail        ${mailSeconds.toFixed(2)} s`]),
      ].join("\n"),
    );
  await db().$disconnect();
}

main().catch((e: unknown) => {
  console.error("bench/draw failed:", e);
  process.exit(1);
});
