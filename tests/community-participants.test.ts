// The public participant list and 参加者への情報: a hidden participant never appears by name in
// public; participant-only information never reaches anyone without a seat.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { GET: listParticipants } = await import("@/app/api/v1/events/[id]/participants/route");
const { GET: getEvent } = await import("@/app/api/v1/events/[id]/route");
const { GET: listEvents } = await import("@/app/api/v1/events/route");
const { PATCH: patchRegistration } = await import("@/app/api/v1/registrations/[id]/route");
const { GET: calendar } = await import("@/app/events/[id]/calendar.ics/route");
const { apply, cancel } = await import("@/lib/registrations/service");
const { runDraw } = await import("@/lib/lottery/service");
const { participantsCsv } = await import("@/lib/registrations/data");
const { participantsByFrame, profileActivity, publicParticipants, seatSummaries, seatSummary, setAnonymous } = await import("@/lib/participants/service");
const { updateEvent } = await import("@/lib/events/service");
const { eventUpdateInput } = await import("@/lib/events/schema");
const { db } = await import("@/lib/db");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");

const base = "http://localhost:3000";
const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string) => new Request(`${base}${path}`, { headers: new Headers(request.headers) });
const HOUR = 3600_000;

beforeEach(() => asAnonymous());

async function firstCome(capacity = 2) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, { capacity });
  return { owner, g, event, frame };
}

