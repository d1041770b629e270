// Registration endpoints of the JSON API: shapes, error codes, who may do what.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const frames = await import("@/app/api/v1/events/[id]/frames/route");
const frameRoute = await import("@/app/api/v1/frames/[id]/route");
const draw = await import("@/app/api/v1/frames/[id]/draw/route");
const regs = await import("@/app/api/v1/events/[id]/registrations/route");
const reg = await import("@/app/api/v1/registrations/[id]/route");
const mine = await import("@/app/api/v1/me/registrations/route");
const { createToken } = await import("@/lib/tokens/service");
const { makeEvent, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
function req(path: string, init: { method?: string; body?: unknown } = {}) {
  const h = new Headers(request.headers);
  h.set("accept-language", "en");
  return new Request(`http://localhost:3000/api/v1${path}`, { method: init.method ?? "GET", headers: h, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}
async function as(user: { userId: string }) {
  withBearer((await createToken(user.userId, "t")).token);
}

async function setup(frameBody: Record<string, unknown> = {}) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  await as(owner);
  const res = await frames.POST(
    req(`/events/${event.id}/frames`, {
      method: "POST",
      body: { name: "一般枠", capacity: 1, method: "first_come", opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: "2031-05-19T12:00", questions: [{ id: "party", label: "懇親会", kind: "choice", choices: ["yes", "no"], required: true }], ...frameBody },
    }),
    ctx(event.id),
  );
  expect(res.status).toBe(201);
  return { owner, event, frame: await res.json() };
}

beforeEach(() => asAnonymous());

describe("registration API", () => {
  it("creates a frame, takes applications, waitlists, cancels and promotes", async () => {
    const { event, frame } = await setup();
    expect(frame).toMatchObject({ method: "first_come", capacity: 1, commitment: null, counts: { confirmed: 0 }, closesAt: "2031-05-19T03:00:00.000Z" });
    const [a, b] = [await makeUser(), await makeUser()];
    await as(a);
    const ra = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes" } } }), ctx(event.id));
    expect(ra.status).toBe(201);
    const regA = await ra.json();
    expect(regA).toMatchObject({ status: "confirmed", waitlistPosition: null, receiptNumber: 1, answers: { party: "yes" } });
    expect(regA.publicId).toMatch(/^[0-9a-z]{12}$/);
    expect(JSON.stringify(regA)).not.toContain("ticketCode");

    await as(b);
    const rb = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "no" } } }), ctx(event.id));
    const regB = await rb.json();
    expect(regB).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    // B cannot cancel A's registration (it is not even visible to B).
    expect((await reg.DELETE(req(`/registrations/${regA.id}`, { method: "DELETE" }), ctx(regA.id))).status).toBe(404);

    await as(a);
    const cancelled = await reg.DELETE(req(`/registrations/${regA.id}`, { method: "DELETE" }), ctx(regA.id));
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
    const again = await reg.DELETE(req(`/registrations/${regA.id}`, { method: "DELETE" }), ctx(regA.id));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe("INVALID_STATE");

    await as(b);
    const bNow = await (await mine.GET(req("/me/registrations"), undefined)).json();
    expect(bNow.items).toEqual([expect.objectContaining({ id: regB.id, status: "confirmed", waitlistPosition: null, frameName: "一般枠" })]);
  });

  it("filters the organizers' list by an answer, as the manage page does", async () => {
    const { owner, event, frame } = await setup({ capacity: 5 });
    const [a, b] = [await makeUser(), await makeUser()];
    await as(a);
    await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "yes" } } }), ctx(event.id));
    await as(b);
    await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "no" } } }), ctx(event.id));
    await as(owner);
    const list = async (query: string) => regs.GET(req(`/events/${event.id}/registrations?${query}`), ctx(event.id));
    const yes = (await (await list(`question=${frame.id}:party&answer=yes`)).json()) as { total: number; items: { user: { id: string } }[] };
    expect([yes.total, yes.items.map((i) => i.user.id)]).toEqual([1, [a.userId]]);
    expect(((await (await list("")).json()) as { total: number }).total).toBe(2);
    const bad = await list("question=../../etc&answer=yes");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields).toHaveProperty("question");
  });

  it("answers rule refusals with their codes and stores nothing", async () => {
    const { event, frame } = await setup();
    const u = await makeUser();
    await as(u);
    const missing = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id } }), ctx(event.id));
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({ code: "INVALID_INPUT", fields: { "answers.party": ["This field is required."] } });
    const ok = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "no" } } }), ctx(event.id));
    expect(ok.status).toBe(201);
    const twice = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id, answers: { party: "no" } } }), ctx(event.id));
    expect(twice.status).toBe(409);
    expect((await twice.json()).error).toMatchObject({ code: "ALREADY_REGISTERED", message: "You already have a registration for this event." });
    const unknown = await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: "nope" } }), ctx(event.id));
    expect(unknown.status).toBe(404);
    expect(await db().registration.count({ where: { userId: u.userId } })).toBe(1);
    asAnonymous();
    expect((await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id } }), ctx(event.id))).status).toBe(401);
  });

  it("refuses frames with closing before opening, and frame changes from outsiders", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, {}, true);
    await as(owner);
    const bad = await frames.POST(req(`/events/${event.id}/frames`, { method: "POST", body: { name: "x", capacity: 0, method: "raffle", opensAt: "2031-01-02T10:00", closesAt: "2031-01-01T10:00" } }), ctx(event.id));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["capacity", "method"]);
    const backwards = await frames.POST(req(`/events/${event.id}/frames`, { method: "POST", body: { name: "x", capacity: 5, method: "lottery", opensAt: "2031-01-02T10:00", closesAt: "2031-01-01T10:00" } }), ctx(event.id));
    expect((await backwards.json()).error.fields).toEqual({ closesAt: ["Applications must close after they open."] });
    expect(await db().frame.count({ where: { eventId: event.id } })).toBe(0);

    const { frame } = await setup();
    await as(await makeUser());
    const patch = await frameRoute.PATCH(req(`/frames/${frame.id}`, { method: "PATCH", body: { capacity: 500 } }), ctx(frame.id));
    expect(patch.status).toBe(403);
    // Outsiders are refused before their body is read, however broken it is.
    const broken = { name: "", capacity: "many", questions: "[".repeat(10_000) };
    expect((await frameRoute.PATCH(req(`/frames/${frame.id}`, { method: "PATCH", body: broken }), ctx(frame.id))).status).toBe(403);
    expect((await frames.POST(req(`/events/${frame.eventId}/frames`, { method: "POST", body: broken }), ctx(frame.eventId))).status).toBe(403);
    asAnonymous();
    expect((await frames.POST(req(`/events/${frame.eventId}/frames`, { method: "POST", body: broken }), ctx(frame.eventId))).status).toBe(401);
    expect(await db().frame.count({ where: { eventId: frame.eventId } })).toBe(1);
    await as(await makeUser());
    expect((await draw.POST(req(`/frames/${frame.id}/draw`, { method: "POST" }), ctx(frame.id))).status).toBe(403);
    expect((await regs.GET(req(`/events/${frame.eventId}/registrations`), ctx(frame.eventId))).status).toBe(403);
  });

  it("publishes a lottery's commitment, refuses an early draw, and lists registrations for organizers", async () => {
    const { owner, event, frame } = await setup({ method: "lottery", capacity: 10, questions: [] });
    expect(frame.commitment).toMatch(/^[0-9a-f]{64}$/);
    asAnonymous();
    const pub = await (await draw.GET(req(`/frames/${frame.id}/draw`), ctx(frame.id))).json();
    expect(pub).toMatchObject({ algorithm: "hako-lottery-v1", commitment: frame.commitment, seed: null, order: [], drawnAt: null });
    const u = await makeUser();
    await as(u);
    expect((await (await regs.POST(req(`/events/${event.id}/registrations`, { method: "POST", body: { frameId: frame.id } }), ctx(event.id))).json()).status).toBe("applied");
    await as(owner);
    const early = await draw.POST(req(`/frames/${frame.id}/draw`, { method: "POST" }), ctx(frame.id));
    expect(early.status).toBe(422);
    expect((await early.json()).error.code).toBe("DRAW_TOO_EARLY");
    const list = await (await regs.GET(req(`/events/${event.id}/registrations?per_page=10`), ctx(event.id))).json();
    expect(list).toMatchObject({ total: 1, perPage: 10, items: [expect.objectContaining({ status: "applied", user: expect.objectContaining({ id: u.userId }) })] });
  });
});
