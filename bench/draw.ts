// The 100,000-application draw on its own (a child process of `npm run bench`, or by hand):
//
//   npx tsx bench/draw.ts [--draw 100000] [--database-url URL] [--mail] [--json]
//
// Makes a fresh database (the SQLite file data/bench/draw.db, or the PostgreSQL database the URL
// names, dropped and created again), inserts --draw applicants straight into it (users and
// registrations, not measured) for a lottery frame whose applications have closed, then times
// commitDraw (the draw transaction: claim, HMAC order, the draw entries, everyone confirmed or
// waitlisted, the frame log). With --mail it also times the result mail written after it.
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { freshDatabase } from "../scripts/fresh-database";

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
  const { createEvent, publishEvent } = await import("../lib/events/service");
  const { eventCreateInput } = await import("../lib/events/schema");
  const { createFrame } = await import("../lib/frames/service");
  const { frameCreateInput } = await import("../lib/registrations/schema");
  const { newPublicId } = await import("../lib/registrations/service");
  const { commitDraw } = await import("../lib/lottery/service");
  const { enqueueResultMail } = await import("../lib/lottery/result-mail/service");

  const tag = Date.now().toString(36);
  const owner = await db().user.create({ data: { email: `draw-organizer-${tag}@example.com`, name: "Organizer" } });
  const actor = { userId: owner.id };
  const group = await createGroup(actor, groupInput.parse({ slug: `draw-${tag}`, name: `Draw ${tag}` }));
  const event = await createEvent(actor, eventCreateInput.parse({ groupId: group.id, title: "Big Lottery", startsAt: "2031-10-01T19:00", endsAt: "2031-10-01T21:00" }));
  await publishEvent(actor, event.id);
  const now = Date.now();
  const frame = await createFrame(
    actor,
    event.id,
    frameCreateInput.parse({ name: "抽選枠", capacity: 100, method: "LOTTERY", opensAt: new Date(now - 7_200_000).toISOString(), closesAt: new Date(now - 3_600_000).toISOString() }),
  );

  let t = performance.now();
  const CHUNK = 5000;
  for (let from = 0; from < N; from += CHUNK) {
    const n = Math.min(CHUNK, N - from);
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
  await db().event.update({ where: { id: event.id }, data: { receiptSeq: N } });
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
