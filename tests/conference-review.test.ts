// Review beyond one score: criteria with weights, assignments by hand and by track with each
// reviewer's progress, anonymised review (page data and API alike), staged decisions sent
// together with editable templates, and messages to speakers. Against a real database.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { criteriaInput, speakerMessageInput, templateInput } from "@/lib/review/schema";
import { assignByTrack, assignReviewer, decisionTemplates, messageSpeakers, reviewProgress, saveCriteria, saveDecisionTemplate, saveReviewSettings, sendStagedDecisions, setReviewerTracks, stageDecision } from "@/lib/review/service";
import { addReviewer, decide, proposalForViewer, proposalsForReview, replyAsSpeaker, reviewProposal, talksForEvent } from "@/lib/talks/service";
import { toTalkJson } from "@/lib/talks/serialize";
import { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } from "./factories";

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-06-01T10:00", endsAt: "2031-06-02T18:00" }, true);
  await makeCfp(owner, event.id);
  const speaker = await makeUser("speaker");
  const reviewer = await makeUser("reviewer");
  const reviewer2 = await makeUser("reviewer2");
  await addReviewer(owner, event.id, reviewer.handle);
  await addReviewer(owner, event.id, reviewer2.handle);
  await db().user.update({ where: { id: speaker.userId }, data: { name: "Speaker Person" } });
  return { owner, event, speaker, reviewer, reviewer2 };
}

