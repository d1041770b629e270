// The attendee's server actions: answers from form fields, field errors keyed like the form,
// and authorization left to the services whatever the form says.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { applyAction, cancelAction } = await import("@/lib/registrations/actions");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function setup() {
  const owner = await makeUser("owner");
  const group = await makeGroup(owner);
  const event = await makeEvent(owner, group.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, { capacity: 1, questions: [
      { label: "職業", type: "text", required: true },
      { label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
      { label: "ひとこと", type: "text" },
    ],
  });
  return { event, frame };
}

beforeEach(() => asAnonymous());

describe("applyAction", () => {
  it("asks anonymous callers to sign in", async () => {
    const { event, frame } = await setup();
    const res = await applyAction(null, form({ eventId: event.id, frameId: frame.id, "answers.q1": "SRE", "answers.q2": "参加" }));
    expect(res).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(0);
  });

  it("returns answer errors under the form's field names", async () => {
    const { event, frame } = await setup();
    withSession((await makeUser()).userId);
    const missing = await applyAction(null, form({ eventId: event.id, frameId: frame.id, "answers.q2": "たぶん" }));
    expect(missing).toEqual({ ok: false, code: "INVALID_INPUT", fields: { "answers.q1": ["required"], "answers.q2": ["notAChoice"] } });
    const tooLong = await applyAction(null, form({ eventId: event.id, frameId: frame.id, "answers.q1": "x".repeat(2001), "answers.q2": "参加" }));
    expect(tooLong).toEqual({ ok: false, code: "INVALID_INPUT", fields: { "answers.q1": ["tooLong"] } });
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(0);
  });

  it("applies with the answers and keeps only question-shaped keys", async () => {
    const { event, frame } = await setup();
    const me = await makeUser();
    withSession(me.userId);
    const res = await applyAction(null, form({ eventId: event.id, frameId: frame.id, "answers.q1": "SRE", "answers.q2": "参加", "answers.Bad Key": "x", userId: "someone-else" }));
    expect(res).toEqual({ ok: true, data: { status: "CONFIRMED" } });
    const reg = await db().registration.findFirstOrThrow({ where: { frameId: frame.id } });
    expect(reg.userId).toBe(me.userId);
    expect(JSON.parse(reg.answers)).toEqual({ q1: "SRE", q2: "参加" });
  });

  it("refuses a frame of another event", async () => {
    const { frame } = await setup();
    const other = await setup();
    withSession((await makeUser()).userId);
    const res = await applyAction(null, form({ eventId: other.event.id, frameId: frame.id, "answers.q1": "SRE", "answers.q2": "参加" }));
    expect(res).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("cancelAction", () => {
  it("cancels only the caller's own registration", async () => {
    const { event, frame } = await setup();
    const owner = await makeUser();
    withSession(owner.userId);
    await applyAction(null, form({ eventId: event.id, frameId: frame.id, "answers.q1": "SRE", "answers.q2": "参加" }));
    const reg = await db().registration.findFirstOrThrow({ where: { frameId: frame.id } });

    withSession((await makeUser()).userId);
    expect(await cancelAction(null, form({ registrationId: reg.id }))).toEqual({ ok: false, code: "NOT_FOUND" });
    expect((await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("CONFIRMED");

    withSession(owner.userId);
    expect(await cancelAction(null, form({ registrationId: reg.id }))).toEqual({ ok: true });
    expect((await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe("CANCELLED");
    expect(await cancelAction(null, form({ registrationId: reg.id }))).toEqual({ ok: false, code: "INVALID_STATE" });
  });
});
