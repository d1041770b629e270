// The targeted messages' JSON API: organizers send and list; anyone else is refused and nothing is
// stored; bad input is refused with the field named.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { GET, POST } = await import("@/app/api/v1/events/[id]/messages/route");
const { db } = await import("@/lib/db");
const { apply } = await import("@/lib/registrations/service");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const url = (id: string) => `http://localhost:3000/api/v1/events/${id}/messages`;
const post = (id: string, body: unknown) => {
  const headers = new Headers(request.headers);
  headers.set("content-type", "application/json");
  return new Request(url(id), { method: "POST", headers, body: JSON.stringify(body) });
};

beforeEach(() => asAnonymous());

describe("the messages API", () => {
  it("sends and lists for organizers, refuses everyone else and bad input, storing nothing then", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    const frame = await makeFrame(owner, event.id, { capacity: 5 });
    const guest = await makeUser("guest");
    await apply(guest, event.id, { frameId: frame.id, answers: {} });
    const message = { audience: "CONFIRMED", subject: "Doors", body: "Doors open at 18:30" };

    expect((await POST(post(event.id, message), ctx(event.id))).status).toBe(401);
    withSession(guest.userId);
    expect((await POST(post(event.id, message), ctx(event.id))).status).toBe(403);
    expect((await GET(new Request(url(event.id)), ctx(event.id))).status).toBe(403);
    withSession(owner.userId);
    const bad = await POST(post(event.id, { ...message, audience: "EVERYONE", subject: "" }), ctx(event.id));
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { error: { fields: Record<string, unknown> } }).error.fields).sort()).toEqual(["audience", "subject"]);
    expect(await db().eventMessage.count({ where: { eventId: event.id } })).toBe(0);

    const sent = await POST(post(event.id, message), ctx(event.id));
    expect(sent.status).toBe(201);
    expect(await sent.json()).toMatchObject({ audience: "CONFIRMED", subject: "Doors", recipients: 1, sentAt: expect.any(String) });
    const later = await POST(post(event.id, { ...message, subject: "Later", sendAt: "2031-05-19T12:00" }), ctx(event.id));
    expect(await later.json()).toMatchObject({ subject: "Later", sentAt: null, sendAt: "2031-05-19T03:00:00.000Z" });
    const list = (await (await GET(new Request(url(event.id)), ctx(event.id))).json()) as { items: { subject: string }[] };
    expect(list.items.map((m) => m.subject)).toEqual(["Later", "Doors"]);
    expect(await db().outboxMail.count({ where: { kind: "event.message", to: guest.email } })).toBe(1);
  });

  it("authorizes a new message without reading the history", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    withSession(owner.userId);
    // Reads of the history go through findMany; the send itself only writes.
    const reads = vi.spyOn(db().eventMessage, "findMany");
    try {
      const sent = await POST(post(event.id, { audience: "CONFIRMED", subject: "Doors", body: "Doors open at 18:30" }), ctx(event.id));
      expect(sent.status).toBe(201);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });
});