describe("the public participant list", () => {
  it("lists seat holders per frame; an anonymous one without name, handle or picture, to everyone", async () => {
    const { owner, event, frame } = await firstCome(2);
    const named = await makeUser("named");
    const hidden = await makeUser("hidden");
    const waiting = await makeUser("waiting");
    await db().user.update({ where: { id: hidden.userId }, data: { name: "Secret Person", image: "https://img.example/secret.png" } });
    await apply(named, event.id, { frameId: frame.id, answers: {} });
    await apply(hidden, event.id, { frameId: frame.id, answers: {}, anonymous: true });
    await apply(waiting, event.id, { frameId: frame.id, answers: {} });

    for (const viewer of [null, named, owner]) {
      const list = await publicParticipants(event.id, viewer, { page: 1, perPage: 50 });
      expect(list.total).toBe(2);
      expect(list.items).toEqual([
        { frameId: frame.id, anonymous: false, name: named.handle, handle: named.handle, image: null },
        { frameId: frame.id, anonymous: true, name: null, handle: null, image: null },
      ]);
      expect(list.frames).toEqual([expect.objectContaining({ id: frame.id, confirmed: 2, waitlisted: 1, capacity: 2 })]);
    }
    // The event page's lists: the same counts, each frame's first seat holders, and no other rows
    // read (one query of people per frame).
    const rows = vi.spyOn(db().registration, "findMany");
    const byFrame = await participantsByFrame(event.id, 1);
    const read = rows.mock.calls.map(([args]) => args?.where?.frameId);
    rows.mockRestore();
    expect(read).toEqual([frame.id]);
    expect(byFrame).toEqual([{ frame: (await publicParticipants(event.id, null, { page: 1, perPage: 50 })).frames[0], people: [expect.objectContaining({ name: named.handle })] }]);
    expect(await seatSummary(event.id)).toEqual({ confirmed: 2, capacity: 2, waitlisted: 1 });
    // A list of cards reads them all at once, the same counts; an event without frames has none.
    const empty = await makeEvent(owner, event.groupId, {}, true);
    const all = await seatSummaries([event.id, empty.id]);
    expect(Object.fromEntries(all)).toEqual({ [event.id]: { confirmed: 2, capacity: 2, waitlisted: 1 }, [empty.id]: { confirmed: 0, capacity: 0, waitlisted: 0 } });

    const res = await listParticipants(get(`/api/v1/events/${event.id}/participants?per_page=1&page=2`), ctx(event.id));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ total: 2, page: 2, perPage: 1, items: [{ anonymous: true, name: null, handle: null }] });
    for (const secret of ["Secret Person", hidden.handle, hidden.email, hidden.userId, "secret.png"]) expect(text).not.toContain(secret);
  });

  it("keeps a hidden participant out of their public profile, the event API and the CSV for non-organizers", async () => {
    const { event, frame } = await firstCome(3);
    const hidden = await makeUser("hidden");
    const named = await makeUser("named");
    await apply(hidden, event.id, { frameId: frame.id, answers: {}, anonymous: true });
    await apply(named, event.id, { frameId: frame.id, answers: {} });
    const now = new Date("2031-01-01T00:00:00Z");
    expect((await profileActivity(hidden.userId, now)).upcoming).toEqual([]);
    expect((await profileActivity(named.userId, now)).upcoming.map((e) => e.id)).toEqual([event.id]);

    const eventJson = await (await getEvent(get(`/api/v1/events/${event.id}`), ctx(event.id))).text();
    expect(eventJson).not.toContain(hidden.handle);
    await expect(participantsCsv(named, event.id, {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(participantsCsv(null, event.id, {})).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("lets a person change their choice later, and nobody else", async () => {
    const { event, frame } = await firstCome(3);
    const person = await makeUser();
    const stranger = await makeUser();
    const reg = await apply(person, event.id, { frameId: frame.id, answers: {} });
    await expect(setAnonymous(stranger, reg.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().registration.findUniqueOrThrow({ where: { id: reg.id } })).anonymous).toBe(false);

    withSession(stranger.userId);
    const refused = await patchRegistration(new Request(`${base}/api/v1/registrations/${reg.id}`, { method: "PATCH", headers: jsonHeaders(), body: JSON.stringify({ anonymous: true }) }), ctx(reg.id));
    expect(refused.status).toBe(404);

    withSession(person.userId);
    const ok = await patchRegistration(new Request(`${base}/api/v1/registrations/${reg.id}`, { method: "PATCH", headers: jsonHeaders(), body: JSON.stringify({ anonymous: true }) }), ctx(reg.id));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ id: reg.id, anonymous: true });
    expect((await publicParticipants(event.id, null, { page: 1, perPage: 10 })).items).toEqual([expect.objectContaining({ anonymous: true, name: null })]);
    const bad = await patchRegistration(new Request(`${base}/api/v1/registrations/${reg.id}`, { method: "PATCH", headers: jsonHeaders(), body: JSON.stringify({ anonymous: "maybe" }) }), ctx(reg.id));
    expect(bad.status).toBe(400);
  });

  it("answers 404 for a draft's participants to anyone but its organizers", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const draft = await makeEvent(owner, g.id);
    await expect(publicParticipants(draft.id, null, { page: 1, perPage: 10 })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await publicParticipants(draft.id, owner, { page: 1, perPage: 10 })).total).toBe(0);
  });
});

function jsonHeaders() {
  const h = new Headers(request.headers);
  h.set("content-type", "application/json");
  return h;
}

async function lotteryEvent() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00", venueName: "Hall A", venueAddress: "Tokyo", venueMapUrl: "https://maps.example/hall-a", onlineUrl: "https://stream.example/secret-room" }, true);
  await updateEvent(owner, event.id, eventUpdateInput.parse({ participantInfo: "Door code **4711**", onlineUrlPrivate: true }));
  const closes = new Date(Date.now() + HOUR);
  const frame = await makeFrame(owner, event.id, { method: "LOTTERY", capacity: 1, opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: closes.toISOString() });
  const people = [await makeUser("a"), await makeUser("b"), await makeUser("c")];
  const regs = [];
  for (const p of people) regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  return { owner, event, frame, people, regs, closes };
}

const SECRETS = ["secret-room", "4711"];

