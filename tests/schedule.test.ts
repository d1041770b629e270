// The timetable: rooms, slots, conflicts, publishing and exports.
import { describe, expect, it } from "vitest";
import { addRoom, addSlot, scheduleForViewer, setSchedulePublished, slotInput } from "@/lib/schedule/service";
import { scheduleToFrab, scheduleToIcs, toScheduleJson } from "@/lib/schedule/export";
import { decide, replyAsSpeaker } from "@/lib/talks/service";
import { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } from "./factories";

async function confirmedTalk(owner: { userId: string }, eventId: string, speaker: { userId: string }, title: string) {
  const p = await makeProposal(speaker, eventId, { title });
  await decide(owner, eventId, [p.id], "accept");
  await replyAsSpeaker(speaker, p.id, "confirm");
  return p;
}

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { title: "CoreOS Meetup Tokyo #1", startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  await makeCfp(owner, event.id);
  return { owner, event };
}

const slot = (v: Record<string, unknown>) => slotInput.parse(v);

describe("the timetable", () => {
  it("builds a two-room timetable with fixed items, publishes it and exports it", async () => {
    const { owner, event } = await setup();
    const [s1, s2] = [await makeUser("s1"), await makeUser("s2")];
    const t1 = await confirmedTalk(owner, event.id, s1, "CoreOS/Rocket");
    const t2 = await confirmedTalk(owner, event.id, s2, "Understanding fleet");
    const a = await addRoom(owner, event.id, { name: "Room A", capacity: 60 });
    const b = await addRoom(owner, event.id, { name: "Room B", capacity: null });
    await addSlot(owner, event.id, slot({ kind: "opening", startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T19:10", title: "オープニング" }));
    await addSlot(owner, event.id, slot({ kind: "talk", roomId: a.id, proposalId: t1.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }));
    await addSlot(owner, event.id, slot({ kind: "talk", roomId: b.id, proposalId: t2.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }));
    await addSlot(owner, event.id, slot({ kind: "break", startsAt: "2031-04-08T19:30", endsAt: "2031-04-08T19:40" }));

    // Unpublished: the public sees nothing yet.
    expect((await scheduleForViewer(null, event.id)).visible).toBe(false);
    await setSchedulePublished(owner, event.id, true);
    const s = await scheduleForViewer(null, event.id);
    expect(s.visible).toBe(true);
    const json = toScheduleJson(s);
    expect(json.rooms.map((r) => r.name)).toEqual(["Room A", "Room B"]);
    expect(json.items.map((i) => [i.kind, i.title])).toEqual([
      ["opening", "オープニング"],
      ["talk", "CoreOS/Rocket"],
      ["talk", "Understanding fleet"],
      ["break", "Break"],
    ]);
    expect(json.items[1]).toMatchObject({ startsAt: "2031-04-08T10:10:00.000Z", talkId: t1.id, speakers: [expect.objectContaining({ userId: s1.userId })] });

    const ics = scheduleToIcs(s);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain("SUMMARY:CoreOS/Rocket");
    expect(ics).toMatch(/DTSTART:20310408T101000Z/);
    const one = scheduleToIcs(s, s.slots[1]!.id);
    expect(one.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const xml = scheduleToFrab(s);
    expect(xml).toContain('<day index="1" date="2031-04-08" start="2031-04-08T19:00:00+09:00"');
    expect(xml).toContain('<room name="Room B">');
    expect(xml).toContain("<title>Understanding fleet</title>");
    expect(xml).toContain("<start>19:10</start>");
    expect(xml).toContain("<duration>00:20</duration>");
  });

  it("shows conflicts: a room booked twice, a speaker in two places, a talk longer than its slot", async () => {
    const { owner, event } = await setup();
    const s1 = await makeUser("s1");
    const t1 = await confirmedTalk(owner, event.id, s1, "One");
    const t2 = await confirmedTalk(owner, event.id, s1, "Two");
    const a = await addRoom(owner, event.id, { name: "A", capacity: null });
    const b = await addRoom(owner, event.id, { name: "B", capacity: null });
    await addSlot(owner, event.id, slot({ kind: "talk", roomId: a.id, proposalId: t1.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:25" }));
    await addSlot(owner, event.id, slot({ kind: "talk", roomId: b.id, proposalId: t2.id, startsAt: "2031-04-08T19:20", endsAt: "2031-04-08T19:40" }));
    await addSlot(owner, event.id, slot({ kind: "other", roomId: a.id, title: "Sponsor", startsAt: "2031-04-08T19:20", endsAt: "2031-04-08T19:30" }));
    const kinds = (await scheduleForViewer(owner, event.id)).conflicts.map((c) => c.kind).sort();
    expect(kinds).toEqual(["roomDoubleBooked", "speakerOverlap", "talkTooLong"]);
  });

  it("refuses another event's talk, an unconfirmed talk, overlapping fixed items, and outsiders", async () => {
    const { owner, event } = await setup();
    const other = await setup();
    const s = await makeUser();
    const foreign = await confirmedTalk(other.owner, other.event.id, s, "Elsewhere");
    const pending = await makeProposal(s, event.id, { title: "Pending" });
    const room = await addRoom(owner, event.id, { name: "A", capacity: null });
    await expect(addSlot(owner, event.id, slot({ kind: "talk", roomId: room.id, proposalId: foreign.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { proposalId: ["otherEvent"] },
    });
    await expect(addSlot(owner, event.id, slot({ kind: "talk", roomId: room.id, proposalId: pending.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }))).rejects.toMatchObject({
      fields: { proposalId: ["notConfirmed"] },
    });
    const otherRoom = await addRoom(other.owner, other.event.id, { name: "X", capacity: null });
    await expect(addSlot(owner, event.id, slot({ kind: "break", roomId: otherRoom.id, startsAt: "2031-04-08T19:10", endsAt: "2031-04-08T19:30" }))).rejects.toMatchObject({ fields: { roomId: ["otherEvent"] } });
    await addSlot(owner, event.id, slot({ kind: "lunch", startsAt: "2031-04-08T20:00", endsAt: "2031-04-08T20:30" }));
    await expect(addSlot(owner, event.id, slot({ kind: "break", roomId: room.id, startsAt: "2031-04-08T20:15", endsAt: "2031-04-08T20:45" }))).rejects.toMatchObject({ code: "SLOT_CONFLICT" });
    await expect(addSlot(other.owner, event.id, slot({ kind: "break", startsAt: "2031-04-08T21:00", endsAt: "2031-04-08T21:10" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(addRoom(s, event.id, { name: "Mine", capacity: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await scheduleForViewer(owner, event.id)).slots).toHaveLength(1);
  });
});
