// Speakers' profiles and availability, attendees' personal schedules with a private calendar
// URL, session feedback, and the public speakers page. Against a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { feedbackInput } from "@/lib/feedback/schema";
import { feedbackFor, giveFeedback } from "@/lib/feedback/service";
import { icsForToken, mySchedule, resetFeedToken, starTalk } from "@/lib/personal-schedule/service";
import { apply, checkIn } from "@/lib/registrations/service";
import { slotInput } from "@/lib/schedule/schema";
import { addRoom, addSlot, scheduleForViewer } from "@/lib/schedule/service";
import { availabilityInput, speakerProfileInput } from "@/lib/speakers/schema";
import { availabilityByspeaker, getAvailability, isSpeakerAvailable, saveAvailability, saveSpeakerProfile, speakerPhoto, speakersOfEvent } from "@/lib/speakers/service";
import { decide, replyAsSpeaker } from "@/lib/talks/service";
import { makeCfp, makeEvent, makeFrame, makeGroup, makeProposal, makeUser } from "./factories";

async function conference() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-06-01T10:00", endsAt: "2031-06-02T18:00" }, true);
  await makeCfp(owner, event.id);
  const frame = await makeFrame(owner, event.id, { capacity: 10 });
  const speaker = await makeUser("speaker");
  await db().user.update({ where: { id: speaker.userId }, data: { name: "Kaito Speaker" } });
  const talk = await makeProposal(speaker, event.id, { title: "Pods at scale" });
  await decide(owner, event.id, [talk.id], "accept");
  await replyAsSpeaker(speaker, talk.id, "confirm");
  const room = await addRoom(owner, event.id, { name: "Track A", capacity: null });
  await addSlot(owner, event.id, slotInput.parse({ kind: "talk", roomId: room.id, proposalId: talk.id, startsAt: "2031-06-01T11:00", endsAt: "2031-06-01T11:40" }));
  await db().event.update({ where: { id: event.id }, data: { schedulePublished: true } });
  const attendee = await makeUser("attendee");
  const reg = await apply(attendee, event.id, { frameId: frame.id, answers: {} });
  return { owner, event, frame, speaker, talk, attendee, reg };
}

const afterTalk = new Date("2031-06-01T03:00:00Z"); // 12:00 in Tokyo
const beforeTalk = new Date("2031-06-01T01:30:00Z"); // 10:30 in Tokyo

describe("speaker profile and availability", () => {
  it("shows the organizer's timetable a conflict when a talk lies outside its speaker's availability", async () => {
    const { owner, event, speaker } = await conference();
    const conflictsFor = async () => (await scheduleForViewer(owner, event.id)).conflicts.filter((c) => c.kind === "speakerUnavailable");
    expect(await conflictsFor()).toEqual([]);
    await saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "2031-06-01 10:00-12:00" }));
    expect(await conflictsFor()).toEqual([]);
    await saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "2031-06-01 13:00-18:00" }));
    expect(await conflictsFor()).toEqual([expect.objectContaining({ kind: "speakerUnavailable", speakerId: speaker.userId })]);
  });

  it("saves bio, photo link, pronouns and company, and refuses a non-http photo link", async () => {
    const speaker = await makeUser("sp");
    const p = await saveSpeakerProfile(speaker, speakerProfileInput.parse({ bio: "SRE", photoUrl: "https://example.com/me.png", pronouns: "she/her", company: "Hako Inc." }));
    expect(p).toMatchObject({ bio: "SRE", photoUrl: "https://example.com/me.png", pronouns: "she/her", company: "Hako Inc." });
    expect(speakerProfileInput.safeParse({ photoUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(speakerProfileInput.safeParse({ bio: "x".repeat(5_001) }).success).toBe(false);
    // Nobody's uploaded photo is served when there is none.
    await expect(speakerPhoto(null, speaker.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps availability per event day for the conflict check, and refuses other days", async () => {
    const { event, speaker, attendee } = await conference();
    await saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "2031-06-01 10:00-12:00\n2031-06-02 13:00-18:00" }));
    const mine = await getAvailability(speaker, event.id);
    expect(mine.days).toEqual(["2031-06-01", "2031-06-02"]);
    expect(mine.ranges).toHaveLength(2);
    const map = await availabilityByspeaker(event.id);
    expect(isSpeakerAvailable(map.get(speaker.userId), new Date("2031-06-01T02:00:00Z"), new Date("2031-06-01T02:40:00Z"))).toBe(true);
    expect(isSpeakerAvailable(map.get(speaker.userId), new Date("2031-06-01T04:00:00Z"), new Date("2031-06-01T04:40:00Z"))).toBe(false);
    await expect(saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "2031-06-05 10:00-12:00" }))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { ranges: ["notEventDay"] } });
    await expect(saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "2031-06-01 12:00-10:00" }))).rejects.toMatchObject({ fields: { ranges: ["endsBeforeStarts"] } });
    await expect(saveAvailability(speaker, event.id, availabilityInput.parse({ ranges: "tomorrow morning" }))).rejects.toMatchObject({ fields: { ranges: ["invalidDate"] } });
    expect((await getAvailability(speaker, event.id)).ranges).toHaveLength(2);
    // Only the event's speakers give availability.
    await expect(saveAvailability(attendee, event.id, availabilityInput.parse({ ranges: [] }))).rejects.toMatchObject({ code: "NOT_A_SPEAKER" });
  });

  it("lists confirmed speakers with their profiles on the public speakers page", async () => {
    const { event, speaker, owner } = await conference();
    await saveSpeakerProfile(speaker, speakerProfileInput.parse({ bio: "Runs clusters", company: "Hako" }));
    const submitted = await makeUser("notyet");
    await makeProposal(submitted, event.id, { title: "Not decided" });
    const { speakers } = await speakersOfEvent(null, event.id);
    expect(speakers.map((s) => [s.name, s.profile.bio, s.talks.map((t) => t.title)])).toEqual([["Kaito Speaker", "Runs clusters", ["Pods at scale"]]]);
    void owner;
  });
});

