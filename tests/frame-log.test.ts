// The frame log under concurrency and tampering, and what the draw page and mails take from the
// draw rather than from today's frame.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { frameLog, publicFrameLog } from "@/lib/frame-log/service";
import { updateFrame } from "@/lib/frames/service";
import { publicDraw } from "@/lib/lottery/data";
import { commitDraw, closeLottery } from "@/lib/lottery/service";
import { enqueueResultMail } from "@/lib/lottery/result-mail/service";
import { verifyLottery } from "@/lib/lottery/verify";
import { apply, cancel } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const HOUR = 3600_000;

async function drawnLottery(applicants: number, capacity: number) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  const closes = new Date(Date.now() + HOUR);
  const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString(), beacon: "none" });
  const people = [];
  for (let i = 0; i < applicants; i++) people.push(await makeUser("applicant"));
  const regs = [];
  for (const p of people) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  await commitDraw(frame.id, new Date(closes.getTime() + 1000));
  const order = (await publicDraw(frame.id)).order;
  return { owner, event, frame, people, regs, order, closes };
}

describe("the frame log", () => {
  it(`stays one unbroken chain when people cancel at once after the draw (${dbProvider()})`, async () => {
    const { frame, people, regs, order } = await drawnLottery(12, 4);
    const byId = new Map(regs.map((r, i) => [r.publicId, { reg: r, person: people[i]! }]));
    // Two winners and three on the waitlist cancel together; each confirmed seat promotes someone.
    const leaving = [order[0]!, order[2]!, order[5]!, order[7]!, order[10]!].map((id) => byId.get(id)!);
    const results = await Promise.allSettled(leaving.map(({ reg, person }) => cancel(person, reg.id)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const log = await frameLog(frame.id);
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    expect(log.filter((e) => e.kind === "cancelled")).toHaveLength(5);
    // Who is promoted depends on the order the cancellations ran in; every freed seat is refilled.
    const freed = log.filter((e) => e.kind === "cancelled" && e.data.from === "confirmed").length;
    expect(freed).toBeGreaterThanOrEqual(2);
    expect(log.filter((e) => e.kind === "promoted")).toHaveLength(freed);
    const v = await verifyLottery(await publicDraw(frame.id), log);
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
    // The database agrees with the log: the promoted are confirmed, the waitlist has no gaps.
    const waiting = await db().registration.findMany({ where: { frameId: frame.id, status: "WAITLISTED" }, orderBy: { waitlistPosition: "asc" } });
    expect(waiting.map((r) => r.waitlistPosition)).toEqual(waiting.map((_, i) => i + 1));
    expect(await db().registration.count({ where: { frameId: frame.id, status: "CONFIRMED" } })).toBe(4);
  });

  it("names the first broken entry when an entry is altered in the database", async () => {
    const { frame, people, regs, order } = await drawnLottery(5, 2);
    const winner = regs.find((r) => r.publicId === order[0])!;
    await cancel(people[regs.indexOf(winner)]!, winner.id);
    const before = await publicFrameLog(frame.id);
    expect(before.entries.map((e) => e.kind)).toEqual(["created", "closed", "drawn", "cancelled", "promoted"]);
    // Someone edits the promotion to favour another waiting person.
    await db().frameLogEntry.update({ where: { frameId_seq: { frameId: frame.id, seq: 5 } }, data: { data: JSON.stringify({ publicId: order[4] }) } });
    const v = await verifyLottery(await publicDraw(frame.id), (await publicFrameLog(frame.id)).entries);
    expect(v.ok).toBe(false);
    expect(v.checks.find((c) => c.name === "logChain")).toEqual({ name: "logChain", ok: false, detail: "entry 5: hash" });
  });

  it("keeps the draw's capacity on the page and in the mail when the capacity changes later", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
    const closes = new Date(Date.now() + HOUR);
    const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 3, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString() });
    const people = [];
    for (let i = 0; i < 5; i++) people.push(await makeUser("applicant"));
    for (const p of people) await apply(p, event.id, { frameId: frame.id, answers: {} });
    expect(await closeLottery(frame.id, new Date(closes.getTime() + 1))).toBe(true);
    await commitDraw(frame.id, new Date(closes.getTime() + 2));
    // Lowered after the draw, before the result mail is written.
    await updateFrame(owner, frame.id, { capacity: 1 });
    await enqueueResultMail(frame.id);
    expect((await publicDraw(frame.id)).capacity).toBe(3);
    expect(await db().outboxMail.count({ where: { kind: "registration.won", to: { in: people.map((p) => p.email) } } })).toBe(3);
    expect((await frameLog(frame.id)).at(-1)).toMatchObject({ kind: "changed", actor: "organizer", data: { capacity: 1 } });
  });

  it("refuses an application that waited for the lock while the close was recorded", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
    const closes = new Date(Date.now() + HOUR);
    const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 3, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString() });
    await closeLottery(frame.id, new Date(closes.getTime() + 1));
    const late = await makeUser("late");
    await expect(apply(late, event.id, { frameId: frame.id, answers: {} }, new Date(closes.getTime() - 1))).rejects.toMatchObject({ code: "APPLICATIONS_CLOSED" });
  });
});
