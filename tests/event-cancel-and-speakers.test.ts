// Cancelling an event ends everything it had pending; speaker seats stay within the call's limit
// and never take anyone out of a frozen lottery.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelEvent } from "@/lib/events/service";
import { frameLog } from "@/lib/frame-log/service";
import { updateFrame } from "@/lib/frames/service";
import { publicDraw } from "@/lib/lottery/data";
import { mailDrawResults } from "@/lib/lottery/result-mail/service";
import { closeLottery, commitDraw, runDueDraws } from "@/lib/lottery/service";
import { apply, checkIn, sendDueReminders } from "@/lib/registrations/service";
import { answerInvitation, decide, inviteCoSpeaker, replyAsSpeaker } from "@/lib/talks/service";
import { makeCfp, makeEvent, makeFrame, makeGroup, makeProposal, makeUser } from "./factories";

const HOUR = 3600_000;

async function eventWithFrames() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  // Tomorrow, so that the day-before reminder would be due.
  const starts = new Date(Date.now() + 20 * HOUR);
  const event = await makeEvent(owner, g.id, { startsAt: starts.toISOString(), endsAt: new Date(starts.getTime() + 3 * HOUR).toISOString() }, true);
  const closes = new Date(Date.now() + HOUR);
  const frameDates = { opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString() };
  const pending = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 1, name: "抽選枠", ...frameDates });
  const drawn = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 1, name: "抽選枠2", ...frameDates, drawAt: new Date(closes.getTime() + 10 * 60_000).toISOString() });
  const firstCome = await makeFrame(owner, event.id, { method: "FIRST_COME", capacity: 1, name: "先着枠", ...frameDates });
  return { owner, event, pending, drawn, firstCome, closes };
}

describe("cancelling an event", () => {
  it("voids its pending lotteries in the log, cancels everyone with a notice in their language, and nothing happens afterwards", async () => {
    const { owner, event, pending, drawn, firstCome, closes } = await eventWithFrames();
    const people: Awaited<ReturnType<typeof makeUser>>[] = [];
    for (let i = 0; i < 6; i++) people.push(await makeUser("p"));
    await db().user.update({ where: { id: people[0]!.userId }, data: { locale: "en" } });
    const regs = [];
    regs.push(await apply(people[0]!, event.id, { frameId: pending.id, answers: {} }));
    regs.push(await apply(people[1]!, event.id, { frameId: pending.id, answers: {} }));
    regs.push(await apply(people[2]!, event.id, { frameId: drawn.id, answers: {} }));
    regs.push(await apply(people[3]!, event.id, { frameId: drawn.id, answers: {} }));
    regs.push(await apply(people[4]!, event.id, { frameId: firstCome.id, answers: {} }));
    regs.push(await apply(people[5]!, event.id, { frameId: firstCome.id, answers: {} }));
    await closeLottery(drawn.id, new Date(closes.getTime() + 1));
    await commitDraw(drawn.id, new Date(closes.getTime() + 2));

    await cancelEvent(owner, event.id);

    expect(await db().registration.count({ where: { eventId: event.id, status: { not: "CANCELLED" } } })).toBe(0);
    expect(await db().registration.count({ where: { eventId: event.id, activeKey: { not: null } } })).toBe(0);
    const notices = await db().outboxMail.findMany({ where: { kind: "event.cancelled", to: { in: people.map((p) => p.email) } } });
    expect(notices).toHaveLength(6);
    expect(notices.find((m) => m.to === people[0]!.email)!.subject).toBe("Cancelled: Container Night");
    expect(notices.find((m) => m.to === people[1]!.email)!.subject).toBe("【中止】Container Night");

    expect((await frameLog(pending.id)).slice(-2)).toMatchObject([
      { kind: "voided", actor: "organizer", data: { reason: "event_cancelled", commitment: pending.commitment } },
      { kind: "event_cancelled", data: { registrationsCancelled: 2 } },
    ]);
    expect((await frameLog(drawn.id)).at(-1)).toMatchObject({ kind: "event_cancelled", data: { registrationsCancelled: 2 } });
    expect(await publicDraw(pending.id)).toMatchObject({ status: "voided", seed: null });

    // The ticket no longer checks in; no draw, no promotion, no reminder.
    await expect(checkIn(owner, event.id, { receiptNumber: regs[4]!.receiptNumber })).rejects.toMatchObject({ code: "TICKET_NOT_VALID" });
    expect((await runDueDraws(new Date(closes.getTime() + 3 * HOUR))).drawn).toBe(0);
    expect((await db().frame.findUniqueOrThrow({ where: { id: pending.id } })).drawState).toBe("VOIDED");
    await expect(updateFrame(owner, firstCome.id, { capacity: 5 })).rejects.toMatchObject({ code: "INVALID_STATE" });
    await sendDueReminders(new Date());
    expect(await db().outboxMail.count({ where: { kind: "registration.reminder", to: { in: people.map((p) => p.email) } } })).toBe(0);
    // The drawn frame's result mail was never written: it is not written for a cancelled event.
    await mailDrawResults();
    expect(await db().outboxMail.count({ where: { kind: "registration.won", to: { in: people.map((p) => p.email) } } })).toBe(0);
  });
});

