// The grid editor's saves (version checks, refused drops), schedule versions with their changelog
// and speaker mail, and exports that validate against our schemas of the frab schedule format.
import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import { db } from "@/lib/db";
import { scheduleToFrab, scheduleToFrabJson, toScheduleJson } from "@/lib/schedule/export";
import { addRoom, addSlot, deleteSlot, moveSlot, updateSlot, pendingChanges, publishSchedule, scheduleForViewer, scheduleVersions, slotInput } from "@/lib/schedule/service";
import { decide, replyAsSpeaker } from "@/lib/talks/service";
import { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } from "./factories";

const fixtures = path.join(process.cwd(), "tests/fixtures/frab-schedule");
const slot = (v: Record<string, unknown>) => slotInput.parse(v);

async function confirmedTalk(owner: { userId: string }, eventId: string, speaker: { userId: string }, title: string) {
  const p = await makeProposal(speaker, eventId, { title });
  await decide(owner, eventId, [p.id], "accept");
  await replyAsSpeaker(speaker, p.id, "confirm");
  return p;
}

/** A two-day, three-track conference with 受付 before the start and 懇親会 after the end. */
async function conference() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { title: "Japan Container Days & <XML>", startsAt: "2031-09-10T10:00", endsAt: "2031-09-11T18:00" }, true);
  await makeCfp(owner, event.id);
  const rooms = [await addRoom(owner, event.id, { name: "Track A", capacity: 300 }), await addRoom(owner, event.id, { name: "Track B", capacity: null }), await addRoom(owner, event.id, { name: "Track C", capacity: null })];
  const speakers = [await makeUser("sp1"), await makeUser("sp2"), await makeUser("sp3")];
  const talks = [];
  for (let i = 0; i < 6; i++) talks.push(await confirmedTalk(owner, event.id, speakers[i % 3]!, `Talk ${i + 1}`));
  await addSlot(owner, event.id, slot({ kind: "reception", startsAt: "2031-09-10T09:30", endsAt: "2031-09-10T10:00" }));
  await addSlot(owner, event.id, slot({ kind: "opening", startsAt: "2031-09-10T10:00", endsAt: "2031-09-10T10:20" }));
  const placed = [];
  for (let i = 0; i < 6; i++) {
    const day = i < 3 ? "2031-09-10" : "2031-09-11";
    placed.push(await addSlot(owner, event.id, slot({ kind: "talk", roomId: rooms[i % 3]!.id, proposalId: talks[i]!.id, startsAt: `${day}T11:00`, endsAt: `${day}T11:20` })));
  }
  await addSlot(owner, event.id, slot({ kind: "lunch", startsAt: "2031-09-10T12:00", endsAt: "2031-09-10T13:00" }));
  await addSlot(owner, event.id, slot({ kind: "party", title: "懇親会", startsAt: "2031-09-11T18:00", endsAt: "2031-09-11T20:00" }));
  return { owner, event, rooms, speakers, talks, placed };
}

