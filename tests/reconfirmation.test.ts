// Reconfirmation (参加確認): asking, answering through the mail's links, the deadline's release or
// reminder, the organizers' numbers, and links that must not work — against a real database.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { frameLog } from "@/lib/frame-log/service";
import { updateFrame } from "@/lib/frames/service";
import { publicDraw } from "@/lib/lottery/data";
import { commitDraw } from "@/lib/lottery/service";
import { verifyLottery } from "@/lib/lottery/verify";
import { runJobsOnce } from "@/lib/jobs/service";
import { answerAsOwner, answerByToken, askReconfirmations, closeReconfirmations, reconfirmationByToken, reconfirmationOverview } from "@/lib/reconfirmation/service";
import { apply, checkIn } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const HOUR = 3600_000;
// The event starts 2031-05-20 19:00 JST; the frame asks from 3 days to 1 day before (05-19 19:00).
const FROM = new Date("2031-05-17T19:00:00+09:00");
const DURING = new Date("2031-05-18T12:00:00+09:00");
const AFTER = new Date("2031-05-19T19:00:01+09:00");

async function setup(opts: { capacity?: number; people?: number; policy?: "RELEASE" | "REMIND" } = {}) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, {
    capacity: opts.capacity ?? 2,
    reconfirmFrom: "2031-05-17T19:00",
    reconfirmUntil: "2031-05-19T19:00",
    reconfirmPolicy: opts.policy ?? "RELEASE",
  });
  const people = [];
  const regs = [];
  for (let i = 0; i < (opts.people ?? 4); i++) {
    const p = await makeUser("attendee");
    people.push(p);
    regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  }
  return { owner, event, frame, people, regs };
}

/** The token of the mail sent to this address (the secret is only in the mail). */
async function tokenOf(email: string) {
  const mail = await db().outboxMail.findFirst({ where: { to: email, kind: "registration.reconfirmAsk" }, orderBy: { createdAt: "desc" } });
  const m = mail?.text.match(/\/reconfirm\/([A-Za-z0-9_-]{32})\?answer=yes/);
  if (!m) throw new Error(`no reconfirmation mail to ${email}`);
  return m[1]!;
}

const state = (id: string) => db().registration.findUniqueOrThrow({ where: { id } });

async function expectCode(p: Promise<unknown>, code: string) {
  await expect(p).rejects.toMatchObject({ code });
}

