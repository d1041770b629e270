// The JSON API v1 through its route handlers, with tokens and sessions, against a real database.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { GET: listEvents, POST: postEvent } = await import("@/app/api/v1/events/route");
const { GET: getEvent, PATCH: patchEvent } = await import("@/app/api/v1/events/[id]/route");
const { POST: postGroup } = await import("@/app/api/v1/groups/route");
const { GET: getMe } = await import("@/app/api/v1/me/route");
const { createToken, revokeToken } = await import("@/lib/tokens/service");
const { makeEvent, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

const base = "http://localhost:3000/api/v1";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

function req(path: string, init: { method?: string; body?: unknown; lang?: string } = {}) {
  const h = new Headers(request.headers);
  if (init.body !== undefined) h.set("content-type", "application/json");
  if (init.lang) h.set("accept-language", init.lang);
  return new Request(`${base}${path}`, {
    method: init.method ?? "GET",
    headers: h,
    body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
  });
}

async function tokenFor(userId: string) {
  return (await createToken(userId, "test")).token;
}

beforeEach(() => asAnonymous());

describe("GET /api/v1/events", () => {
  it("lists published events only, with total and paging", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    for (let i = 1; i <= 3; i++) await makeEvent(owner, g.id, { title: `Paging night ${i}`, startsAt: `2031-0${i}-10T19:00`, endsAt: `2031-0${i}-10T21:00` }, true);
    await makeEvent(owner, g.id, { title: "Paging night draft" });
    const res = await listEvents(req(`/events?keyword=paging&per_page=2&page=2`), undefined);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 3, page: 2, perPage: 2 });
    expect(body.items.map((e: { title: string }) => e.title)).toEqual(["Paging night 3"]);
    expect(body.items[0]).toMatchObject({ status: "published", timezone: "Asia/Tokyo", tags: ["docker"], groupId: g.id });
    expect(body.items[0].startsAt).toBe("2031-03-10T10:00:00.000Z");
  });

  it("filters by tag, group slug and date range", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    const other = await makeGroup(owner);
    await makeEvent(owner, g.id, { title: "Filter A", tags: ["ebpf"], startsAt: "2032-01-10T19:00", endsAt: "2032-01-10T21:00" }, true);
    await makeEvent(owner, g.id, { title: "Filter B", tags: ["ebpf"], startsAt: "2032-03-10T19:00", endsAt: "2032-03-10T21:00" }, true);
    await makeEvent(owner, other.id, { title: "Filter C", tags: ["ebpf"], startsAt: "2032-01-12T19:00", endsAt: "2032-01-12T21:00" }, true);
    const res = await listEvents(req(`/events?tag=eBPF&group=${g.slug}&from=2032-01-01&to=2032-02-01`), undefined);
    const body = await res.json();
    expect(body.total).toBe(1);
    expect(body.items[0].title).toBe("Filter A");
  });

  it("refuses a malformed query with a 400 naming the field", async () => {
    const res = await listEvents(req(`/events?per_page=1000&from=someday`, { lang: "en" }), undefined);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error.code).toBe("INVALID_INPUT");
    expect(Object.keys(body.error.fields).sort()).toEqual(["from", "perPage"]);
  });
});