describe("speaker seats", () => {
  async function talkSetup(maxCoSpeakers: number) {
    const { owner, event, pending, closes } = await eventWithFrames();
    await makeCfp(owner, event.id, { maxCoSpeakers });
    const speaker = await makeUser("speaker");
    const p = await makeProposal(speaker, event.id);
    return { owner, event, pending, closes, speaker, p };
  }

  it("refuses co-speakers beyond the call's limit", async () => {
    const { speaker, p } = await talkSetup(1);
    const [a, b] = [await makeUser("co-a"), await makeUser("co-b")];
    await inviteCoSpeaker(speaker, p.id, a.email);
    await expect(inviteCoSpeaker(speaker, p.id, b.email)).rejects.toMatchObject({ code: "TOO_MANY_SPEAKERS", fields: { query: ["tooManySpeakers"] } });
    expect(await db().proposalSpeaker.count({ where: { proposalId: p.id } })).toBe(2);
  });

  it("seats the owner and co-speakers within the limit, and keeps a frozen lottery entry where it is", async () => {
    const { owner, event, pending, closes, speaker, p } = await talkSetup(2);
    const co = await makeUser("co");
    const lotteryEntry = await apply(co, event.id, { frameId: pending.id, answers: {} });
    await inviteCoSpeaker(speaker, p.id, co.email);
    await answerInvitation(co, p.id, true);
    // Lowered after the invitation: only speakers within today's limit get seats.
    await makeCfp(owner, event.id, { maxCoSpeakers: 0 });
    await decide(owner, event.id, [p.id], "accept");
    await closeLottery(pending.id, new Date(closes.getTime() + 1));
    await replyAsSpeaker(speaker, p.id, "confirm", new Date(closes.getTime() + 2));
    const seats = await db().registration.findMany({ where: { eventId: event.id, frame: { forSpeakers: true } } });
    expect(seats.map((s) => s.userId)).toEqual([speaker.userId]);
    expect(await db().registration.findUniqueOrThrow({ where: { id: lotteryEntry.id } })).toMatchObject({ frameId: pending.id, status: "APPLIED" });
  });

  it("gives a speaker in a frozen lottery a separate seat, and no third registration", async () => {
    const { owner, event, pending, closes, speaker, p } = await talkSetup(3);
    const entry = await apply(speaker, event.id, { frameId: pending.id, answers: {} });
    await decide(owner, event.id, [p.id], "accept");
    await closeLottery(pending.id, new Date(closes.getTime() + 1));
    await replyAsSpeaker(speaker, p.id, "confirm", new Date(closes.getTime() + 2));
    // The lottery entry is untouched: same frame, still applied, in the frozen list.
    expect(await db().registration.findUniqueOrThrow({ where: { id: entry.id } })).toMatchObject({ frameId: pending.id, status: "APPLIED" });
    const seat = await db().registration.findFirstOrThrow({ where: { eventId: event.id, userId: speaker.userId, frame: { forSpeakers: true } } });
    expect(seat).toMatchObject({ status: "CONFIRMED", activeKey: `${event.id}:${speaker.userId}:speaker` });
    expect((await publicDraw(pending.id)).applicantsCount).toBe(1);
  });

  it("moves a pending application to the speaker frame while the lottery is still open", async () => {
    const { owner, event, pending, speaker, p } = await talkSetup(3);
    const entry = await apply(speaker, event.id, { frameId: pending.id, answers: {} });
    await decide(owner, event.id, [p.id], "accept");
    await replyAsSpeaker(speaker, p.id, "confirm");
    expect(await db().registration.findUniqueOrThrow({ where: { id: entry.id }, include: { frame: true } })).toMatchObject({ status: "CONFIRMED", frame: { forSpeakers: true } });
  });
});