describe("the grid editor's saves", () => {
  it("moves an item on its version and refuses a stale version, changing nothing", async () => {
    const { owner, rooms, placed } = await conference();
    const item = placed[0]!;
    expect(item.version).toBe(1);
    const moved = await moveSlot(owner, item.id, { roomId: rooms[2]!.id, startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T14:20", version: 1 });
    expect(moved.version).toBe(2);
    // A second organizer still looking at version 1 is refused.
    await expect(moveSlot(owner, item.id, { roomId: rooms[1]!.id, startsAt: "2031-09-10T15:00", endsAt: "2031-09-10T15:20", version: 1 })).rejects.toMatchObject({ code: "STALE_VERSION" });
    const row = await db().slot.findUniqueOrThrow({ where: { id: item.id } });
    expect([row.roomId, row.startsAt.toISOString(), row.version]).toEqual([rooms[2]!.id, "2031-09-10T05:00:00.000Z", 2]);
    await expect(deleteSlot(owner, item.id, 1)).rejects.toMatchObject({ code: "STALE_VERSION" });
  });

  it("moves a talk placed elsewhere into another slot, leaving one slot with it", async () => {
    const { owner, event, rooms, talks, placed } = await conference();
    const lunch = await db().slot.findFirstOrThrow({ where: { eventId: event.id, kind: "lunch" } });
    // Talk 1 sits in placed[0]; an organizer turns placed[1] (Talk 2's) into Talk 1's slot.
    const changed = await updateSlot(owner, placed[1]!.id, slot({ kind: "talk", roomId: rooms[1]!.id, proposalId: talks[0]!.id, startsAt: "2031-09-10T11:00", endsAt: "2031-09-10T11:20" }), 1);
    expect(changed.proposalId).toBe(talks[0]!.id);
    expect(await db().slot.count({ where: { proposalId: talks[0]!.id } })).toBe(1);
    expect(await db().slot.findUnique({ where: { id: placed[0]!.id } })).toBeNull();
    // A refused change (stale version) moves nothing: Talk 1 keeps its slot.
    await expect(updateSlot(owner, lunch.id, slot({ kind: "talk", roomId: rooms[0]!.id, proposalId: talks[0]!.id, startsAt: "2031-09-10T12:00", endsAt: "2031-09-10T12:20" }), 7)).rejects.toMatchObject({ code: "STALE_VERSION" });
    expect((await db().slot.findFirstOrThrow({ where: { proposalId: talks[0]!.id } })).id).toBe(placed[1]!.id);
  });

  it("refuses a drop onto another event's room, a zero or negative length, and a talk across all rooms", async () => {
    const { owner, placed } = await conference();
    const other = await conference();
    const item = placed[0]!;
    await expect(moveSlot(owner, item.id, { roomId: other.rooms[0]!.id, startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T14:20", version: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { roomId: ["otherEvent"] } });
    await expect(moveSlot(owner, item.id, { startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T14:00", version: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { endsAt: ["endBeforeStart"] } });
    await expect(moveSlot(owner, item.id, { startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T13:55", version: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(moveSlot(owner, item.id, { roomId: null, startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T14:20", version: 1 })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { roomId: ["required"] } });
    // Another event's organizer cannot move it at all.
    await expect(moveSlot(other.owner, item.id, { startsAt: "2031-09-10T14:00", endsAt: "2031-09-10T14:20", version: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await db().slot.findUniqueOrThrow({ where: { id: item.id } })).version).toBe(1);
  });

  it("counts 受付 before the start and 懇親会 after the end as no problem", async () => {
    const { owner, event } = await conference();
    expect((await scheduleForViewer(owner, event.id)).conflicts).toEqual([]);
  });
});

describe("schedule versions", () => {
  it("publishes numbered versions with a changelog and mails the speakers whose talk moved or was cancelled", async () => {
    const { owner, event, rooms, speakers, placed } = await conference();
    expect((await scheduleForViewer(null, event.id)).version).toBe(0);
    const v1 = await publishSchedule(owner, event.id);
    expect(v1).toMatchObject({ version: 1, created: true, changes: [] });
    // Publishing again without a change makes no new version.
    expect(await publishSchedule(owner, event.id)).toMatchObject({ version: 1, created: false });

    await moveSlot(owner, placed[0]!.id, { startsAt: "2031-09-10T15:00", endsAt: "2031-09-10T15:20", version: 1 });
    await moveSlot(owner, placed[1]!.id, { roomId: rooms[2]!.id, startsAt: "2031-09-10T11:00", endsAt: "2031-09-10T11:20", version: 1 });
    await deleteSlot(owner, placed[3]!.id);
    expect((await pendingChanges(event.id)).map((c) => c.type).sort()).toEqual(["cancelled", "moved", "roomChanged"]);
    const mailsBefore = await db().outboxMail.count({ where: { kind: { startsWith: "schedule." } } });
    expect(mailsBefore).toBe(0);

    const v2 = await publishSchedule(owner, event.id);
    expect(v2.version).toBe(2);
    expect(v2.changes.map((c) => [c.type, c.title])).toEqual([
      ["roomChanged", "Talk 2"],
      ["moved", "Talk 1"],
      ["cancelled", "Talk 4"],
    ]);
    const mails = await db().outboxMail.findMany({ where: { kind: { startsWith: "schedule." } }, orderBy: { to: "asc" } });
    // Talk 1 and Talk 4 are sp1's, Talk 2 is sp2's.
    expect(mails.map((m) => [m.to, m.kind]).sort()).toEqual([
      [speakers[0]!.email, "schedule.cancelled"],
      [speakers[0]!.email, "schedule.moved"],
      [speakers[1]!.email, "schedule.moved"],
    ].sort());

    const publicView = await scheduleVersions(null, event.id);
    expect(publicView.version).toBe(2);
    expect(publicView.items.map((v) => v.version)).toEqual([2, 1]);
    const json = toScheduleJson(await scheduleForViewer(null, event.id));
    expect(json.version).toBe(2);
    expect(json.changelog[0]!.changes).toEqual([
      'Room changed: "Talk 2" from Track B to Track C',
      'Moved: "Talk 1" from 2031-09-10T11:00:00+09:00 (Track A) to 2031-09-10T15:00:00+09:00 (Track A)',
      'Cancelled: "Talk 4" (was 2031-09-11T11:00:00+09:00 (Track A))',
    ]);
    expect(scheduleToFrab(await scheduleForViewer(null, event.id))).toContain("<version>2</version>");
  });

  it("lets only one of two organizers publishing at once make the version", async () => {
    const { owner, event } = await conference();
    const results = await Promise.allSettled([publishSchedule(owner, event.id), publishSchedule(owner, event.id)]);
    const ok = results.filter((r) => r.status === "fulfilled");
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().scheduleVersion.count({ where: { eventId: event.id } })).toBe(1);
  });
});

describe("exports against the frab schedule schemas", () => {
  const xsd = readFileSync(path.join(fixtures, "schedule.xsd"), "utf8");
  const jsonSchema = JSON.parse(readFileSync(path.join(fixtures, "schedule.schema.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true });
  addFormats(ajv);
  const validateJson = ajv.compile(jsonSchema);

  it("writes frab XML that the XSD accepts, with positive integer ids and Hako's ids kept", async () => {
    const { owner, event, placed } = await conference();
    await publishSchedule(owner, event.id);
    const s = await scheduleForViewer(null, event.id);
    const xml = scheduleToFrab(s);
    const result = await validateXML({ xml: [{ fileName: "schedule.xml", contents: xml }], schema: [xsd] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml).toMatch(/<event guid="[0-9a-f-]{36}" id="[1-9][0-9]*">/);
    expect(xml).toContain(`<slug>${event.id}-${placed[0]!.id}</slug>`);
    expect(xml).toContain("Japan Container Days &amp; &lt;XML&gt;");
  });

  it("is refused by the XSD when an id is not a positive integer, repeats, or an event has an unknown element", async () => {
    const { owner, event } = await conference();
    await publishSchedule(owner, event.id);
    const xml = scheduleToFrab(await scheduleForViewer(null, event.id));
    const valid = async (contents: string) => (await validateXML({ xml: [{ fileName: "schedule.xml", contents }], schema: [xsd] })).valid;
    expect(await valid(xml)).toBe(true);
    expect(await valid(xml.replace(/ id="[0-9]+"/, ' id="cmabc"'))).toBe(false);
    expect(await valid(xml.replace(/ id="[0-9]+"/, ' id="0"'))).toBe(false);
    const ids = [...xml.matchAll(/<event guid="[^"]+" id="([0-9]+)">/g)].map((m) => m[1]!);
    expect(await valid(xml.replace(`id="${ids[1]}"`, `id="${ids[0]}"`))).toBe(false);
    expect(await valid(xml.replace("<subtitle></subtitle>", "<subtitle></subtitle><speaker_notes>x</speaker_notes>"))).toBe(false);
  });

  it("writes frab-style JSON that the JSON schema accepts, and an empty timetable too", async () => {
    const { owner, event } = await conference();
    await publishSchedule(owner, event.id);
    const doc = scheduleToFrabJson(await scheduleForViewer(null, event.id));
    expect(validateJson(doc), JSON.stringify(validateJson.errors)).toBe(true);
    expect(doc.schedule.conference.days.map((d) => d.date)).toEqual(["2031-09-10", "2031-09-11"]);
    const broken = structuredClone(doc);
    (broken.schedule.conference.days[0]!.rooms["Track A"]![0] as { id: number }).id = 0;
    expect(validateJson(broken)).toBe(false);
    const extra = structuredClone(doc);
    (extra.schedule.conference.days[0]!.rooms["Track A"]![0] as Record<string, unknown>).speaker_notes = "x";
    expect(validateJson(extra)).toBe(false);

    const empty = await makeEvent(owner, (await makeGroup(owner)).id, { startsAt: "2031-09-10T10:00", endsAt: "2031-09-10T18:00" }, true);
    const none = await scheduleForViewer(owner, empty.id);
    expect(validateJson(scheduleToFrabJson(none)), JSON.stringify(validateJson.errors)).toBe(true);
    expect((await validateXML({ xml: [{ fileName: "schedule.xml", contents: scheduleToFrab(none) }], schema: [xsd] })).valid).toBe(true);
  });
});
