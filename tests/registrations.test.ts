// Applying, cancelling and the waitlist, against a real database.
import { describe, expect, it } from "vitest";
import { apply, approve, cancel, checkIn, reject } from "@/lib/registrations/service";
import { updateFrame } from "@/lib/frames/service";
import { participants } from "@/lib/registrations/data";
import { db } from "@/lib/db";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

async function published(overrides: Record<string, unknown> = {}) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, overrides);
  return { owner, event, frame };
}

async function frameState(frameId: string) {
  const regs = await db().registration.findMany({ where: { frameId }, orderBy: { receiptNumber: "asc" } });
  return {
    confirmed: regs.filter((r) => r.status === "CONFIRMED").length,
    waitlist: regs.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!),
    regs,
  };
}

describe("first-come frames", () => {
  it("confirms while seats remain, then waitlists in arrival order", async () => {
    const { event, frame } = await published({ capacity: 2 });
    const people = await Promise.all([1, 2, 3, 4].map(() => makeUser()));
    const regs = [];
    for (const p of people) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
    expect(regs.map((r) => [r.status, r.waitlistPosition])).toEqual([
      ["CONFIRMED", null],
      ["CONFIRMED", null],
      ["WAITLISTED", 1],
      ["WAITLISTED", 2],
    ]);
    expect(regs.map((r) => r.receiptNumber)).toEqual([1, 2, 3, 4]);
  });

  it("promotes the first waitlisted person when a confirmed one cancels, and closes the gap", async () => {
    const { event, frame } = await published({ capacity: 1 });
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => makeUser()));
    const ra = await apply(a!, event.id, { frameId: frame.id, answers: {} });
    const rb = await apply(b!, event.id, { frameId: frame.id, answers: {} });
    const rc = await apply(c!, event.id, { frameId: frame.id, answers: {} });
    await apply(d!, event.id, { frameId: frame.id, answers: {} });
    await cancel(c!, rc.id); // waitlist #2 leaves: d moves to #2
    await cancel(a!, ra.id); // the seat goes to b
    const s = await frameState(frame.id);
    expect(s.confirmed).toBe(1);
    expect(s.regs.find((r) => r.id === rb.id)!.status).toBe("CONFIRMED");
    expect(s.waitlist.map((r) => [r.userId, r.waitlistPosition])).toEqual([[d!.userId, 1]]);
    const mails = await db().outboxMail.findMany({ where: { kind: "registration.promoted" } });
    expect(mails.some((m) => m.to === b!.email)).toBe(true);
  });

  it("refuses a second active registration for the same event", async () => {
    const { event, frame } = await published();
    const u = await makeUser();
    await apply(u, event.id, { frameId: frame.id, answers: {} });
    await expect(apply(u, event.id, { frameId: frame.id, answers: {} })).rejects.toMatchObject({ code: "ALREADY_REGISTERED" });
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(1);
  });

  it("lets a person apply again after cancelling", async () => {
    const { event, frame } = await published();
    const u = await makeUser();
    const r1 = await apply(u, event.id, { frameId: frame.id, answers: {} });
    await cancel(u, r1.id);
    const r2 = await apply(u, event.id, { frameId: frame.id, answers: {} });
    expect(r2.status).toBe("CONFIRMED");
  });

  it("promotes from the waitlist when the capacity is raised, and removes nobody when it is lowered", async () => {
    const { owner, event, frame } = await published({ capacity: 1 });
    const users = await Promise.all([1, 2, 3].map(() => makeUser()));
    for (const u of users) await apply(u, event.id, { frameId: frame.id, answers: {} });
    await updateFrame(owner, frame.id, { capacity: 2 });
    let s = await frameState(frame.id);
    expect(s.confirmed).toBe(2);
    expect(s.waitlist.map((r) => r.waitlistPosition)).toEqual([1]);
    await updateFrame(owner, frame.id, { capacity: 1 });
    s = await frameState(frame.id);
    expect(s.confirmed).toBe(2);
  });
});