describe("criteria", () => {
  it("score each criterion with its weight, and refuse a missing or out-of-range score", async () => {
    const { owner, event, speaker, reviewer } = await setup();
    const criteria = await saveCriteria(owner, event.id, criteriaInput.parse({ criteria: "内容 3\n新規性 2\n対象者との適合 1" }));
    expect(criteria.map((c) => [c.name, c.weight])).toEqual([["内容", 3], ["新規性", 2], ["対象者との適合", 1]]);
    const p = await makeProposal(speaker, event.id);
    const [content, novelty, fit] = criteria.map((c) => c.id) as [string, string, string];
    await expect(reviewProposal(reviewer, p.id, { scores: { [content]: 5, [novelty]: 3 }, comment: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(reviewProposal(reviewer, p.id, { scores: { [content]: 6, [novelty]: 3, [fit]: 1 }, comment: "" })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    expect(await db().review.count({ where: { proposalId: p.id } })).toBe(0);
    const r = await reviewProposal(reviewer, p.id, { scores: { [content]: 5, [novelty]: 3, [fit]: 1 }, comment: "good" });
    expect(r).toMatchObject({ weighted: 3.67, score: 4 });
    // A new weight works the scores out again.
    await saveCriteria(owner, event.id, criteriaInput.parse({ criteria: [{ name: "内容", weight: 1 }, { name: "新規性", weight: 1 }, { name: "対象者との適合", weight: 1 }] }));
    expect((await db().review.findUniqueOrThrow({ where: { id: r.id } })).weighted).toBe(3);
    expect(criteriaInput.safeParse({ criteria: "内容 3\n内容 2" }).success).toBe(false);
    expect(criteriaInput.safeParse({ criteria: Array.from({ length: 11 }, (_, i) => ({ name: `c${i}`, weight: 1 })) }).success).toBe(false);
  });

  it("are changed by organizers only", async () => {
    const { event, reviewer } = await setup();
    await expect(saveCriteria(reviewer, event.id, criteriaInput.parse({ criteria: "x 1" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(saveCriteria(await makeUser("stranger"), event.id, criteriaInput.parse({ criteria: "x 1" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db().reviewCriterion.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe("assignments", () => {
  it("limit a reviewer to their queue and show each reviewer's progress", async () => {
    const { owner, event, speaker, reviewer, reviewer2 } = await setup();
    const a = await makeProposal(speaker, event.id, { title: "A", tags: "kubernetes" });
    const b = await makeProposal(speaker, event.id, { title: "B", tags: "security" });
    await assignReviewer(owner, a.id, reviewer.userId);
    expect((await proposalsForReview(reviewer, event.id)).rows.map((r) => r.proposal.title)).toEqual(["A"]);
    await expect(reviewProposal(reviewer, b.id, { score: 3, comment: "" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(proposalForViewer(reviewer, b.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setReviewerTracks(owner, event.id, reviewer2.userId, ["security"]);
    // Two clicks at once: one adds the assignment, the other adds nothing or is told (no 500).
    const clicks = await Promise.allSettled([assignByTrack(owner, event.id), assignByTrack(owner, event.id)]);
    for (const c of clicks) if (c.status === "rejected") expect(c.reason).toMatchObject({ code: "CONFLICT" });
    expect(clicks.map((c) => (c.status === "fulfilled" ? c.value.added : 0)).reduce((x, y) => x + y)).toBe(1);
    expect(await db().reviewAssignment.count({ where: { userId: reviewer2.userId } })).toBe(1);
    expect(await assignByTrack(owner, event.id)).toEqual({ added: 0 });
    await reviewProposal(reviewer, a.id, { score: 4, comment: "" });
    const progress = await reviewProgress(owner, event.id);
    expect(progress.reviewers.map((r) => [r.user.id, r.assigned, r.reviewed])).toEqual([
      [reviewer.userId, 1, 1],
      [reviewer2.userId, 1, 0],
    ]);
    // Only reviewers of the event, never a proposal's own speaker.
    await expect(assignReviewer(owner, a.id, speaker.userId)).rejects.toMatchObject({ code: "USER_NOT_FOUND" });
    await expect(assignReviewer(reviewer, a.id, reviewer2.userId)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("anonymised review", () => {
  it("hides the speaker from reviewers in the list, the proposal and the talks API until the decision is sent", async () => {
    const { owner, event, speaker, reviewer } = await setup();
    await db().speakerProfile.create({ data: { userId: speaker.userId, bio: "I run clusters", photoUrl: "https://example.com/me.png" } });
    const p = await makeProposal(speaker, event.id);
    await saveReviewSettings(owner, event.id, { anonymousReview: true });
    const row = (await proposalsForReview(reviewer, event.id)).rows[0]!;
    expect(row.anonymised).toBe(true);
    expect(JSON.stringify(row)).not.toContain("Speaker Person");
    expect(JSON.stringify(row)).not.toContain(speaker.email);
    const viewed = await proposalForViewer(reviewer, p.id);
    const json = JSON.stringify(toTalkJson(viewed.proposal, { private: true }));
    expect(json).not.toContain(speaker.userId);
    expect(json).not.toContain("Speaker Person");
    const listed = JSON.stringify((await talksForEvent(reviewer, event.id)).map((t) => toTalkJson(t, { private: true })));
    expect(listed).not.toContain(speaker.userId);
    // Organizers, who decide, see the speaker.
    expect(JSON.stringify((await proposalsForReview(owner, event.id)).rows[0])).toContain("Speaker Person");
    // Staging is not a decision; sending is.
    await stageDecision(owner, p.id, "accept");
    expect((await proposalsForReview(reviewer, event.id)).rows[0]!.anonymised).toBe(true);
    await sendStagedDecisions(owner, event.id);
    expect(JSON.stringify((await proposalsForReview(reviewer, event.id)).rows[0])).toContain("Speaker Person");
  });

  it("shows speakers to reviewers when the review is not anonymised", async () => {
    const { event, speaker, reviewer } = await setup();
    await makeProposal(speaker, event.id);
    const row = (await proposalsForReview(reviewer, event.id)).rows[0]!;
    expect(row.anonymised).toBe(false);
    expect(JSON.stringify(row)).toContain("Speaker Person");
  });
});

describe("staged decisions", () => {
  it("tell nobody until sent, then go out together with the event's templates in each speaker's language", async () => {
    const { owner, event, speaker } = await setup();
    const other = await makeUser("other");
    await db().user.update({ where: { id: other.userId }, data: { locale: "en" } });
    const a = await makeProposal(speaker, event.id, { title: "A" });
    const b = await makeProposal(other, event.id, { title: "B" });
    const c = await makeProposal(other, event.id, { title: "C" });
    await saveDecisionTemplate(owner, event.id, templateInput.parse({ decision: "accept", locale: "ja", subject: "採択: {title}", body: "{name} さん、{event} で「{title}」をお願いします" }));
    await stageDecision(owner, a.id, "accept");
    await stageDecision(owner, b.id, "reject");
    await stageDecision(owner, c.id, "waitlist");
    expect(await db().outboxMail.count({ where: { to: { in: [speaker.email, other.email] } } })).toBe(0);
    expect((await db().proposal.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("SUBMITTED");
    expect((await reviewProgress(owner, event.id)).staged).toBe(3);
    expect(await sendStagedDecisions(owner, event.id)).toEqual({ sent: 3 });
    const statuses = await db().proposal.findMany({ where: { eventId: event.id }, orderBy: { title: "asc" }, select: { status: true, stagedDecision: true } });
    expect(statuses).toEqual([{ status: "ACCEPTED", stagedDecision: null }, { status: "REJECTED", stagedDecision: null }, { status: "WAITLISTED", stagedDecision: null }]);
    const mailA = await db().outboxMail.findFirstOrThrow({ where: { to: speaker.email } });
    expect(mailA).toMatchObject({ kind: "proposal.accepted", subject: "採択: A" });
    expect(mailA.text).toContain("Container Night で「A」をお願いします");
    const mailsOther = await db().outboxMail.findMany({ where: { to: other.email }, orderBy: { kind: "asc" } });
    expect(mailsOther.map((m) => m.kind)).toEqual(["proposal.rejected", "proposal.waitlisted"]);
    expect(mailsOther[1]!.subject).toBe("About your proposal (waitlist): C");
    // Nothing left to send; a waitlisted talk can be staged again and accepted later.
    expect(await sendStagedDecisions(owner, event.id)).toEqual({ sent: 0 });
    await stageDecision(owner, c.id, "accept");
    await sendStagedDecisions(owner, event.id);
    expect((await db().proposal.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("ACCEPTED");
  });

  it("refuse staging a decided proposal and strangers' staging or sending", async () => {
    const { owner, event, speaker, reviewer } = await setup();
    const p = await makeProposal(speaker, event.id);
    await decide(owner, event.id, [p.id], "accept");
    await expect(stageDecision(owner, p.id, "reject")).rejects.toMatchObject({ code: "INVALID_STATE" });
    const q = await makeProposal(speaker, event.id, { title: "Q" });
    await expect(stageDecision(reviewer, q.id, "accept")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(sendStagedDecisions(await makeUser("x"), event.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db().proposal.findUniqueOrThrow({ where: { id: q.id } })).stagedDecision).toBeNull();
  });

  it("lists the templates in ja and en, custom or built in", async () => {
    const { owner, event } = await setup();
    const before = await decisionTemplates(owner, event.id);
    expect(before).toHaveLength(6);
    expect(before.every((t) => !t.custom)).toBe(true);
    await saveDecisionTemplate(owner, event.id, templateInput.parse({ decision: "reject", locale: "en", subject: "Sorry", body: "Not this time, {name}" }));
    expect((await decisionTemplates(owner, event.id)).find((t) => t.decision === "reject" && t.locale === "en")).toMatchObject({ subject: "Sorry", custom: true });
    expect(templateInput.safeParse({ decision: "reject", locale: "fr", subject: "x", body: "y" }).success).toBe(false);
  });
});

describe("messages to speakers", () => {
  it("reach all speakers, or only the accepted or confirmed ones, once each", async () => {
    const { owner, event, speaker } = await setup();
    const s2 = await makeUser("s2");
    const s3 = await makeUser("s3");
    const a = await makeProposal(speaker, event.id);
    await makeProposal(speaker, event.id, { title: "second" });
    const b = await makeProposal(s2, event.id);
    await makeProposal(s3, event.id);
    await decide(owner, event.id, [a.id, b.id], "accept");
    await replyAsSpeaker(speaker, a.id, "confirm");
    const send = (audience: string) => messageSpeakers(owner, event.id, speakerMessageInput.parse({ audience, subject: "Hello", body: "Welcome" }));
    expect(await send("all")).toEqual({ sent: 3 });
    expect(await send("accepted")).toEqual({ sent: 2 });
    expect(await send("confirmed")).toEqual({ sent: 1 });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: speaker.email, kind: "proposal.speakerMessage" } });
    expect(mail.subject).toBe("[Container Night] Hello");
    expect(speakerMessageInput.safeParse({ audience: "everyone", subject: "x", body: "y" }).success).toBe(false);
  });
});
