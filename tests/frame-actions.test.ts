// The organizer's server actions: frame forms read local times in the event's zone, field errors
// are keyed like the form, check-in refusals say who the ticket belongs to, and every id in a
// form is checked by the services against the caller.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { approveAction, checkInAction, createFrameAction, drawAction, messageAction, rejectAction, updateFrameAction } = await import("@/lib/frames/actions");
const { apply } = await import("@/lib/registrations/service");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");
const { ACTION_STRING_LIMIT } = await import("@/lib/api/action");

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function setup() {
  const owner = await makeUser("owner");
  const group = await makeGroup(owner);
  const event = await makeEvent(owner, group.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  return { owner, event };
}

const frameForm = { name: "一般枠", capacity: "2", method: "FIRST_COME", opensAt: "2031-05-01T10:00", closesAt: "2031-05-19T12:00", drawAt: "", cancelDeadline: "", questions: JSON.stringify([
    { id: "", label: "所属", type: "text", required: false },
    { id: "", label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
  ]),
};

// Question lists the form would refuse, as large as a form field may be (lib/api/action.ts): too
// many questions, and text that is not JSON. A caller who may not save them is refused first.
const hugeQuestions = JSON.stringify(Array.from({ length: 300 }, (_, i) => ({ id: "", label: `質問 ${i}`, type: "text", required: false })));
const brokenQuestions = `[${"{".repeat(ACTION_STRING_LIMIT - 1)}`;

beforeEach(() => asAnonymous());

describe("createFrameAction", () => {
  it("asks anonymous callers to sign in and stores nothing", async () => {
    const { event } = await setup();
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm }))).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("returns field errors under the form's names and stores nothing", async () => {
    const { owner, event } = await setup();
    withSession(owner.userId);
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, closesAt: "2031-04-30T10:00" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { closesAt: ["closesBeforeOpens"] } });
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, capacity: "0", questions: JSON.stringify([{ label: "懇親会", type: "single", choices: ["参加"] }]) }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { capacity: ["capacityInvalid"], "questions.0": ["choicesNeeded"] } });
    // The builder's JSON is checked as a whole too: what does not read as a list is refused.
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, questions: "懇親会*: 参加 | 不参加" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { questions: ["invalid"] } });
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, opensAt: "tomorrow" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { opensAt: ["invalidDate"] } });
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("reads the times in the event's zone, whatever zone the form claims, and returns to the manage page", async () => {
    const { owner, event } = await setup();
    withSession(owner.userId);
    await expect(createFrameAction(null, form({ eventId: event.id, ...frameForm, timezone: "America/New_York" }))).rejects.toMatchObject({ digest: expect.stringContaining(`/events/${event.id}/manage`) });
    const frame = await db().frame.findFirstOrThrow({ where: { eventId: event.id } });
    expect(frame).toMatchObject({ name: "一般枠", capacity: 2, method: "FIRST_COME", drawAt: null, cancelDeadline: null });
    expect(frame.opensAt.toISOString()).toBe("2031-05-01T01:00:00.000Z");
    expect(JSON.parse(frame.questions)).toEqual([
      { id: "q1", label: "所属", type: "text", required: false },
      { id: "q2", label: "懇親会", type: "single", choices: ["参加", "不参加"], required: true },
    ]);
  });

  it("refuses a caller who may not add frames before reading the questions, however large or broken", async () => {
    const { owner, event } = await setup();
    for (const questions of [hugeQuestions, brokenQuestions]) {
      asAnonymous();
      expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, questions }))).toEqual({ ok: false, code: "UNAUTHENTICATED" });
      withSession((await makeUser("stranger")).userId);
      expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, questions }))).toEqual({ ok: false, code: "FORBIDDEN" });
      // The organizer's form reads them, and refuses them.
      withSession(owner.userId);
      expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm, questions }))).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: { questions: [expect.any(String)] } });
    }
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("refuses someone who does not organize the event", async () => {
    const { event } = await setup();
    withSession((await makeUser("stranger")).userId);
    expect(await createFrameAction(null, form({ eventId: event.id, ...frameForm }))).toEqual({ ok: false, code: "FORBIDDEN" });
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("updateFrameAction", () => {
  it("keeps the method and lets only the event's organizers edit", async () => {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { capacity: 1 });
    withSession((await makeUser("stranger")).userId);
    expect(await updateFrameAction(null, form({ frameId: frame.id, ...frameForm }))).toEqual({ ok: false, code: "FORBIDDEN" });
    withSession(owner.userId);
    await expect(updateFrameAction(null, form({ frameId: frame.id, ...frameForm, method: "LOTTERY", capacity: "5" }))).rejects.toMatchObject({ digest: expect.stringContaining(`/events/${event.id}/manage`) });
    expect(await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).toMatchObject({ method: "FIRST_COME", capacity: 5 });
  });

  it("refuses a caller who may not edit the frame before reading the questions, however large or broken", async () => {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { capacity: 1 });
    const before = await db().frame.findUniqueOrThrow({ where: { id: frame.id } });
    for (const questions of [hugeQuestions, brokenQuestions]) {
      asAnonymous();
      expect(await updateFrameAction(null, form({ frameId: frame.id, ...frameForm, questions }))).toEqual({ ok: false, code: "UNAUTHENTICATED" });
      withSession((await makeUser("stranger")).userId);
      expect(await updateFrameAction(null, form({ frameId: frame.id, ...frameForm, questions }))).toEqual({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).toEqual(before);
  });
});

describe("drawAction", () => {
  it("refuses a draw before applications close", async () => {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { method: "LOTTERY" });
    withSession(owner.userId);
    expect(await drawAction(null, form({ frameId: frame.id }))).toEqual({ ok: false, code: "DRAW_TOO_EARLY" });
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).drawState).toBe("PENDING");
  });
});