describe("refusals", () => {
  it("refuses applications before opening, after closing, and without required answers", async () => {
    const future = await published({ opensAt: new Date(Date.now() + 3600_000).toISOString() });
    const u = await makeUser();
    await expect(apply(u, future.event.id, { frameId: future.frame.id, answers: {} })).rejects.toMatchObject({ code: "NOT_OPEN_YET" });
    const closed = await published({ opensAt: new Date(Date.now() - 7200_000).toISOString(), closesAt: new Date(Date.now() - 3600_000).toISOString() });
    await expect(apply(u, closed.event.id, { frameId: closed.frame.id, answers: {} })).rejects.toMatchObject({ code: "APPLICATIONS_CLOSED" });
    const asking = await published({ questions: [{ label: "懇親会に参加しますか", type: "single", required: true, choices: ["はい", "いいえ"] }, { label: "ひとこと", type: "text" }] });
    await expect(apply(u, asking.event.id, { frameId: asking.frame.id, answers: {} })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { "answers.q1": ["required"] } });
    await expect(apply(u, asking.event.id, { frameId: asking.frame.id, answers: { q1: "たぶん" } })).rejects.toMatchObject({ fields: { "answers.q1": ["notAChoice"] } });
    const ok = await apply(u, asking.event.id, { frameId: asking.frame.id, answers: { q1: "はい" } });
    expect(JSON.parse(ok.answers)).toEqual({ q1: "はい" });
    expect(await db().registration.count({ where: { userId: u.userId } })).toBe(1);
  });

  it("does not let anyone cancel someone else's registration", async () => {
    const { event, frame } = await published();
    const [a, b] = await Promise.all([makeUser(), makeUser()]);
    const r = await apply(a, event.id, { frameId: frame.id, answers: {} });
    await expect(cancel(b, r.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(cancel(null, r.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect((await db().registration.findUniqueOrThrow({ where: { id: r.id } })).status).toBe("CONFIRMED");
  });
});

describe("approval frames and check-in", () => {
  it("waits for an organizer, who approves or rejects", async () => {
    const { owner, event, frame } = await published({ method: "APPROVAL", capacity: 1 });
    const [a, b, c] = await Promise.all([makeUser(), makeUser(), makeUser()]);
    const ra = await apply(a, event.id, { frameId: frame.id, answers: {} });
    const rb = await apply(b, event.id, { frameId: frame.id, answers: {} });
    expect(ra.status).toBe("APPLIED");
    await expect(approve(a, ra.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await approve(owner, ra.id)).status).toBe("CONFIRMED");
    await expect(approve(owner, rb.id)).rejects.toMatchObject({ code: "FRAME_FULL" });
    expect((await reject(owner, rb.id)).status).toBe("REJECTED");
    // A rejected person may apply again; the active-registration index let go of them.
    const rc = await apply(c, event.id, { frameId: frame.id, answers: {} });
    expect(rc.status).toBe("APPLIED");
  });

  it("checks a ticket in once, and refuses cancelled and unknown tickets", async () => {
    const { owner, event, frame } = await published({ capacity: 5 });
    const [a, b] = await Promise.all([makeUser(), makeUser()]);
    const ra = await apply(a, event.id, { frameId: frame.id, answers: {} });
    const rb = await apply(b, event.id, { frameId: frame.id, answers: {} });
    await cancel(b, rb.id);
    const first = await checkIn(owner, event.id, { code: `https://hako.example/events/${event.id}/checkin?code=${ra.ticketCode}` });
    expect(first.registration.status).toBe("ATTENDED");
    await expect(checkIn(owner, event.id, { receiptNumber: ra.receiptNumber })).rejects.toMatchObject({ code: "ALREADY_CHECKED_IN" });
    await expect(checkIn(owner, event.id, { receiptNumber: rb.receiptNumber })).rejects.toMatchObject({ code: "TICKET_NOT_VALID" });
    await expect(checkIn(owner, event.id, { receiptNumber: 999 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIn(a, event.id, { receiptNumber: ra.receiptNumber })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("participant list", () => {
  it("finds people by name, handle, email or receipt number whatever the case, for organizers only", async () => {
    const { owner, event, frame } = await published({ capacity: 5 });
    const [a, b] = await Promise.all([makeUser("Searchable"), makeUser()]);
    await db().user.update({ where: { id: a.userId }, data: { name: "Kohei Tanaka" } });
    const ra = await apply(a, event.id, { frameId: frame.id, answers: {} });
    const rb = await apply(b, event.id, { frameId: frame.id, answers: {} });
    const found = async (q: string) => (await participants(owner, event.id, { q })).items.map((r) => r.id);
    expect(await found("TANAKA")).toEqual([ra.id]);
    expect(await found("kohei t")).toEqual([ra.id]);
    expect(await found(a.handle.toUpperCase())).toEqual([ra.id]);
    expect(await found(a.email.toUpperCase())).toEqual([ra.id]);
    expect(await found(String(rb.receiptNumber))).toContain(rb.id);
    expect(await found("nobody-by-that-name")).toEqual([]);
    expect((await participants(owner, event.id, {})).total).toBe(2);
    await expect(participants(b, event.id, { q: "tanaka" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("registration mail", () => {
  it("writes each mail in the person's language, and the day-before reminder once", async () => {
    const { event, frame } = await published({ capacity: 1 });
    const [ja, en] = [await makeUser("ja"), await makeUser("en")];
    await db().user.update({ where: { id: en.userId }, data: { locale: "en" } });
    await apply(ja, event.id, { frameId: frame.id, answers: {} });
    await apply(en, event.id, { frameId: frame.id, answers: {} });
    const jaMail = await db().outboxMail.findFirstOrThrow({ where: { to: ja.email, kind: "registration.received" } });
    expect(jaMail.subject).toContain("申し込みを受け付けました");
    expect(jaMail.text).toContain("受付番号: #1");
    expect(jaMail.text).toContain("/ticket");
    const enMail = await db().outboxMail.findFirstOrThrow({ where: { to: en.email, kind: "registration.received" } });
    expect(enMail.subject).toBe(`Application received: ${event.title}`);
    expect(enMail.text).toContain("you are #1 on the waitlist");

    const { sendDueReminders } = await import("@/lib/registrations/service");
    const dayBefore = new Date(event.startsAt.getTime() - 20 * 3600_000);
    await sendDueReminders(dayBefore);
    await sendDueReminders(dayBefore);
    const reminders = await db().outboxMail.findMany({ where: { kind: "registration.reminder", to: { in: [ja.email, en.email] } } });
    // Only the confirmed person, once.
    expect(reminders.map((m) => m.to)).toEqual([ja.email]);
    expect(reminders[0]!.text).toMatch(/JST/);
  });
});