describe("personal schedule", () => {
  it("marks talks, lists them in time order, and serves them at a private URL only to its secret", async () => {
    const { talk, attendee } = await conference();
    await starTalk(attendee, talk.id, true);
    await starTalk(attendee, talk.id, true);
    const mine = await mySchedule(attendee);
    expect(mine.entries.map((e) => [e.title, e.room])).toEqual([["Pods at scale", "Track A"]]);
    const token = mine.icsUrl.split("/").pop()!;
    const ics = await icsForToken(token);
    expect(ics).toContain("SUMMARY:Pods at scale");
    expect(ics).toContain("DTSTART:20310601T020000Z");
    // Someone else's schedule: their URL is theirs; a guessed or altered one gives nothing.
    const other = await makeUser("other");
    const theirs = (await mySchedule(other)).icsUrl.split("/").pop()!;
    expect(theirs).not.toBe(token);
    expect(await icsForToken(theirs)).not.toContain("Pods at scale");
    await expect(icsForToken(`${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(icsForToken(attendee.userId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Resetting: the old URL stops working, the new one works.
    const { icsUrl } = await resetFeedToken(attendee);
    await expect(icsForToken(token)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await icsForToken(icsUrl.split("/").pop()!)).toContain("Pods at scale");
    await starTalk(attendee, talk.id, false);
    expect((await mySchedule(attendee)).entries).toEqual([]);
  });

  it("refuses to mark an undecided proposal or anything anonymously", async () => {
    const { event, attendee, talk } = await conference();
    const p = await makeProposal(await makeUser("s"), event.id);
    await expect(starTalk(attendee, p.id, true)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(starTalk(null, talk.id, true)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await db().starredTalk.count({ where: { userId: attendee.userId } })).toBe(0);
  });
});

describe("session feedback", () => {
  it("is taken from confirmed or checked-in attendees after the talk started, and read by speakers and organizers only", async () => {
    const { owner, event, talk, attendee, speaker, frame } = await conference();
    const input = feedbackInput.parse({ rating: 5, comment: "わかりやすかった" });
    await expect(giveFeedback(attendee, talk.id, input, beforeTalk)).rejects.toMatchObject({ code: "TALK_NOT_STARTED" });
    await giveFeedback(attendee, talk.id, input, afterTalk);
    await giveFeedback(attendee, talk.id, feedbackInput.parse({ rating: 4, comment: "changed my mind" }), afterTalk);
    const checkedIn = await makeUser("door");
    const reg = await apply(checkedIn, event.id, { frameId: frame.id, answers: {} });
    await checkIn(owner, event.id, { receiptNumber: reg.receiptNumber }, new Date("2031-06-01T01:00:00Z"));
    await giveFeedback(checkedIn, talk.id, feedbackInput.parse({ rating: 2 }), afterTalk);
    const forSpeaker = await feedbackFor(speaker, talk.id);
    expect(forSpeaker).toMatchObject({ count: 2, average: 3 });
    expect(forSpeaker.items.every((i) => i.author === null)).toBe(true);
    expect((await feedbackFor(owner, talk.id)).items.map((i) => i.author).filter(Boolean)).toHaveLength(2);
    await expect(feedbackFor(attendee, talk.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(feedbackFor(null, talk.id)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("refuses someone who did not attend, a cancelled attendee, a speaker, and bad ratings", async () => {
    const { talk, attendee, speaker, reg } = await conference();
    const stranger = await makeUser("stranger");
    await expect(giveFeedback(stranger, talk.id, feedbackInput.parse({ rating: 5 }), afterTalk)).rejects.toMatchObject({ code: "NOT_ATTENDED" });
    await db().registration.update({ where: { id: reg.id }, data: { status: "CANCELLED", activeKey: null } });
    await expect(giveFeedback(attendee, talk.id, feedbackInput.parse({ rating: 5 }), afterTalk)).rejects.toMatchObject({ code: "NOT_ATTENDED" });
    await expect(giveFeedback(speaker, talk.id, feedbackInput.parse({ rating: 5 }), afterTalk)).rejects.toMatchObject({ code: "RULE_REFUSED" });
    for (const rating of [0, 6, 2.5, "x"]) expect(feedbackInput.safeParse({ rating }).success).toBe(false);
    expect(feedbackInput.safeParse({ rating: 3, comment: "x".repeat(2_001) }).success).toBe(false);
    expect(await db().talkFeedback.count({ where: { proposalId: talk.id } })).toBe(0);
  });
});
