// The talk and timetable server actions: field errors keyed like the forms, and authorization
// left to the services whatever ids the form carries.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { decideAction, reviewProposalAction, submitProposalAction, updateProposalAction } = await import("@/lib/talks/actions");
const { addRoomAction, moveRoomAction, publishScheduleAction, saveSlotAction } = await import("@/lib/schedule/actions");
const { replyAsSpeaker } = await import("@/lib/talks/service");
const { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

function form(fields: Record<string, string | string[]>) {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

async function setup() {
  const owner = await makeUser("owner");
  const group = await makeGroup(owner);
  const event = await makeEvent(owner, group.id, { startsAt: "2031-06-14T19:00", endsAt: "2031-06-14T21:00" }, true);
  await makeCfp(owner, event.id);
  return { owner, event };
}

const proposal = { title: "eBPF で見るコンテナ", abstract: "", formatId: "lt", level: "BEGINNER", language: "ja", tags: "ebpf", notes: "" };

beforeEach(() => asAnonymous());

describe("proposal actions", () => {
  it("ask anonymous speakers to sign in", async () => {
    const { event } = await setup();
    expect(await submitProposalAction(null, form({ eventId: event.id, ...proposal }))).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("return field errors under the form's names and store nothing", async () => {
    const { event } = await setup();
    withSession((await makeUser("speaker")).userId);
    expect(await submitProposalAction(null, form({ eventId: event.id, ...proposal, title: " ", level: "EXPERT" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { title: ["required"], level: ["invalid"] } });
    expect(await submitProposalAction(null, form({ eventId: event.id, ...proposal, formatId: "keynote" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { formatId: ["unknownFormat"] } });
    expect(await db().proposal.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("submit as the caller and go on to the speaker's talks", async () => {
    const { event } = await setup();
    const speaker = await makeUser("speaker");
    withSession(speaker.userId);
    await expect(submitProposalAction(null, form({ eventId: event.id, ...proposal, userId: "someone-else" }))).rejects.toMatchObject({ digest: expect.stringContaining("/me/talks") });
    const stored = await db().proposal.findFirstOrThrow({ where: { eventId: event.id }, include: { speakers: true } });
    expect(stored).toMatchObject({ title: proposal.title, formatName: "LT", minutes: 5 });
    expect(stored.speakers.map((s) => s.userId)).toEqual([speaker.userId]);
  });

  it("let only the proposal's speakers edit it", async () => {
    const { event } = await setup();
    const speaker = await makeUser("speaker");
    const p = await makeProposal(speaker, event.id);
    withSession((await makeUser("stranger")).userId);
    expect(await updateProposalAction(null, form({ proposalId: p.id, title: "mine now" }))).toEqual({ ok: false, code: "NOT_FOUND" });
    withSession(speaker.userId);
    expect(await updateProposalAction(null, form({ proposalId: p.id, title: "fleet を深く理解する" }))).toEqual({ ok: true });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).title).toBe("fleet を深く理解する");
  });
});

describe("review and decision actions", () => {
  it("refuse a score outside 1–5", async () => {
    const { owner, event } = await setup();
    const p = await makeProposal(await makeUser("speaker"), event.id);
    withSession(owner.userId);
    expect(await reviewProposalAction(null, form({ proposalId: p.id, score: "6", comment: "" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { score: ["invalid"] } });
    expect(await reviewProposalAction(null, form({ proposalId: p.id, score: "4", comment: "良い" }))).toEqual({ ok: true });
  });

  it("ask for a selection, and accept several proposals at once for organizers only", async () => {
    const { owner, event } = await setup();
    const a = await makeProposal(await makeUser("a"), event.id);
    const b = await makeProposal(await makeUser("b"), event.id, { title: "Second" });
    withSession(owner.userId);
    expect(await decideAction(null, form({ eventId: event.id, decision: "accept" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { ids: ["noneSelected"] } });
    withSession((await makeUser("outsider")).userId);
    expect(await decideAction(null, form({ eventId: event.id, ids: [a.id, b.id], decision: "accept" }))).toEqual({ ok: false, code: "FORBIDDEN" });
    withSession(owner.userId);
    expect(await decideAction(null, form({ eventId: event.id, ids: [a.id, b.id], decision: "accept", message: "  " }))).toEqual({ ok: true, data: { decision: "accept", changed: "2" } });
    const stored = await db().proposal.findMany({ where: { eventId: event.id } });
    expect(stored.map((p) => [p.status, p.decisionMessage])).toEqual([
      ["ACCEPTED", null],
      ["ACCEPTED", null],
    ]);
  });
});

describe("timetable actions", () => {
  it("reorder rooms and refuse other people's reordering", async () => {
    const { owner, event } = await setup();
    withSession(owner.userId);
    for (const name of ["Room A", "Room B", "Room C"]) expect(await addRoomAction(null, form({ eventId: event.id, name, capacity: "" }))).toEqual({ ok: true });
    const c = await db().room.findFirstOrThrow({ where: { eventId: event.id, name: "Room C" } });
    expect(await moveRoomAction(null, form({ eventId: event.id, roomId: c.id, direction: "up" }))).toEqual({ ok: true });
    const order = async () => (await db().room.findMany({ where: { eventId: event.id }, orderBy: { sortOrder: "asc" } })).map((r) => r.name);
    expect(await order()).toEqual(["Room A", "Room C", "Room B"]);
    withSession((await makeUser("outsider")).userId);
    expect(await moveRoomAction(null, form({ eventId: event.id, roomId: c.id, direction: "up" }))).toMatchObject({ ok: false });
    expect(await order()).toEqual(["Room A", "Room C", "Room B"]);
  });

  it("place a confirmed talk in a room and keep fixed items free of talks", async () => {
    const { owner, event } = await setup();
    const speaker = await makeUser("speaker");
    const p = await makeProposal(speaker, event.id);
    withSession(owner.userId);
    await decideAction(null, form({ eventId: event.id, ids: p.id, decision: "accept" }));
    await replyAsSpeaker(speaker, p.id, "confirm");
    await addRoomAction(null, form({ eventId: event.id, name: "Room B" }));
    const room = await db().room.findFirstOrThrow({ where: { eventId: event.id } });
    const slot = { eventId: event.id, startsAt: "2031-06-14T19:10", endsAt: "2031-06-14T19:30" };
    expect(await saveSlotAction(null, form({ ...slot, kind: "talk", roomId: "", proposalId: p.id, title: "" }))).toEqual({ ok: false, code: "INVALID_INPUT", fields: { roomId: ["required"] } });
    expect(await saveSlotAction(null, form({ ...slot, kind: "talk", roomId: room.id, proposalId: p.id, title: "" }))).toEqual({ ok: true, data: { saved: "added" } });
    // The talk select still holds a talk when the kind changes to a fixed item.
    expect(await saveSlotAction(null, form({ eventId: event.id, startsAt: "2031-06-14T19:00", endsAt: "2031-06-14T19:10", kind: "opening", roomId: "", proposalId: p.id, title: "" }))).toEqual({ ok: true, data: { saved: "added" } });
    const slots = await db().slot.findMany({ where: { eventId: event.id }, orderBy: { startsAt: "asc" } });
    expect(slots.map((s) => [s.kind, s.roomId, s.proposalId])).toEqual([
      ["opening", null, null],
      ["talk", room.id, p.id],
    ]);
    expect(await saveSlotAction(null, form({ eventId: event.id, startsAt: "2031-06-14T19:05", endsAt: "2031-06-14T19:15", kind: "break", roomId: room.id, proposalId: "", title: "" }))).toEqual({
      ok: false,
      code: "SLOT_CONFLICT",
      fields: { startsAt: ["slotOverlap"] },
    });
    expect(await publishScheduleAction(null, form({ eventId: event.id, publish: "true" }))).toEqual({ ok: true, data: { published: "true", version: "1" } });
    expect((await db().event.findUniqueOrThrow({ where: { id: event.id } })).schedulePublished).toBe(true);
  });
});