describe(`reconfirmation (${dbProvider()})`, () => {
  it("asks each confirmed person once inside the window, with both links, and nobody before it", async () => {
    const { frame, people, regs } = await setup();
    expect((await askReconfirmations(new Date(FROM.getTime() - 1000))).asked).toBe(0);
    expect((await askReconfirmations(DURING)).asked).toBe(2);
    expect((await askReconfirmations(DURING)).asked).toBe(0);
    const mails = await db().outboxMail.findMany({ where: { kind: "registration.reconfirmAsk", to: { in: people.map((p) => p.email) } } });
    expect(mails.map((m) => m.to).sort()).toEqual([people[0]!.email, people[1]!.email].sort());
    const token = await tokenOf(people[0]!.email);
    expect(mails.find((m) => m.to === people[0]!.email)!.text).toContain(`/reconfirm/${token}?answer=no`);
    // Only the hash is stored, never the secret that is in the mail.
    const stored = await state(regs[0]!.id);
    expect(stored.reconfirmation).toBe("PENDING");
    expect(stored.reconfirmTokenHash).not.toContain(token);
    expect(JSON.stringify(await db().registration.findMany({ where: { frameId: frame.id } }))).not.toContain(token);
    // The waitlisted are not asked.
    expect((await state(regs[2]!.id)).reconfirmation).toBeNull();
  });

  it("does not ask people whose seat came inside the window", async () => {
    const { event, frame, people } = await setup({ capacity: 3, people: 2 });
    // A seat taken after the window opened is fresh (the frame is first come, so the clock decides).
    await db().registration.updateMany({ where: { userId: people[1]!.userId }, data: { confirmedAt: new Date(FROM.getTime() + 1000) } });
    expect((await askReconfirmations(DURING)).asked).toBe(1);
    expect(await db().registration.count({ where: { frameId: frame.id, eventId: event.id, reconfirmation: "PENDING" } })).toBe(1);
  });

  it("shows the question on GET without changing anything, and keeps the seat on 'still coming'", async () => {
    const { people, regs } = await setup();
    await askReconfirmations(DURING);
    const token = await tokenOf(people[0]!.email);
    const v = await reconfirmationByToken(token, DURING);
    expect(v).toMatchObject({ registrationId: regs[0]!.id, state: "PENDING", answerable: "open", receiptNumber: 1 });
    expect((await state(regs[0]!.id)).reconfirmation).toBe("PENDING");
    const after = await answerByToken(token, true, DURING);
    expect(after).toMatchObject({ state: "CONFIRMED", answerable: "answered" });
    const r = await state(regs[0]!.id);
    expect([r.status, r.reconfirmation]).toEqual(["CONFIRMED", "CONFIRMED"]);
    expect(r.reconfirmAnsweredAt?.toISOString()).toBe(DURING.toISOString());
  });

  it("cancels on 'can't come' and promotes the first waitlisted person at once", async () => {
    const { people, regs } = await setup();
    await askReconfirmations(DURING);
    await answerByToken(await tokenOf(people[1]!.email), false, DURING);
    const [gone, first, second] = await Promise.all([state(regs[1]!.id), state(regs[2]!.id), state(regs[3]!.id)]);
    expect([gone.status, gone.reconfirmation, gone.activeKey]).toEqual(["CANCELLED", "DECLINED", null]);
    expect([first.status, first.waitlistPosition]).toEqual(["CONFIRMED", null]);
    expect([second.status, second.waitlistPosition]).toEqual(["WAITLISTED", 1]);
    expect(await db().outboxMail.count({ where: { to: people[1]!.email, kind: "registration.cancelled" } })).toBe(1);
    expect(await db().outboxMail.count({ where: { to: people[2]!.email, kind: "registration.promoted" } })).toBe(1);
  });

  it("lets 'can't come' through after the frame's cancellation deadline (the organizers asked)", async () => {
    const { owner, frame, people, regs } = await setup();
    await updateFrame(owner, frame.id, { cancelDeadline: "2031-05-17T00:00" });
    await askReconfirmations(DURING);
    await answerByToken(await tokenOf(people[0]!.email), false, DURING);
    expect((await state(regs[0]!.id)).status).toBe("CANCELLED");
  });

  it("refuses malformed, unknown, reused, late and foreign links, and changes nothing", async () => {
    const { people, regs } = await setup();
    await askReconfirmations(DURING);
    const token = await tokenOf(people[0]!.email);
    const other = await tokenOf(people[1]!.email);
    await expectCode(reconfirmationByToken("short", DURING), "NOT_FOUND");
    await expectCode(answerByToken("../../etc/passwd", false, DURING), "NOT_FOUND");
    // Well-formed but never issued: 192 random bits are not guessed.
    await expectCode(answerByToken("A".repeat(32), false, DURING), "NOT_FOUND");
    // One character changed is another token.
    const flipped = (token[0] === "A" ? "B" : "A") + token.slice(1);
    await expectCode(answerByToken(flipped, false, DURING), "NOT_FOUND");
    // After the deadline a link no longer answers.
    await expectCode(answerByToken(token, false, AFTER), "RECONFIRM_CLOSED");
    // A link answers for its own registration only, and only once.
    await answerByToken(token, true, DURING);
    await expectCode(answerByToken(token, false, DURING), "ALREADY_ANSWERED");
    expect((await state(regs[0]!.id)).status).toBe("CONFIRMED");
    expect((await state(regs[1]!.id)).reconfirmation).toBe("PENDING");
    expect((await reconfirmationByToken(other, DURING)).registrationId).toBe(regs[1]!.id);
    // The owner's own answer (ticket page, API) works for the owner only.
    await expectCode(answerAsOwner(people[0]!, regs[1]!.id, false, DURING), "NOT_FOUND");
    await expectCode(answerAsOwner(null, regs[1]!.id, false, DURING), "UNAUTHENTICATED");
    expect((await state(regs[1]!.id)).status).toBe("CONFIRMED");
    await answerAsOwner(people[1]!, regs[1]!.id, true, DURING);
    expect((await state(regs[1]!.id)).reconfirmation).toBe("CONFIRMED");
    // A registration that was never asked has nothing to answer.
    await expectCode(answerAsOwner(people[2]!, regs[2]!.id, true, DURING), "RULE_REFUSED");
  });

  it("releases the unanswered to the end of the waitlist at the deadline, in order, once", async () => {
    const { frame, people, regs } = await setup({ capacity: 3, people: 5 });
    await askReconfirmations(DURING);
    await answerByToken(await tokenOf(people[1]!.email), true, DURING);
    // Other tests' frames share the database and the clock: count this frame's rows, not the totals.
    await closeReconfirmations(AFTER);
    expect((await closeReconfirmations(AFTER)).released).toBe(0);
    const rows = await Promise.all(regs.map((r) => state(r.id)));
    // #2 answered and keeps the seat; #4 and #5 waited and take the two released seats; #1 and
    // #3 did not answer and wait at positions 1 and 2, in receipt order.
    expect(rows.map((r) => [r.status, r.waitlistPosition, r.reconfirmation])).toEqual([
      ["WAITLISTED", 1, "RELEASED"],
      ["CONFIRMED", null, "CONFIRMED"],
      ["WAITLISTED", 2, "RELEASED"],
      ["CONFIRMED", null, null],
      ["CONFIRMED", null, null],
    ]);
    expect(await db().registration.count({ where: { frameId: frame.id, status: "CONFIRMED" } })).toBe(3);
    const released = await db().outboxMail.findMany({ where: { kind: "registration.reconfirmReleased" } });
    expect(released.filter((m) => m.to === people[0]!.email || m.to === people[2]!.email)).toHaveLength(2);
    expect(released.find((m) => m.to === people[2]!.email)!.text).toMatch(/2/);
    // Too late to answer now.
    await expectCode(answerAsOwner(people[0]!, regs[0]!.id, true, AFTER), "RECONFIRM_CLOSED");
  });

  it("gives a released seat back when nobody waits for it", async () => {
    const { people, regs } = await setup({ capacity: 2, people: 2 });
    await askReconfirmations(DURING);
    await closeReconfirmations(AFTER);
    const rows = await Promise.all(regs.map((r) => state(r.id)));
    expect(rows.map((r) => r.status)).toEqual(["CONFIRMED", "CONFIRMED"]);
    // Nobody is told they lost a seat they kept.
    expect(await db().outboxMail.count({ where: { kind: "registration.reconfirmReleased", to: { in: people.map((p) => p.email) } } })).toBe(0);
  });

  it("only reminds under the REMIND policy", async () => {
    const { people, regs } = await setup({ policy: "REMIND" });
    await askReconfirmations(DURING);
    await closeReconfirmations(AFTER);
    const rows = await Promise.all(regs.map((x) => state(x.id)));
    expect(rows.map((x) => x.status)).toEqual(["CONFIRMED", "CONFIRMED", "WAITLISTED", "WAITLISTED"]);
    expect(await db().outboxMail.count({ where: { kind: "registration.reconfirmRemind", to: { in: people.map((p) => p.email) } } })).toBe(2);
    expect(await db().outboxMail.count({ where: { kind: "registration.reconfirmReleased", to: { in: people.map((p) => p.email) } } })).toBe(0);
  });

  it("asks those seated before a window set to open now, in the form's minutes, and not those seated after", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    const frame = await makeFrame(owner, event.id, { capacity: 3 });
    const early = [await makeUser("attendee"), await makeUser("attendee")];
    const regs = [];
    for (const p of early) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
    const seatedAt = (await state(regs[1]!.id)).confirmedAt!;
    // "From now" as the form sends it: the current minute in the event's zone (Asia/Tokyo).
    const thisMinute = new Date(seatedAt.getTime() + 9 * HOUR).toISOString().slice(0, 16);
    await updateFrame(owner, frame.id, { reconfirmFrom: thisMinute, reconfirmUntil: "2031-05-19T19:00" }, new Date(seatedAt.getTime() + 1));
    const opened = (await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).reconfirmFrom!;
    // Saving the form again with the minute it shows changes nothing.
    await updateFrame(owner, frame.id, { reconfirmFrom: thisMinute, reconfirmUntil: "2031-05-19T19:00" }, new Date(seatedAt.getTime() + 120_000));
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).reconfirmFrom).toEqual(opened);
    const late = await makeUser("attendee");
    const lateReg = await apply(late, event.id, { frameId: frame.id, answers: {} });
    await db().registration.update({ where: { id: lateReg.id }, data: { confirmedAt: new Date(opened.getTime() + 1000) } });
    expect((await askReconfirmations(new Date(opened.getTime() + 2000))).asked).toBe(2);
    expect((await Promise.all(regs.map((r) => state(r.id)))).map((r) => r.reconfirmation)).toEqual(["PENDING", "PENDING"]);
    expect((await state(lateReg.id)).reconfirmation).toBeNull();
  });

  it("runs from the jobs tick", async () => {
    const { regs } = await setup();
    await runJobsOnce(DURING);
    expect((await state(regs[0]!.id)).reconfirmation).toBe("PENDING");
    await runJobsOnce(AFTER);
    expect((await state(regs[0]!.id)).status).toBe("WAITLISTED");
  });

  it("logs each release of a drawn lottery, and the log still verifies", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    const closes = new Date(Date.now() + HOUR);
    const frame = await makeFrame(owner, event.id, {
      method: "LOTTERY",
      capacity: 2,
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: closes.toISOString(),
      beacon: "none",
      reconfirmFrom: "2031-05-17T19:00",
      reconfirmUntil: "2031-05-19T19:00",
    });
    const people = [];
    for (let i = 0; i < 4; i++) {
      const p = await makeUser("applicant");
      people.push(p);
      await apply(p, event.id, { frameId: frame.id, answers: {} });
    }
    await commitDraw(frame.id, new Date(closes.getTime() + 1000));
    const draw = await publicDraw(frame.id);
    await askReconfirmations(DURING);
    const winner = await db().registration.findUniqueOrThrow({ where: { publicId: draw.order[0]! }, include: { user: true } });
    await answerByToken(await tokenOf(winner.user.email!), true, DURING);
    await closeReconfirmations(AFTER);
    const log = await frameLog(frame.id);
    const released = log.filter((e) => e.kind === "released");
    expect(released.map((e) => e.data)).toEqual([{ publicId: draw.order[1]!, position: 3 }]);
    expect(log.filter((e) => e.kind === "promoted").map((e) => e.data.publicId)).toEqual([draw.order[2]!]);
    const v = await verifyLottery(await publicDraw(frame.id), log);
    expect(v.checks.filter((c) => !c.ok)).toEqual([]);
  });

  it("refuses windows that end before they start, after the event starts, or open before a lottery's draw", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    await expect(makeFrame(owner, event.id, { reconfirmFrom: "2031-05-19T19:00", reconfirmUntil: "2031-05-18T19:00" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { reconfirmUntil: ["reconfirmUntilBeforeFrom"] } });
    await expect(makeFrame(owner, event.id, { reconfirmFrom: "2031-05-19T19:00", reconfirmUntil: "2031-05-21T19:00" })).rejects.toMatchObject({ fields: { reconfirmUntil: ["reconfirmAfterStart"] } });
    await expect(makeFrame(owner, event.id, { reconfirmFrom: "2031-05-19T19:00" })).rejects.toMatchObject({ fields: { reconfirmUntil: ["required"] } });
    await expect(
      makeFrame(owner, event.id, { method: "LOTTERY", beacon: "none", closesAt: "2031-05-18T12:00", reconfirmFrom: "2031-05-17T19:00", reconfirmUntil: "2031-05-19T19:00" }),
    ).rejects.toMatchObject({ fields: { reconfirmFrom: ["reconfirmBeforeDraw"] } });
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses to change a window whose deadline has passed", async () => {
    const { owner, frame } = await setup();
    await askReconfirmations(DURING);
    await closeReconfirmations(AFTER);
    await expect(updateFrame(owner, frame.id, { reconfirmPolicy: "REMIND" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("shows organizers the rate, and after the event who came per answer", async () => {
    const { owner, event, people, regs } = await setup({ capacity: 3, people: 3 });
    await askReconfirmations(DURING);
    await answerByToken(await tokenOf(people[0]!.email), true, DURING);
    await answerByToken(await tokenOf(people[1]!.email), true, DURING);
    const [now] = await reconfirmationOverview(owner, event.id, DURING);
    expect(now!.stats).toMatchObject({ asked: 3, confirmed: 2, pending: 1, rate: 2 / 3 });
    expect(now!.outcome).toBeNull();
    await checkIn(owner, event.id, { receiptNumber: regs[0]!.receiptNumber }, new Date("2031-05-20T19:05:00+09:00"));
    const [after] = await reconfirmationOverview(owner, event.id, new Date("2031-05-21T00:00:00+09:00"));
    expect(after!.outcome).toEqual({ CONFIRMED: { attended: 1, noShow: 1 }, PENDING: { attended: 0, noShow: 1 }, NONE: { attended: 0, noShow: 0 } });
    // Nobody else sees these numbers.
    await expectCode(reconfirmationOverview(people[0]!, event.id), "NOT_FOUND");
  });
});
