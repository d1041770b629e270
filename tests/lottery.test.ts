// The lottery end to end through the services: 350 applicants for 100 seats (CoreOS Meetup
// Tokyo #1), drawn once at the deadline, verifiable from the public record alone.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { verifyDraw } from "@/lib/lottery/algorithm";
import { nominate } from "@/lib/frames/service";
import { publicDraw } from "@/lib/lottery/data";
import { closeDueLotteries, drawByOrganizer, runDraw, runDueDraws } from "@/lib/lottery/service";
import { apply, cancel } from "@/lib/registrations/service";
import { runJobsOnce } from "@/lib/jobs/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const HOUR = 3600_000;

async function lotteryWith(applicants: number, capacity: number) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  const opens = new Date(Date.now() - 2 * HOUR);
  const closes = new Date(Date.now() + HOUR);
  const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity, opensAt: opens.toISOString(), closesAt: closes.toISOString() });
  const people = [];
  for (let i = 0; i < applicants; i++) people.push(await makeUser("applicant"));
  const regs = [];
  for (const p of people) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  return { owner, event, frame, people, regs, closes };
}

describe("the lottery", () => {
  it("publishes a commitment at creation and keeps the seed secret until the draw", async () => {
    const { frame } = await lotteryWith(3, 2);
    expect(frame.commitment).toMatch(/^[0-9a-f]{64}$/);
    const before = await publicDraw(frame.id);
    expect(before).toMatchObject({ commitment: frame.commitment, seed: null, order: [], applicantsDigest: null });
  });

  it("draws 100 of 350 at the deadline, once, in an order anyone can recompute", async () => {
    const { frame, regs, closes, people } = await lotteryWith(350, 100);
    expect(regs.every((r) => r.status === "APPLIED" && r.waitlistPosition === null)).toBe(true);

    // Not due yet: the scheduler leaves it alone (other tests' frames may be due by then).
    await runDueDraws(new Date(closes.getTime() - 1000));
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).drawState).toBe("PENDING");
    // After the close the list is frozen; the jobs tick stores its digest, count and time once.
    expect((await publicDraw(frame.id, new Date(closes.getTime() + 1))).applicantsDigest).toBeNull();
    // Other tests' frames may be due at that time too: count this frame's close only.
    expect((await closeDueLotteries(new Date(closes.getTime() + 1))).closed).toBeGreaterThanOrEqual(1);
    await closeDueLotteries(new Date(closes.getTime() + 2));
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).closedAt).toEqual(new Date(closes.getTime() + 1));
    const frozen = await publicDraw(frame.id, new Date(closes.getTime() + 1));
    expect(frozen).toMatchObject({ status: "closed", applicantsCount: 350, closedAt: new Date(closes.getTime() + 1) });
    expect(frozen.applicantsDigest).toMatch(/^[0-9a-f]{64}$/);
    await expect(cancel(people[0]!, regs[0]!.id, new Date(closes.getTime() + 1))).rejects.toMatchObject({ code: "LOTTERY_FROZEN" });

    // Two triggers race at the deadline: one draws, the other finds it drawn.
    const at = new Date(closes.getTime() + 1000);
    const results = await Promise.allSettled([runDraw(frame.id, at), runDraw(frame.id, at), runDraw(frame.id, at)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "ALREADY_DRAWN" });
    expect(await db().drawEntry.count({ where: { frameId: frame.id } })).toBe(350);

    const stored = await db().registration.findMany({ where: { frameId: frame.id } });
    const confirmed = stored.filter((r) => r.status === "CONFIRMED");
    const waitlisted = stored.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    expect(confirmed).toHaveLength(100);
    expect(confirmed.every((r) => r.confirmedAt instanceof Date)).toBe(true);
    expect(waitlisted.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));

    const published = await publicDraw(frame.id);
    expect(published.seed).toMatch(/^[0-9a-f]{64}$/);
    expect(published.order).toHaveLength(350);
    expect(new Set(published.order.slice(0, 100))).toEqual(new Set(confirmed.map((r) => r.publicId)));
    expect(published.order.slice(100)).toEqual(waitlisted.map((r) => r.publicId));
    expect(published.applicantsDigest).toBe(frozen.applicantsDigest);
    const verification = await verifyDraw(published);
    expect(verification.ok).toBe(true);
    // A tampered order does not verify.
    const swapped = [...published.order];
    [swapped[0], swapped[200]] = [swapped[200]!, swapped[0]!];
    expect((await verifyDraw({ ...published, order: swapped })).ok).toBe(false);

    // Everyone is told, in their language.
    expect(await db().outboxMail.count({ where: { kind: "registration.won", to: { in: people.map((p) => p.email) } } })).toBe(100);
    expect(await db().outboxMail.count({ where: { kind: "registration.lost", to: { in: people.map((p) => p.email) } } })).toBe(250);
  }, 60_000);

  it("moves the waitlist when a winner cancels after the draw", async () => {
    const { frame, regs, closes, people } = await lotteryWith(5, 2);
    await runDraw(frame.id, new Date(closes.getTime() + 1));
    const order = (await publicDraw(frame.id)).order;
    const winner = regs.find((r) => r.publicId === order[0])!;
    const firstWaiting = regs.find((r) => r.publicId === order[2])!;
    await cancel(people[regs.indexOf(winner)]!, winner.id);
    const promoted = await db().registration.findUniqueOrThrow({ where: { id: firstWaiting.id } });
    expect(promoted.status).toBe("CONFIRMED");
    const rest = await db().registration.findMany({ where: { frameId: frame.id, status: "WAITLISTED" }, orderBy: { waitlistPosition: "asc" } });
    expect(rest.map((r) => [r.publicId, r.waitlistPosition])).toEqual([
      [order[3], 1],
      [order[4], 2],
    ]);
  });

  it("puts nominated applicants first, in nomination order", async () => {
    const { owner, frame, regs, closes } = await lotteryWith(6, 2);
    const picks = [regs[4]!.publicId, regs[1]!.publicId];
    await nominate(owner, frame.id, picks);
    await runDraw(frame.id, new Date(closes.getTime() + 1));
    const d = await publicDraw(frame.id);
    expect(d.order.slice(0, 2)).toEqual(picks);
    expect(d.nominated).toEqual(picks);
    expect((await verifyDraw(d)).ok).toBe(true);
    const entries = await db().drawEntry.findMany({ where: { frameId: frame.id }, orderBy: { position: "asc" } });
    expect(entries.map((e) => [e.position, e.publicId, e.nominated])).toEqual(d.order.map((id, i) => [i + 1, id, i < 2]));
  });

  it("refuses an organizer's draw before the close, twice, and from outsiders", async () => {
    const { owner, frame, closes } = await lotteryWith(2, 1);
    await expect(drawByOrganizer(owner, frame.id)).rejects.toMatchObject({ code: "DRAW_TOO_EARLY" });
    const outsider = await makeUser();
    await expect(drawByOrganizer(outsider, frame.id, new Date(closes.getTime() + 1))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await drawByOrganizer(owner, frame.id, new Date(closes.getTime() + 1));
    await expect(drawByOrganizer(owner, frame.id, new Date(closes.getTime() + 2))).rejects.toMatchObject({ code: "ALREADY_DRAWN" });
  });

  it("gives the connection back as it was after a draw and after a refused draw", async () => {
    // SQLite: the draw's larger page cache is per connection; PostgreSQL: the join setting is per
    // transaction. Either left behind would change every later query of this process.
    const setting = async () =>
      dbProvider() === "sqlite"
        ? Number((await db().$queryRawUnsafe<{ cache_size: number | bigint }[]>("PRAGMA cache_size"))[0]!.cache_size)
        : (await db().$queryRawUnsafe<{ enable_nestloop: string }[]>("SHOW enable_nestloop"))[0]!.enable_nestloop;
    const before = await setting();
    const { frame, closes } = await lotteryWith(3, 1);
    await runDraw(frame.id, new Date(closes.getTime() + 1));
    expect(await setting()).toEqual(before);
    await expect(runDraw(frame.id, new Date(closes.getTime() + 2))).rejects.toMatchObject({ code: "ALREADY_DRAWN" });
    expect(await setting()).toEqual(before);
    // Draws of two frames at once (and a third trigger of one of them) leave it as before too.
    const a = await lotteryWith(3, 1);
    const b = await lotteryWith(3, 1);
    const at = new Date(Math.max(a.closes.getTime(), b.closes.getTime()) + 1);
    await Promise.allSettled([runDraw(a.frame.id, at), runDraw(b.frame.id, at), runDraw(a.frame.id, at)]);
    expect(await setting()).toEqual(before);
  });

  it("is drawn by the jobs tick when due", async () => {
    const { frame, closes } = await lotteryWith(3, 1);
    const r = await runJobsOnce(new Date(closes.getTime() + 5000));
    expect(r.draws?.drawn).toBeGreaterThanOrEqual(1);
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).drawState).toBe("DRAWN");
  });
});

