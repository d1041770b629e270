// The lean application path (lib/registrations/service.ts, applyToPendingLottery): a lottery frame
// before its draw takes applications by a checked insert in plain SQL, without the frame lock.
// What it writes must be what the Prisma path writes; a change made elsewhere (another instance)
// must be seen; the close must freeze exactly the list that the draw later finds.
import { describe, expect, it } from "vitest";
import { db, direct } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { closeLottery, commitDraw } from "@/lib/lottery/service";
import { toRegistrationJson } from "@/lib/registrations/serialize";
import { apply, speakerKey } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

const HOUR = 3600_000;

async function lottery(overrides: Record<string, unknown> = {}) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 5, closesAt: new Date(Date.now() + HOUR).toISOString(), ...overrides });
  return { owner, event, frame };
}

const codeOf = async (p: Promise<unknown>) => p.then(() => "ok", (e: unknown) => (isAppError(e) ? e.code : String(e)));

/** A write as another instance would make it: plain SQL, unseen by this process's caches. */
async function elsewhere(sql: string, args: (string | Date | null)[]) {
  await direct().transaction((tx) => tx.run(sql, args));
}

describe("applying to a lottery before its draw", () => {
  it("stores what the Prisma path stores, with the received mail, and leaves the frame's lock alone", async () => {
    const { event, frame } = await lottery({ questions: [{ id: "party", label: "懇親会", kind: "choice", choices: ["yes", "no"], required: true }] });
    const before = await db().frame.findUniqueOrThrow({ where: { id: frame.id } });
    const ann = await makeUser("ann");
    const bob = await makeUser("bob");
    const now = new Date();
    const a = await apply(ann, event.id, { frameId: frame.id, answers: { party: "yes" }, anonymous: true }, now);
    const b = await apply(bob, event.id, { frameId: frame.id, answers: { party: "no" } }, now);

    const stored = await db().registration.findUniqueOrThrow({ where: { id: a.id } });
    expect(stored).toMatchObject({ status: "APPLIED", waitlistPosition: null, anonymous: true, walkIn: false, activeKey: `${event.id}:${ann.userId}`, userId: ann.userId, frameId: frame.id });
    expect(JSON.parse(stored.answers)).toEqual({ party: "yes" });
    expect(stored.createdAt.getTime()).toBe(now.getTime());
    expect(toRegistrationJson(a, event.endsAt, now)).toEqual(toRegistrationJson(stored, event.endsAt, now));
    expect(b.receiptNumber).toBe(a.receiptNumber + 1);
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).receiptSeq).toBe(b.receiptNumber);

    const after = await db().frame.findUniqueOrThrow({ where: { id: frame.id } });
    expect(after.lockVersion).toBe(before.lockVersion);
    // Filters on the stored dates work as on rows Prisma wrote.
    expect(await db().registration.count({ where: { frameId: frame.id, createdAt: { gte: now, lte: now } } })).toBe(2);

    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: ann.email, kind: "registration.received" } });
    expect(mail).toMatchObject({ status: "PENDING", attempts: 0, priority: 10, sentAt: null });
    expect(mail.nextAttemptAt.getTime()).toBe(now.getTime());
    expect(mail.text).toContain(String(a.receiptNumber));
    expect(await db().outboxMail.count({ where: { status: "PENDING", nextAttemptAt: { lte: new Date(now.getTime() + 1) }, to: ann.email } })).toBe(1);
  });

  it("refuses a second application and a person with a speaker seat, and stores nothing more", async () => {
    const { event, frame } = await lottery();
    const ann = await makeUser("ann");
    await apply(ann, event.id, { frameId: frame.id, answers: {} });
    expect(await codeOf(apply(ann, event.id, { frameId: frame.id, answers: {} }))).toBe("ALREADY_REGISTERED");

    const speaker = await makeUser("speaker");
    const seat = await db().frame.create({ data: { eventId: event.id, name: "Speakers", capacity: 5, method: "FIRST_COME", opensAt: new Date(0), closesAt: new Date(Date.now() + HOUR), forSpeakers: true } });
    await db().registration.create({
      data: { publicId: `sp${Date.now()}`, ticketCode: `tk${Date.now()}`, eventId: event.id, frameId: seat.id, userId: speaker.userId, status: "CONFIRMED", receiptNumber: 900, activeKey: speakerKey(event.id, speaker.userId) },
    });
    expect(await codeOf(apply(speaker, event.id, { frameId: frame.id, answers: {} }))).toBe("ALREADY_REGISTERED");
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(1);
  });

  it("sees a close and a change of questions made by another instance at once", async () => {
    const { event, frame } = await lottery();
    const ann = await makeUser("ann");
    await apply(ann, event.id, { frameId: frame.id, answers: {} }); // the frame is now remembered here
    const questions = JSON.stringify([{ id: "party", label: "懇親会", kind: "choice", choices: ["yes", "no"], required: true }]);
    await elsewhere(`UPDATE "Frame" SET "questions" = $1, "updatedAt" = $2 WHERE "id" = $3`, [questions, new Date(), frame.id]);
    const bob = await makeUser("bob");
    expect(await codeOf(apply(bob, event.id, { frameId: frame.id, answers: {} }))).toBe("INVALID_INPUT");
    expect((await apply(bob, event.id, { frameId: frame.id, answers: { party: "yes" } })).status).toBe("APPLIED");

    // Recorded as closed elsewhere, without touching updatedAt: the checked insert still refuses.
    await elsewhere(`UPDATE "Frame" SET "closedAt" = $1 WHERE "id" = $2`, [new Date(), frame.id]);
    const cid = await makeUser("cid");
    expect(await codeOf(apply(cid, event.id, { frameId: frame.id, answers: { party: "yes" } }))).toBe("APPLICATIONS_CLOSED");
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(2);
  });

  it("refuses applications once the event is cancelled elsewhere", async () => {
    const { event, frame } = await lottery();
    const ann = await makeUser("ann");
    await apply(ann, event.id, { frameId: frame.id, answers: {} });
    await elsewhere(`UPDATE "Event" SET "status" = 'CANCELLED' WHERE "id" = $1`, [event.id]);
    const bob = await makeUser("bob");
    expect(await codeOf(apply(bob, event.id, { frameId: frame.id, answers: {} }))).toBe("EVENT_CLOSED");
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(1);
  });

  it("freezes exactly the applications that got in when the close comes in the middle of a rush", async () => {
    const { event, frame } = await lottery({ capacity: 3 });
    const people = await Promise.all(Array.from({ length: 30 }, (_, i) => makeUser(`p${i}`)));
    const closesAt = new Date((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).closesAt);
    const now = new Date();
    const outcomes: Promise<string>[] = people.map((p) => codeOf(apply(p, event.id, { frameId: frame.id, answers: {} }, now)));
    // The close at its time, while the applications are under way.
    const closing = new Promise<boolean>((resolve, reject) => setTimeout(() => closeLottery(frame.id, closesAt).then(resolve, reject), 5));
    const codes = await Promise.all(outcomes);
    expect(await closing).toBe(true);
    expect(codes.every((c) => c === "ok" || c === "APPLICATIONS_CLOSED")).toBe(true);
    const accepted = codes.filter((c) => c === "ok").length;
    const closed = await db().frame.findUniqueOrThrow({ where: { id: frame.id } });
    expect(closed.applicantsCount).toBe(accepted);
    expect(await db().registration.count({ where: { frameId: frame.id, status: "APPLIED" } })).toBe(accepted);
    // The draw checks the stored list against the frozen digest: it would refuse a list that moved.
    await commitDraw(frame.id, new Date(closesAt.getTime() + 1));
    expect(await db().registration.count({ where: { frameId: frame.id, status: "CONFIRMED" } })).toBe(Math.min(3, accepted));
  });
});
