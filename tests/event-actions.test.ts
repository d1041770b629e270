// Server actions are public endpoints: each one must authorize by itself, whoever posts to it.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { cancelEventAction, createEventAction, publishEventAction, updateEventAction } = await import("@/lib/events/actions");
const { makeEvent, makeGroup, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

function form(fields: Record<string, string>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

async function setup() {
  const owner = await makeUser("owner");
  const group = await makeGroup(owner);
  const draft = await makeEvent(owner, group.id, { title: "Draft night" });
  const published = await makeEvent(owner, group.id, { title: "Published night" }, true);
  const attendee = await makeUser("attendee");
  const otherOrganizer = await makeUser("other-organizer");
  await makeGroup(otherOrganizer);
  return { owner, group, draft, published, attendee, otherOrganizer };
}

async function snapshot(ids: string[]) {
  return db().event.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: { id: true, title: true, status: true, updatedAt: true } });
}

beforeEach(() => asAnonymous());

describe("event server actions refuse callers who do not organize the event's group", () => {
  const callers = [
    ["anonymous", null, "UNAUTHENTICATED"],
    ["an attendee", "attendee", "FORBIDDEN"],
    ["another group's organizer", "otherOrganizer", "FORBIDDEN"],
  ] as const;

  for (const [label, who, code] of callers) {
    it(`refuses ${label} to edit, publish or cancel, and changes nothing`, async () => {
      const s = await setup();
      if (who) withSession(s[who].userId);
      else asAnonymous();
      const before = await snapshot([s.draft.id, s.published.id]);

      const edit = await updateEventAction(null, form({ eventId: s.published.id, title: "Hacked" }));
      expect(edit).toMatchObject({ ok: false, code });
      const cancel = await cancelEventAction(null, form({ eventId: s.published.id }));
      expect(cancel).toMatchObject({ ok: false, code });
      // A draft is not even visible to outsiders: they get NOT_FOUND rather than FORBIDDEN.
      const publish = await publishEventAction(null, form({ eventId: s.draft.id }));
      expect(publish).toMatchObject({ ok: false, code: who ? "NOT_FOUND" : "UNAUTHENTICATED" });
      const create = await createEventAction(null, form({ groupId: s.group.id, title: "Intruder", startsAt: "2031-01-01T10:00", endsAt: "2031-01-01T11:00" }));
      expect(create).toMatchObject({ ok: false, code });

      expect(await snapshot([s.draft.id, s.published.id])).toEqual(before);
      expect(await db().event.count({ where: { title: "Intruder" } })).toBe(0);
    });
  }

  it("lets a co-organizer publish and cancel", async () => {
    const s = await setup();
    const { addOrganizer } = await import("@/lib/groups/service");
    const co = await makeUser("co");
    await addOrganizer(s.owner, s.group.id, co.handle);
    withSession(co.userId);
    expect(await publishEventAction(null, form({ eventId: s.draft.id }))).toEqual({ ok: true });
    expect(await cancelEventAction(null, form({ eventId: s.draft.id }))).toEqual({ ok: true });
    expect((await db().event.findUniqueOrThrow({ where: { id: s.draft.id } })).status).toBe("CANCELLED");
    // Cancelling twice is a state conflict, not a silent success.
    expect(await cancelEventAction(null, form({ eventId: s.draft.id }))).toMatchObject({ ok: false, code: "INVALID_STATE" });
  });

  it("returns field errors for invalid input and stores nothing", async () => {
    const s = await setup();
    withSession(s.owner.userId);
    const res = await updateEventAction(null, form({ eventId: s.published.id, title: "", venueMapUrl: "javascript:alert(1)" }));
    expect(res).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: { title: ["required"], venueMapUrl: ["httpUrl"] } });
    expect((await db().event.findUniqueOrThrow({ where: { id: s.published.id } })).title).toBe("Published night");
  });
});