describe("creating and publishing through the API", () => {
  it("creates a group and a draft event with a token, then publishes it", async () => {
    const u = await makeUser("api");
    withBearer(await tokenFor(u.userId));
    const g = await postGroup(req("/groups", { method: "POST", body: { slug: `api-${Date.now().toString(36)}`, name: "API Meetup" } }), undefined);
    expect(g.status).toBe(201);
    const group = await g.json();
    expect(group).toMatchObject({ name: "API Meetup", description: "" });
    expect(group.url).toMatch(/\/groups\/api-/);

    const created = await postEvent(
      req("/events", { method: "POST", body: { groupId: group.id, title: "API Night", startsAt: "2031-06-01T19:00", endsAt: "2031-06-01T21:00", tags: ["docker", "k8s"], venue: undefined } }),
      undefined,
    );
    expect(created.status).toBe(201);
    const event = await created.json();
    expect(event).toMatchObject({ title: "API Night", status: "draft", seriesNumber: 1, venue: null, frames: [] });

    // The draft is invisible to the public...
    asAnonymous();
    expect((await getEvent(req(`/events/${event.id}`), ctx(event.id))).status).toBe(404);
    // ...and visible to its organizer.
    withBearer(await tokenFor(u.userId));
    expect((await getEvent(req(`/events/${event.id}`), ctx(event.id))).status).toBe(200);

    const patched = await patchEvent(req(`/events/${event.id}`, { method: "PATCH", body: { catchphrase: "now public", status: "published" } }), ctx(event.id));
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ status: "published", catchphrase: "now public" });

    asAnonymous();
    const pub = await getEvent(req(`/events/${event.id}`), ctx(event.id));
    expect(pub.status).toBe(200);
  });

  it("reads a changed local start time in the event's own zone", async () => {
    const u = await makeUser();
    const g = await makeGroup(u);
    const e = await makeEvent(u, g.id, { timezone: "Europe/Berlin", startsAt: "2031-07-01T18:00", endsAt: "2031-07-01T22:00" });
    expect(e.startsAt.toISOString()).toBe("2031-07-01T16:00:00.000Z");
    withBearer(await tokenFor(u.userId));
    const res = await patchEvent(req(`/events/${e.id}`, { method: "PATCH", body: { startsAt: "2031-07-01T19:00" } }), ctx(e.id));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ startsAt: "2031-07-01T17:00:00.000Z", timezone: "Europe/Berlin" });
    const late = await patchEvent(req(`/events/${e.id}`, { method: "PATCH", body: { startsAt: "2031-07-01T23:00" } }), ctx(e.id));
    expect(late.status).toBe(400);
    expect((await late.json()).error.fields.endsAt).toBeDefined();
  });

  it("changes only the fields a PATCH names", async () => {
    const u = await makeUser();
    const g = await makeGroup(u);
    const e = await makeEvent(u, g.id, { timezone: "Europe/Berlin", catchphrase: "keep me", description: "**kept**", hashtag: "keep", venueName: "Hall", onlineUrl: "https://example.com/live", tags: ["a", "b"] });
    withBearer(await tokenFor(u.userId));
    const res = await patchEvent(req(`/events/${e.id}`, { method: "PATCH", body: { title: "Renamed" } }), ctx(e.id));
    expect(await res.json()).toMatchObject({
      title: "Renamed",
      catchphrase: "keep me",
      description: "**kept**",
      hashtag: "keep",
      timezone: "Europe/Berlin",
      venue: { name: "Hall" },
      onlineUrl: "https://example.com/live",
      tags: ["a", "b"],
      startsAt: e.startsAt.toISOString(),
    });
    const cleared = await patchEvent(req(`/events/${e.id}`, { method: "PATCH", body: { onlineUrl: null, hashtag: "" } }), ctx(e.id));
    expect(await cleared.json()).toMatchObject({ onlineUrl: null, hashtag: null, catchphrase: "keep me" });
  });

  it("accepts the browser session as well as a token", async () => {
    const u = await makeUser();
    withSession(u.userId);
    const res = await getMe(req("/me"), undefined);
    expect(res.status).toBe(200);
    expect((await res.json()).handle).toBe(u.handle);
  });

  it("rejects a revoked or unknown token with 401", async () => {
    const u = await makeUser();
    const t = await createToken(u.userId, "old");
    await revokeToken(u.userId, t.id);
    withBearer(t.token);
    const res = await getMe(req("/me", { lang: "ja" }), undefined);
    expect(res.status).toBe(401);
    expect((await res.json()).error).toMatchObject({ code: "UNAUTHENTICATED", message: "先にサインインしてください。" });
    withBearer("hako_not-a-real-token");
    expect((await getMe(req("/me"), undefined)).status).toBe(401);
  });

  it("refuses bad input with translated field errors and stores nothing", async () => {
    const u = await makeUser();
    const g = await makeGroup(u);
    withBearer(await tokenFor(u.userId));
    const before = await db().event.count();
    const res = await postEvent(
      req("/events", {
        method: "POST",
        lang: "en-US,en;q=0.9",
        body: { groupId: g.id, title: "x".repeat(121), startsAt: "2031-06-01T19:00", endsAt: "2031-06-01T21:00", onlineUrl: "javascript:alert(1)" },
      }),
      undefined,
    );
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fields.title).toEqual(["This is too long."]);
    expect(error.fields.onlineUrl).toEqual(["Enter a URL that starts with http:// or https://."]);
    const backwards = await postEvent(
      req("/events", { method: "POST", lang: "ja", body: { groupId: g.id, title: "Backwards", startsAt: "2031-06-01T21:00", endsAt: "2031-06-01T19:00" } }),
      undefined,
    );
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error.fields.endsAt).toEqual(["終了は開始より後にしてください。"]);
    expect(await db().event.count()).toBe(before);
  });

  it("answers a non-JSON body with 400, not a crash", async () => {
    const u = await makeUser();
    withBearer(await tokenFor(u.userId));
    const res = await postGroup(req("/groups", { method: "POST", body: "{not json" }), undefined);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("INVALID_INPUT");
  });

  it("returns a JSON 404 for an unknown event", async () => {
    const res = await getEvent(req("/events/does-not-exist"), ctx("does-not-exist"));
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
    expect((await getEvent(req("/events/x"), ctx("../../etc/passwd"))).status).toBe(404);
  });

  it("refuses a taken group slug with 409", async () => {
    const u = await makeUser();
    const g = await makeGroup(u);
    withBearer(await tokenFor(u.userId));
    const res = await postGroup(req("/groups", { method: "POST", body: { slug: g.slug, name: "Again" } }), undefined);
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("SLUG_TAKEN");
  });
});