describe("the result mail", () => {
  it("is written once, by the trigger or by the next jobs tick", async () => {
    const { frame, closes, people } = await lotteryWith(4, 2);
    const { commitDraw } = await import("@/lib/lottery/service");
    const { enqueueResultMail, mailDrawResults } = await import("@/lib/lottery/result-mail/service");
    await commitDraw(frame.id, new Date(closes.getTime() + 1));
    // The process stopped before writing the mail: the tick writes it, once.
    await mailDrawResults();
    await mailDrawResults();
    await enqueueResultMail(frame.id);
    const kinds = await db().outboxMail.findMany({ where: { to: { in: people.map((p) => p.email) } }, select: { kind: true } });
    expect(kinds.filter((k) => k.kind === "registration.won")).toHaveLength(2);
    expect(kinds.filter((k) => k.kind === "registration.lost")).toHaveLength(2);
  });

  it("is finished by the jobs tick when its writer stopped half-way, and nobody gets a result twice", async () => {
    const { frame, closes, people } = await lotteryWith(7, 2);
    const { commitDraw } = await import("@/lib/lottery/service");
    const { enqueueResultMail, mailDrawResults, RESULT_MAIL_LEASE_MS } = await import("@/lib/lottery/result-mail/service");
    const drawnAt = new Date(closes.getTime() + 1);
    const at = (ms: number) => new Date(drawnAt.getTime() + ms);
    await commitDraw(frame.id, drawnAt);
    // A writer claims the mail, writes one page of three and stops.
    expect(await enqueueResultMail(frame.id, { now: drawnAt, pageSize: 3, maxPages: 1 })).toEqual({ written: 3, done: false });
    // While its lease runs, nobody else writes.
    expect(await mailDrawResults(at(60_000))).toEqual({ frames: 0 });
    expect(await enqueueResultMail(frame.id, { now: at(60_000) })).toEqual({ written: 0, done: false });
    // Once it has run out, the tick carries on from the fourth position, and then it is done.
    expect(await mailDrawResults(at(RESULT_MAIL_LEASE_MS + 60_000))).toEqual({ frames: 1 });
    expect(await mailDrawResults(at(3 * RESULT_MAIL_LEASE_MS))).toEqual({ frames: 0 });
    const results = (await db().outboxMail.findMany({ where: { to: { in: people.map((p) => p.email) } }, select: { to: true, kind: true } })).filter((m) =>
      ["registration.won", "registration.lost"].includes(m.kind),
    );
    expect(results).toHaveLength(7);
    expect(new Set(results.map((m) => m.to)).size).toBe(7);
    expect(results.filter((m) => m.kind === "registration.won")).toHaveLength(2);
    const after = await db().frame.findUniqueOrThrow({ where: { id: frame.id } });
    expect(after.resultMailThrough).toBe(7);
    expect(after.resultMailDoneAt).not.toBeNull();
  });
});
