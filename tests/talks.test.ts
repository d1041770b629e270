// Proposals through their life, and who may do what, against a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addReviewer, answerInvitation, decide, inviteCoSpeaker, myTalks, proposalForViewer, proposalsForReview, replyAsSpeaker, reviewProposal, submitProposal, talksForEvent, updateProposal, withdrawProposal } from "@/lib/talks/service";
import { proposalInput } from "@/lib/talks/schema";
import { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } from "./factories";

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  await makeCfp(owner, event.id);
  const speaker = await makeUser("speaker");
  const reviewer = await makeUser("reviewer");
  await addReviewer(owner, event.id, reviewer.handle);
  return { owner, event, speaker, reviewer };
}

describe("proposals", () => {
  it("go from submitted to accepted to confirmed, and the speaker gets a seat", async () => {
    const { owner, event, speaker } = await setup();
    const p = await makeProposal(speaker, event.id);
    expect(p).toMatchObject({ status: "SUBMITTED", formatName: "Talk", minutes: 20 });
    await decide(owner, event.id, [p.id], "accept", "ぜひお願いします");
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: speaker.email, kind: "proposal.accepted" } });
    expect(mail.text).toContain("ぜひお願いします");
    const confirmed = await replyAsSpeaker(speaker, p.id, "confirm");
    expect(confirmed.status).toBe("CONFIRMED");
    const seat = await db().registration.findFirstOrThrow({ where: { eventId: event.id, userId: speaker.userId }, include: { frame: true } });
    expect(seat).toMatchObject({ status: "CONFIRMED", frame: { forSpeakers: true } });
    expect((await talksForEvent(null, event.id)).map((t) => t.id)).toEqual([p.id]);
  });

  it("can be edited until the call closes, and withdrawn", async () => {
    const { event, speaker } = await setup();
    const p = await makeProposal(speaker, event.id);
    const edited = await updateProposal(speaker, p.id, { title: "fleet を理解する", formatId: "session" });
    expect(edited).toMatchObject({ title: "fleet を理解する", minutes: 40 });
    await expect(updateProposal(speaker, p.id, { title: "late" }, new Date(Date.now() + 8 * 86_400_000))).rejects.toMatchObject({ code: "CFP_CLOSED" });
    expect((await withdrawProposal(speaker, p.id)).status).toBe("WITHDRAWN");
    await expect(withdrawProposal(speaker, p.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("refuses a closed call, an unknown format and an empty title", async () => {
    const { event, speaker } = await setup();
    await expect(submitProposal(speaker, event.id, proposalInput.parse({ title: "x", formatId: "keynote", level: "beginner", language: "en" }))).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { formatId: ["unknownFormat"] },
    });
    await expect(submitProposal(speaker, event.id, proposalInput.parse({ title: "x", formatId: "lt", level: "beginner", language: "en" }), new Date(Date.now() + 8 * 86_400_000))).rejects.toMatchObject({ code: "CFP_CLOSED" });
    expect(proposalInput.safeParse({ title: "  ", formatId: "lt", level: "beginner", language: "en" }).success).toBe(false);
    expect(await db().proposal.count({ where: { eventId: event.id } })).toBe(0);
  });

  it("invites co-speakers who accept before they count", async () => {
    const { event, speaker } = await setup();
    const co = await makeUser("co");
    const p = await makeProposal(speaker, event.id);
    await inviteCoSpeaker(speaker, p.id, co.email);
    expect((await myTalks(co)).invitations.map((x) => x.id)).toEqual([p.id]);
    await expect(updateProposal(co, p.id, { title: "not yet mine" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await answerInvitation(co, p.id, true);
    expect((await updateProposal(co, p.id, { title: "ours" })).title).toBe("ours");
    await expect(inviteCoSpeaker(speaker, p.id, "nobody-here")).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
  });
});

describe("reviews and who may do what", () => {
  it("hides others' scores from a reviewer until they have scored", async () => {
    const { owner, event, speaker, reviewer } = await setup();
    const p = await makeProposal(speaker, event.id);
    await reviewProposal(owner, p.id, { score: 5, comment: "great" });
    let list = await proposalsForReview(reviewer, event.id);
    expect(list.rows[0]).toMatchObject({ myReview: null, othersVisible: false, average: null, count: null, reviews: [] });
    await reviewProposal(reviewer, p.id, { score: 3, comment: "ok" });
    list = await proposalsForReview(reviewer, event.id);
    expect(list.rows[0]).toMatchObject({ othersVisible: true, average: 4, count: 2 });
    // Organizers decide, so they always see the scores.
    expect((await proposalsForReview(owner, event.id)).rows[0]!.average).toBe(4);
  });

  it("lets a reviewer score but not accept; a speaker neither; nobody from another event sees anything", async () => {
    const { event, speaker, reviewer } = await setup();
    const p = await makeProposal(speaker, event.id);
    await expect(decide(reviewer, event.id, [p.id], "accept")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewProposal(speaker, p.id, { score: 5, comment: "" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(proposalsForReview(speaker, event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    const other = await setup();
    await expect(proposalsForReview(other.owner, event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(reviewProposal(other.owner, p.id, { score: 1, comment: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposalForViewer(other.owner, p.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Deciding on another event's proposal through one's own event is refused too.
    await expect(decide(other.owner, other.event.id, [p.id], "accept")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateProposal(other.speaker, p.id, { title: "mine now" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("SUBMITTED");
  });

  it("accepts and rejects in bulk, and refuses a confirm before acceptance", async () => {
    const { owner, event, speaker } = await setup();
    const a = await makeProposal(speaker, event.id, { title: "A" });
    const b = await makeProposal(speaker, event.id, { title: "B" });
    await expect(replyAsSpeaker(speaker, a.id, "confirm")).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await decide(owner, event.id, [a.id, b.id], "reject")).toEqual({ changed: 2 });
    expect(await db().proposal.count({ where: { id: { in: [a.id, b.id] }, status: "REJECTED" } })).toBe(2);
    expect(await db().outboxMail.count({ where: { to: speaker.email, kind: "proposal.rejected" } })).toBe(2);
  });
});

describe("the speaker frame", () => {
  it("takes no applications from anyone", async () => {
    const { owner, event, speaker } = await setup();
    const p = await makeProposal(speaker, event.id);
    await decide(owner, event.id, [p.id], "accept");
    await replyAsSpeaker(speaker, p.id, "confirm");
    const frame = await db().frame.findFirstOrThrow({ where: { eventId: event.id, forSpeakers: true } });
    const { apply } = await import("@/lib/registrations/service");
    const someone = await makeUser();
    await expect(apply(someone, event.id, { frameId: frame.id, answers: {} })).rejects.toMatchObject({ code: "RULE_REFUSED" });
  });
});