describe("who may change an event through the API", () => {
  async function setup() {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { title: "Guarded" }, true);
    const attendee = await makeUser("attendee");
    const otherOrganizer = await makeUser("other");
    await makeGroup(otherOrganizer);
    return { owner, event, attendee, otherOrganizer };
  }

  it("answers 401 to anonymous callers and changes nothing", async () => {
    const { event } = await setup();
    asAnonymous();
    for (const body of [{ title: "Hacked" }, { status: "cancelled" }]) {
      const res = await patchEvent(req(`/events/${event.id}`, { method: "PATCH", body }), ctx(event.id));
      expect(res.status).toBe(401);
    }
    const res = await postEvent(req("/events", { method: "POST", body: { groupId: event.groupId, title: "x", startsAt: "2031-01-01T10:00", endsAt: "2031-01-01T11:00" } }), undefined);
    expect(res.status).toBe(401);
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).title).toBe("Guarded");
  });

  it("answers 403 to an attendee and to another group's organizer, for edit, cancel and create", async () => {
    const { event, attendee, otherOrganizer } = await setup();
    for (const who of [attendee, otherOrganizer]) {
      withBearer(await tokenFor(who.userId));
      for (const body of [{ title: "Hacked" }, { status: "cancelled" }, { status: "published" }]) {
        const res = await patchEvent(req(`/events/${event.id}`, { method: "PATCH", body }), ctx(event.id));
        expect(res.status).toBe(403);
        expect((await res.json()).error.code).toBe("FORBIDDEN");
      }
      const res = await postEvent(req("/events", { method: "POST", body: { groupId: event.groupId, title: "Intruder", startsAt: "2031-01-01T10:00", endsAt: "2031-01-01T11:00" } }), undefined);
      expect(res.status).toBe(403);
    }
    const stored = await db().event.findUniqueOrThrow({ where: { id: event.id } });
    expect(stored).toMatchObject({ title: "Guarded", status: "PUBLISHED" });
    expect(await db().event.count({ where: { title: "Intruder" } })).toBe(0);
  });

  it("hides another group's draft behind a 404", async () => {
    const owner = await makeUser();
    const g = await makeGroup(owner);
    const draft = await makeEvent(owner, g.id, { title: "Secret draft" });
    const other = await makeUser();
    withBearer(await tokenFor(other.userId));
    expect((await getEvent(req(`/events/${draft.id}`), ctx(draft.id))).status).toBe(404);
    expect((await patchEvent(req(`/events/${draft.id}`, { method: "PATCH", body: { status: "published" } }), ctx(draft.id))).status).toBe(404);
    expect((await db().event.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
  });

  it("refuses to publish a cancelled event with 409", async () => {
    const { owner, event } = await setup();
    withBearer(await tokenFor(owner.userId));
    expect((await patchEvent(req(`/events/${event.id}`, { method: "PATCH", body: { status: "cancelled" } }), ctx(event.id))).status).toBe(200);
    const res = await patchEvent(req(`/events/${event.id}`, { method: "PATCH", body: { status: "published" } }), ctx(event.id));
    expect(res.status).toBe(409);
    expect((await res.json()).error.code).toBe("INVALID_STATE");
  });
});