describe("approveAction and rejectAction", () => {
  it("decide applications of the caller's events only", async () => {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { method: "APPROVAL" });
    const [a, b] = [await makeUser("a"), await makeUser("b")];
    const regA = await apply(a, event.id, { frameId: frame.id, answers: {} });
    const regB = await apply(b, event.id, { frameId: frame.id, answers: {} });
    withSession((await makeUser("stranger")).userId);
    expect(await approveAction(null, form({ registrationId: regA.id }))).toEqual({ ok: false, code: "FORBIDDEN" });
    withSession(owner.userId);
    expect(await approveAction(null, form({ registrationId: regA.id }))).toEqual({ ok: true });
    expect(await rejectAction(null, form({ registrationId: regB.id }))).toEqual({ ok: true });
    expect(await rejectAction(null, form({ registrationId: regA.id }))).toEqual({ ok: false, code: "INVALID_STATE" });
    const statuses = await db().registration.findMany({ where: { frameId: frame.id }, orderBy: { receiptNumber: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["CONFIRMED", "REJECTED"]);
  });
});

describe("checkInAction", () => {
  async function door() {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { name: "一般枠", capacity: 1 });
    const [a, b] = [await makeUser("a"), await makeUser("b")];
    const regA = await apply(a, event.id, { frameId: frame.id, answers: {} });
    const regB = await apply(b, event.id, { frameId: frame.id, answers: {} });
    return { owner, event, a, b, regA, regB };
  }

  it("checks in by receipt number or ticket URL, then says who is already in", async () => {
    const { owner, event, a, regA } = await door();
    withSession(owner.userId);
    const first = await checkInAction(null, form({ eventId: event.id, receiptNumber: String(regA.receiptNumber) }));
    expect(first).toMatchObject({ ok: true, result: { receiptNumber: regA.receiptNumber, status: "ATTENDED", frameName: "一般枠", handle: a.handle } });
    const checkedInAt = first?.ok ? first.result.checkedInAt : null;
    expect(checkedInAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await checkInAction(null, form({ eventId: event.id, code: `https://hako.example/events/${event.id}/checkin?code=${regA.ticketCode}` }));
    expect(again).toMatchObject({ ok: false, code: "ALREADY_CHECKED_IN", detail: { receiptNumber: regA.receiptNumber, handle: a.handle, checkedInAt } });
  });

  it("names the holder of a ticket that is not confirmed, and finds nothing for an unknown number", async () => {
    const { owner, event, b, regB } = await door();
    withSession(owner.userId);
    expect(await checkInAction(null, form({ eventId: event.id, receiptNumber: String(regB.receiptNumber) }))).toMatchObject({ ok: false, code: "TICKET_NOT_VALID", detail: { status: "WAITLISTED", handle: b.handle } });
    expect(await checkInAction(null, form({ eventId: event.id, receiptNumber: "999" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await checkInAction(null, form({ eventId: event.id, receiptNumber: "" }))).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: { receiptNumber: ["required"] } });
  });

  it("lets only the event's organizers check people in", async () => {
    const { event, a, regA } = await door();
    withSession(a.userId);
    const refused = await checkInAction(null, form({ eventId: event.id, receiptNumber: String(regA.receiptNumber) }));
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(refused).not.toHaveProperty("detail");
    expect((await db().registration.findUniqueOrThrow({ where: { id: regA.id } })).status).toBe("CONFIRMED");
  });
});

describe("messageAction", () => {
  it("checks the lengths and mails the confirmed participants", async () => {
    const { owner, event } = await setup();
    const frame = await makeFrame(owner, event.id, { capacity: 1 });
    const [a, b] = [await makeUser("a"), await makeUser("b")];
    await apply(a, event.id, { frameId: frame.id, answers: {} });
    await apply(b, event.id, { frameId: frame.id, answers: {} });
    withSession(owner.userId);
    expect(await messageAction(null, form({ eventId: event.id, subject: "x".repeat(201), body: "" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { subject: ["tooLong"], body: ["required"] } });
    expect(await messageAction(null, form({ eventId: event.id, subject: "会場のご案内", body: "5 階です。" }))).toEqual({ ok: true, data: { sent: "1" } });
    const mails = await db().outboxMail.findMany({ where: { kind: "event.message" } });
    expect(mails.map((m) => m.to)).toEqual([a.email]);
    withSession(b.userId);
    expect(await messageAction(null, form({ eventId: event.id, subject: "spam", body: "spam" }))).toEqual({ ok: false, code: "FORBIDDEN" });
  });
});
