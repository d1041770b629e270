// Duplicate for the next #N: what is copied, what is shifted, what is not copied, who may.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { frameLog } from "@/lib/frame-log/service";
import { apply } from "@/lib/registrations/service";
import { duplicateEvent } from "@/lib/series/service";
import { nextTitle } from "@/lib/series/schema";
import { makeCfp, makeEvent, makeFrame, makeGroup, makeProposal, makeUser } from "./factories";

const DAY = 24 * 3600_000;

async function source() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { title: "CoreOS Meetup Tokyo #1", startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30", venueName: "Hako Hall", description: "# 概要\n毎月の勉強会" }, true);
  const first = await makeFrame(owner, event.id, {
    name: "一般枠",
    capacity: 30,
    opensAt: "2031-05-01T12:00",
    closesAt: "2031-05-19T12:00",
    cancelDeadline: "2031-05-20T12:00",
    reconfirmFrom: "2031-05-17T19:00",
    reconfirmUntil: "2031-05-19T19:00",
    reconfirmPolicy: "REMIND",
    questions: [{ id: "q1", label: "懇親会", kind: "choice", choices: ["参加", "不参加"], required: true }],
  });
  const lottery = await makeFrame(owner, event.id, { name: "抽選枠", method: "LOTTERY", capacity: 50, beacon: "none", opensAt: "2031-05-01T12:00", closesAt: "2031-05-10T12:00" });
  await makeCfp(owner, event.id, { opensAt: "2031-04-01T10:00", closesAt: "2031-04-30T10:00" });
  return { owner, g, event, first, lottery };
}

describe(`duplicate for the next #N (${dbProvider()})`, () => {
  it("copies description, frames and CFP into a draft with the next number, every time shifted", async () => {
    const { owner, event, first, lottery } = await source();
    const copyId = await duplicateEvent(owner, event.id, { startsAt: "2031-06-17T19:00" });
    const copy = await db().event.findUniqueOrThrow({ where: { id: copyId }, include: { frames: { orderBy: { sortOrder: "asc" } }, cfp: true, tags: true } });
    const by = 28 * DAY;
    expect(copy).toMatchObject({ status: "DRAFT", seriesNumber: 2, title: "CoreOS Meetup Tokyo #2", venueName: "Hako Hall", description: event.description, timezone: "Asia/Tokyo" });
    expect(copy.endsAt.getTime()).toBe(event.endsAt.getTime() + by);
    expect(copy.tags.map((t) => t.tag)).toEqual(["docker"]);
    const [f1, f2] = copy.frames;
    expect(f1).toMatchObject({ name: "一般枠", capacity: 30, method: "FIRST_COME", questions: first.questions, reconfirmPolicy: "REMIND" });
    for (const k of ["opensAt", "closesAt", "cancelDeadline", "reconfirmFrom", "reconfirmUntil"] as const) expect(f1![k]!.getTime()).toBe(first[k]!.getTime() + by);
    // A new lottery: its own seed and commitment, and its log starts with its own creation.
    expect(f2).toMatchObject({ name: "抽選枠", method: "LOTTERY", drawState: "PENDING" });
    expect(f2!.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(f2!.commitment).not.toBe(lottery.commitment);
    expect(f2!.seed).not.toBe(lottery.seed);
    expect((await frameLog(f2!.id)).map((e) => e.kind)).toEqual(["created"]);
    const cfp = await db().callForProposals.findUniqueOrThrow({ where: { eventId: event.id } });
    expect(copy.cfp!.opensAt.getTime()).toBe(cfp.opensAt.getTime() + by);
    expect(copy.cfp!.formats).toBe(cfp.formats);
  });

  it("copies nothing personal: no registration, proposal or speaker frame", async () => {
    const { owner, event, first } = await source();
    await db().frame.update({ where: { id: first.id }, data: { opensAt: new Date(Date.now() - DAY) } });
    await apply(await makeUser(), event.id, { frameId: first.id, answers: { q1: "参加" } });
    await db().callForProposals.update({ where: { eventId: event.id }, data: { opensAt: new Date(Date.now() - DAY), closesAt: new Date(Date.now() + DAY) } });
    await makeProposal(await makeUser("speaker"), event.id);
    await db().frame.create({ data: { eventId: event.id, name: "登壇者枠", capacity: 1, method: "APPROVAL", forSpeakers: true, opensAt: new Date(), closesAt: event.startsAt } });
    const copyId = await duplicateEvent(owner, event.id, { startsAt: "2031-06-17T19:00+09:00" });
    expect(await db().registration.count({ where: { eventId: copyId } })).toBe(0);
    expect(await db().proposal.count({ where: { eventId: copyId } })).toBe(0);
    expect(await db().frame.count({ where: { eventId: copyId, forSpeakers: true } })).toBe(0);
  });

  it("takes the group's next number even when the source is not the latest", async () => {
    const { owner, g, event } = await source();
    await makeEvent(owner, g.id, { title: "CoreOS Meetup Tokyo #2", startsAt: "2031-06-17T19:00", endsAt: "2031-06-17T21:00" });
    const copyId = await duplicateEvent(owner, event.id, { startsAt: "2031-07-15T19:00" });
    expect(await db().event.findUniqueOrThrow({ where: { id: copyId } })).toMatchObject({ seriesNumber: 3, title: "CoreOS Meetup Tokyo #3" });
  });

  it("refuses strangers and bad dates, and creates nothing", async () => {
    const { g, event } = await source();
    const before = await db().event.count({ where: { groupId: g.id } });
    await expect(duplicateEvent(await makeUser(), event.id, { startsAt: "2031-06-17T19:00" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(duplicateEvent(null, event.id, { startsAt: "2031-06-17T19:00" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { owner } = await source();
    await expect(duplicateEvent(owner, event.id, { startsAt: "2031-06-17T19:00" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(duplicateEvent(owner, "nope", { startsAt: "2031-06-17T19:00" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const { owner: o2, event: e2 } = await source();
    await expect(duplicateEvent(o2, e2.id, { startsAt: "next friday" })).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { startsAt: ["invalidDate"] } });
    expect(await db().event.count({ where: { groupId: g.id } })).toBe(before);
  });

  it("moves the number in the title only when it is the series number", () => {
    expect(nextTitle("Docker Meetup Tokyo #9", 9, 10)).toBe("Docker Meetup Tokyo #10");
    expect(nextTitle("クラウドごった煮 ＃3", 3, 4)).toBe("クラウドごった煮 ＃4");
    expect(nextTitle("Docker Meetup #19", 1, 2)).toBe("Docker Meetup #19");
    expect(nextTitle("K8s 1.31 night", null, 2)).toBe("K8s 1.31 night");
  });
});