describe("参加者への情報 and a participant-only online URL", () => {
  it("reach organizers and seat holders only: not anonymous visitors, applicants not drawn, the event list or the public calendar", async () => {
    const { owner, event, people, regs, frame, closes } = await lotteryEvent();
    const readEvent = async (userId: string | null) => {
      if (userId) withSession(userId);
      else asAnonymous();
      return (await getEvent(get(`/api/v1/events/${event.id}`), ctx(event.id))).text();
    };
    // Before the draw nobody but the organizers has a seat.
    for (const text of [await readEvent(null), await readEvent(people[0]!.userId)]) for (const s of SECRETS) expect(text).not.toContain(s);
    const asOwner = JSON.parse(await readEvent(owner.userId));
    expect(asOwner).toMatchObject({ onlineUrl: "https://stream.example/secret-room", onlineUrlPrivate: true, participantInfo: "Door code **4711**" });

    await runDraw(frame.id, new Date(closes.getTime() + 1));
    const states = await db().registration.findMany({ where: { frameId: frame.id } });
    const seated = people.find((p) => states.find((r) => r.userId === p.userId)!.status === "CONFIRMED")!;
    const waiting = people.filter((p) => p !== seated);
    expect(regs).toHaveLength(3);
    expect(JSON.parse(await readEvent(seated.userId))).toMatchObject({ onlineUrl: "https://stream.example/secret-room", participantInfo: "Door code **4711**" });
    for (const p of waiting) {
      const text = await readEvent(p.userId);
      for (const s of SECRETS) expect(text).not.toContain(s);
      expect(JSON.parse(text)).toMatchObject({ onlineUrl: null, onlineUrlPrivate: true, participantInfo: null });
    }
    asAnonymous();
    const list = await (await listEvents(get(`/api/v1/events?group=${encodeURIComponent((await db().group.findUniqueOrThrow({ where: { id: event.groupId } })).slug)}`), undefined)).text();
    for (const s of SECRETS) expect(list).not.toContain(s);
    const publicIcs = await calendar(get(`/events/${event.id}/calendar.ics`), ctx(event.id));
    const ics = await publicIcs.text();
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).not.toContain("secret-room");
    expect(publicIcs.headers.get("cache-control")).not.toContain("private");
    withSession(seated.userId);
    const insiderIcs = await calendar(get(`/events/${event.id}/calendar.ics`), ctx(event.id));
    expect(await insiderIcs.text()).toContain("secret-room");
    // The participant's copy is theirs: no shared cache may keep it for the next visitor.
    expect(insiderIcs.headers.get("cache-control")).toBe("private, no-store");
    expect(insiderIcs.headers.get("vary")).toContain("Cookie");

    // The winner's mail carries the details and the calendar file; the others' carry none of it.
    const won = await db().outboxMail.findFirstOrThrow({ where: { kind: "registration.won", to: seated.email } });
    expect(won.text).toContain("4711");
    expect(won.text).toContain("https://stream.example/secret-room");
    expect(won.text).toContain("https://maps.example/hall-a");
    expect(won.text).toContain("Hall A");
    const attachments = JSON.parse(won.attachments!);
    expect(attachments[0]).toMatchObject({ filename: `hako-event-${event.id}.ics`, contentType: expect.stringContaining("text/calendar") });
    expect(attachments[0].content).toContain("secret-room");
    for (const p of waiting) {
      const lost = await db().outboxMail.findFirstOrThrow({ where: { kind: "registration.lost", to: p.email } });
      for (const s of SECRETS) expect(lost.text).not.toContain(s);
      expect(lost.attachments).toBeNull();
      // A bulk mail: a one-click unsubscribe link of the person's own.
      expect(JSON.parse(lost.headers!)).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "List-Unsubscribe": expect.stringContaining("/unsubscribe/one-click?token=") });
    }

    // The promoted person's mail carries them too.
    const seatReg = states.find((r) => r.userId === seated.userId)!;
    await cancel(seated, seatReg.id);
    const promoted = await db().outboxMail.findFirstOrThrow({ where: { kind: "registration.promoted" } });
    expect(waiting.map((p) => p.email)).toContain(promoted.to);
    expect(promoted.text).toContain("4711");
    expect(JSON.parse(promoted.attachments!)[0].content).toContain("BEGIN:VEVENT");
  });
});
