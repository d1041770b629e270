// The door (受付): receptionists, check-in by name, undo, walk-ins and nominations, on a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addReceptionist, nominationCandidates, receptionistsOf, registerWalkIn, removeReceptionist, searchDoor, undoCheckIn } from "@/lib/door/service";
import { nominate, updateFrame } from "@/lib/frames/service";
import { participants } from "@/lib/registrations/data";
import { apply, approve, checkIn } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

async function published(overrides: Record<string, unknown> = {}) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, overrides);
  return { owner, group: g, event, frame };
}

async function named(name: string) {
  const u = await makeUser("p");
  await db().user.update({ where: { id: u.userId }, data: { name } });
  return u;
}

describe("receptionists", () => {
  it("check people in at their event and nowhere else, and do nothing an organizer does", async () => {
    const { owner, event, frame } = await published({ capacity: 5 });
    const desk = await makeUser("desk");
    await addReceptionist(owner, { eventId: event.id }, desk.handle);
    const guest = await named("山田 花子");
    const reg = await apply(guest, event.id, { frameId: frame.id, answers: {} });
    const found = await searchDoor(desk, event.id, "山田");
    expect(found.map((r) => r.id)).toEqual([reg.id]);
    const r = await checkIn(desk, event.id, { registrationId: reg.id });
    expect(r.registration.status).toBe("ATTENDED");
    // Not an organizer: no participant list, no frame edits, no approvals, no receptionists.
    await expect(participants(desk, event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(updateFrame(desk, frame.id, { capacity: 99 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addReceptionist(desk, { eventId: event.id }, guest.handle)).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Another event of the same group is not theirs.
    const other = await makeEvent(owner, event.groupId, { title: "Other night" }, true);
    await expect(searchDoor(desk, other.id, "a")).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await receptionistsOf(owner, { eventId: event.id })).map((x) => x.userId)).toEqual([desk.userId]);
  });

  it("work every event of the group when assigned to the group, until removed", async () => {
    const { owner, group, event } = await published();
    const desk = await makeUser("desk");
    await addReceptionist(owner, { groupId: group.id }, desk.email);
    expect(await searchDoor(desk, event.id, "nobody")).toEqual([]);
    expect((await receptionistsOf(owner, { eventId: event.id }))[0]).toMatchObject({ userId: desk.userId, scope: "group" });
    await removeReceptionist(owner, { groupId: group.id }, desk.userId);
    await expect(searchDoor(desk, event.id, "nobody")).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses assignments by strangers, of unknown people, and of organizers", async () => {
    const { owner, event } = await published();
    const stranger = await makeUser("stranger");
    await expect(addReceptionist(stranger, { eventId: event.id }, stranger.handle)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addReceptionist(owner, { eventId: event.id }, "nobody-here")).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
    await expect(addReceptionist(owner, { eventId: event.id }, owner.handle)).rejects.toMatchObject({ code: "ALREADY_ORGANIZER" });
    expect(await db().receptionist.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("the door list", () => {
  it("finds seated people by name, handle or receipt number, never the waitlisted", async () => {
    const { owner, event, frame } = await published({ capacity: 1 });
    const a = await named("Alice Kubelet");
    const b = await named("Alice Waiting");
    const ra = await apply(a, event.id, { frameId: frame.id, answers: {} });
    await apply(b, event.id, { frameId: frame.id, answers: {} });
    expect((await searchDoor(owner, event.id, "alice")).map((r) => r.id)).toEqual([ra.id]);
    expect((await searchDoor(owner, event.id, `@${a.handle}`)).map((r) => r.id)).toEqual([ra.id]);
    expect((await searchDoor(owner, event.id, String(ra.receiptNumber))).map((r) => r.id)).toEqual([ra.id]);
    expect(await searchDoor(owner, event.id, "   ")).toEqual([]);
  });
});

describe("undoing a check-in", () => {
  it("confirms the person again, once", async () => {
    const { owner, event, frame } = await published();
    const u = await makeUser();
    const reg = await apply(u, event.id, { frameId: frame.id, answers: {} });
    await checkIn(owner, event.id, { receiptNumber: reg.receiptNumber });
    const undone = await undoCheckIn(owner, event.id, reg.id);
    expect(undone).toMatchObject({ status: "CONFIRMED", checkedInAt: null });
    await expect(undoCheckIn(owner, event.id, reg.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    // Checked in again after the undo.
    expect((await checkIn(owner, event.id, { code: reg.ticketCode })).registration.status).toBe("ATTENDED");
  });

  it("cannot reach a registration of another event", async () => {
    const { owner, event, frame } = await published();
    const other = await published();
    const u = await makeUser();
    const reg = await apply(u, other.event.id, { frameId: other.frame.id, answers: {} });
    await checkIn(other.owner, other.event.id, { registrationId: reg.id });
    await expect(undoCheckIn(owner, event.id, reg.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(checkIn(owner, event.id, { registrationId: reg.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    void frame;
  });
});

describe("walk-ins", () => {
  it("take a free seat, confirmed and checked in, with the next receipt number", async () => {
    const { owner, event, frame } = await published({ capacity: 2 });
    const u = await makeUser();
    await apply(u, event.id, { frameId: frame.id, answers: {} });
    const w = await registerWalkIn(owner, event.id, { frameId: frame.id, name: "当日 太郎" });
    expect(w.registration).toMatchObject({ status: "ATTENDED", walkIn: true, receiptNumber: 2 });
    expect(w.name).toBe("当日 太郎");
    await expect(registerWalkIn(owner, event.id, { frameId: frame.id, name: "Too late" })).rejects.toMatchObject({ code: "FRAME_FULL" });
    // Nobody joins ahead of the waitlist.
    expect(await db().registration.count({ where: { frameId: frame.id, status: { in: ["CONFIRMED", "ATTENDED"] } } })).toBe(2);
  });

  it("never exceed the capacity when several desks race for the last seats", async () => {
    const { owner, event, frame } = await published({ capacity: 3 });
    const desk = await makeUser("desk");
    await addReceptionist(owner, { eventId: event.id }, desk.handle);
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => registerWalkIn(i % 2 ? desk : owner, event.id, { frameId: frame.id, name: `Walk-in ${i}` })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "FRAME_FULL" });
    expect(await db().registration.count({ where: { frameId: frame.id, status: "ATTENDED" } })).toBe(3);
  });

  it("are refused while people wait for a seat, in an undrawn lottery, and for strangers", async () => {
    const { owner, event, frame } = await published({ capacity: 1 });
    await apply(await makeUser(), event.id, { frameId: frame.id, answers: {} });
    await apply(await makeUser(), event.id, { frameId: frame.id, answers: {} });
    // Raising the capacity promotes the waiting person first; the seat after that is free.
    await updateFrame(owner, frame.id, { capacity: 3 });
    expect((await registerWalkIn(owner, event.id, { frameId: frame.id, name: "Third" })).registration.status).toBe("ATTENDED");
    const lottery = await makeFrame(owner, event.id, { name: "Lottery", method: "LOTTERY", capacity: 5 });
    await expect(registerWalkIn(owner, event.id, { frameId: lottery.id, name: "x" })).rejects.toMatchObject({ code: "RULE_REFUSED" });
    const stranger = await makeUser();
    await expect(registerWalkIn(stranger, event.id, { frameId: frame.id, name: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const elsewhere = await published();
    await expect(registerWalkIn(owner, event.id, { frameId: elsewhere.frame.id, name: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("take a seat in an approval frame only while one is free", async () => {
    const { owner, event, frame } = await published({ capacity: 1, method: "APPROVAL" });
    const u = await makeUser();
    const reg = await apply(u, event.id, { frameId: frame.id, answers: {} });
    await approve(owner, reg.id);
    await expect(registerWalkIn(owner, event.id, { frameId: frame.id, name: "x" })).rejects.toMatchObject({ code: "FRAME_FULL" });
  });
});

describe("nominations", () => {
  it("lists applicants for the organizer, saves the nominated in order, and refuses strangers", async () => {
    const { owner, event } = await published();
    const lottery = await makeFrame(owner, event.id, { name: "Lottery", method: "LOTTERY", capacity: 1 });
    const [a, b] = [await makeUser(), await makeUser()];
    const ra = await apply(a, event.id, { frameId: lottery.id, answers: {} });
    const rb = await apply(b, event.id, { frameId: lottery.id, answers: {} });
    await nominate(owner, lottery.id, [rb.publicId, ra.publicId]);
    const c = await nominationCandidates(owner, lottery.id);
    expect(c.nominated).toEqual([rb.publicId, ra.publicId]);
    expect(c.applicants.map((x) => x.publicId)).toEqual([ra.publicId, rb.publicId]);
    await expect(nominationCandidates(a, lottery.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
