// Custom questions through the real paths: the apply service and form, the organizer's filter by
// answer, and the CSV (a column per question, times in the event's zone).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, withSession } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { applyAction } = await import("@/lib/registrations/actions");
const { apply } = await import("@/lib/registrations/service");
const { participants, participantsCsv } = await import("@/lib/registrations/data");
const { makeCfp, makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");
const { submitProposal, updateProposal, saveCfp } = await import("@/lib/talks/service");
const { saveCfpAction, submitProposalAction } = await import("@/lib/talks/actions");
const { cfpInput, proposalInput } = await import("@/lib/talks/schema");
const { db } = await import("@/lib/db");

const QUESTIONS = [
  { label: "所属", type: "text", required: true },
  { label: "自己紹介", type: "longText" },
  { label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
  { label: "使う言語", type: "multiple", choices: ["Go", "Rust", "TypeScript"] },
  { label: "ブログ", type: "url" },
];

async function setup() {
  const owner = await makeUser("owner");
  const group = await makeGroup(owner);
  const event = await makeEvent(owner, group.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, { capacity: 10, questions: QUESTIONS });
  return { owner, event, frame };
}

beforeEach(() => asAnonymous());

describe("answers through the apply service", () => {
  it("gives new questions ids and checks each type, storing nothing on a refusal", async () => {
    const { event, frame } = await setup();
    expect(JSON.parse(frame.questions).map((q: { id: string; type: string }) => [q.id, q.type])).toEqual([
      ["q1", "text"],
      ["q2", "longText"],
      ["q3", "single"],
      ["q4", "multiple"],
      ["q5", "url"],
    ]);
    const u = await makeUser();
    await expect(apply(u, event.id, { frameId: frame.id, answers: { q3: "たぶん", q4: ["Go", "COBOL"], q5: "ftp://x.example" } })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      fields: { "answers.q1": ["required"], "answers.q3": ["notAChoice"], "answers.q4": ["notAChoice"], "answers.q5": ["httpUrl"] },
    });
    expect(await db().registration.count({ where: { frameId: frame.id } })).toBe(0);
    const ok = await apply(u, event.id, { frameId: frame.id, answers: { q1: "ACME", q2: "Hello\nworld", q3: "参加", q4: ["TypeScript", "Go"], q5: "https://blog.example/me", q9: "dropped" } });
    expect(JSON.parse(ok.answers)).toEqual({ q1: "ACME", q2: "Hello\nworld", q3: "参加", q4: ["Go", "TypeScript"], q5: "https://blog.example/me" });
  });

  it("keeps working for a frame whose questions were stored in the old shape", async () => {
    const { event, frame } = await setup();
    await db().frame.update({ where: { id: frame.id }, data: { questions: JSON.stringify([{ id: "q1", label: "懇親会", kind: "choice", choices: ["はい", "いいえ"], required: true }]) } });
    const u = await makeUser();
    await expect(apply(u, event.id, { frameId: frame.id, answers: {} })).rejects.toMatchObject({ fields: { "answers.q1": ["required"] } });
    expect(JSON.parse((await apply(u, event.id, { frameId: frame.id, answers: { q1: "はい" } })).answers)).toEqual({ q1: "はい" });
  });

  it("reads ticked boxes of a multiple choice from the form as a list", async () => {
    const { event, frame } = await setup();
    const me = await makeUser();
    withSession(me.userId);
    const form = new FormData();
    for (const [k, v] of [["eventId", event.id], ["frameId", frame.id], ["answers.q1", "ACME"], ["answers.q3", "不参加"], ["answers.q4", "Rust"], ["answers.q4", "Go"], ["answers.q5", "not a url"]]) form.append(k!, v!);
    expect(await applyAction(null, form)).toEqual({ ok: false, code: "INVALID_INPUT", fields: { "answers.q5": ["httpUrl"] } });
    form.set("answers.q5", "");
    expect(await applyAction(null, form)).toMatchObject({ ok: true });
    const row = await db().registration.findFirstOrThrow({ where: { frameId: frame.id, userId: me.userId } });
    expect(JSON.parse(row.answers)).toEqual({ q1: "ACME", q3: "不参加", q4: ["Go", "Rust"] });
  });
});

describe("the organizer's filter by answer and the CSV", () => {
  async function withApplicants() {
    const s = await setup();
    const [a, b, c] = [await makeUser("a"), await makeUser("b"), await makeUser("c")];
    const first = await apply(a, s.event.id, { frameId: s.frame.id, answers: { q1: "ACME Corp", q3: "参加", q4: ["Go"] } });
    await db().registration.update({ where: { id: first.id }, data: { createdAt: new Date("2031-05-01T03:04:05Z") } });
    await apply(b, s.event.id, { frameId: s.frame.id, answers: { q1: "Example Inc", q3: "不参加", q4: ["Go", "Rust"] } });
    await apply(c, s.event.id, { frameId: s.frame.id, answers: { q1: "acme labs", q3: "参加" } });
    return { ...s, a, b, c };
  }
  const emails = (r: { items: { user: { email: string | null } }[] }) => r.items.map((i) => i.user.email);

  it("finds a choice exactly, text by substring whatever the case, and nothing for a question of another event", async () => {
    const { owner, event, frame, a, b, c } = await withApplicants();
    const by = (questionId: string, value: string, frameId = frame.id) => participants(owner, event.id, { answer: { frameId, questionId, value } });
    expect(emails(await by("q3", "参加"))).toEqual([a.email, c.email]);
    expect(emails(await by("q4", "Rust"))).toEqual([b.email]);
    expect(emails(await by("q4", "Go"))).toEqual([a.email, b.email]);
    expect(emails(await by("q1", "ACME"))).toEqual([a.email, c.email]);
    expect((await by("q1", "ACME")).total).toBe(2);
    expect(emails(await by("q9", "x"))).toEqual([]);
    const other = await setup();
    expect(emails(await by("q1", "ACME", other.frame.id))).toEqual([]);
    // With the other filters: still only the caller's event.
    expect(emails(await participants(owner, event.id, { q: "b-", answer: { frameId: frame.id, questionId: "q4", value: "Go" } }))).toEqual([b.email]);
  });

  it("refuses the filter to anyone but the event's organizers", async () => {
    const { event, frame } = await withApplicants();
    await expect(participants(await makeUser("stranger"), event.id, { answer: { frameId: frame.id, questionId: "q3", value: "参加" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("writes a column per question and times in the event's zone with the offset", async () => {
    const { owner, event } = await withApplicants();
    const { csv } = await participantsCsv(owner, event.id, { receipt: "#", name: "name", handle: "handle", email: "email", frame: "frame", status: "status", waitlist: "waitlist", appliedAt: "applied", checkedInAt: "in" });
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("#,name,handle,email,frame,status,waitlist,applied,in,所属,自己紹介,懇親会,使う言語,ブログ");
    expect(lines[1]).toContain(",2031-05-01T12:04:05+09:00,,ACME Corp,,参加,Go,");
    expect(lines[2]).toContain(",Example Inc,,不参加,Go; Rust,");
    expect(csv).not.toMatch(/\d{2}:\d{2}:\d{2}\.\d{3}Z/);
  });
});

describe("the call for proposals' custom questions", () => {
  const CFP_QUESTIONS = [
    { label: "登壇経験", type: "single", required: true, choices: ["初めて", "数回", "たくさん"] },
    { label: "スライドの例", type: "url" },
    { label: "聞きたい人", type: "multiple", choices: ["SRE", "開発者"] },
  ];
  async function cfpSetup() {
    const owner = await makeUser("owner");
    const group = await makeGroup(owner);
    const event = await makeEvent(owner, group.id, { startsAt: "2031-06-20T10:00", endsAt: "2031-06-20T18:00" }, true);
    const cfp = await makeCfp(owner, event.id, { questions: CFP_QUESTIONS });
    return { owner, event, cfp };
  }
  const proposal = (answers: Record<string, unknown>) => proposalInput.parse({ title: "eBPF", formatId: "talk-20", level: "beginner", language: "ja", answers });

  it("checks the answers when a proposal is submitted or edited, and stores them", async () => {
    const { event, cfp } = await cfpSetup();
    expect(JSON.parse(cfp.questions).map((q: { id: string }) => q.id)).toEqual(["q1", "q2", "q3"]);
    const speaker = await makeUser("speaker");
    const formatId = JSON.parse(cfp.formats)[1].id as string;
    const input = (answers: Record<string, unknown>) => ({ ...proposal(answers), formatId });
    await expect(submitProposal(speaker, event.id, input({ q2: "javascript:alert(1)" }))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { "answers.q1": ["required"], "answers.q2": ["httpUrl"] } });
    expect(await db().proposal.count({ where: { eventId: event.id } })).toBe(0);
    const p = await submitProposal(speaker, event.id, input({ q1: "初めて", q2: "https://slides.example/a", q3: ["開発者", "SRE"], q9: "dropped" }));
    expect(JSON.parse(p.answers)).toEqual({ q1: "初めて", q2: "https://slides.example/a", q3: ["SRE", "開発者"] });
    await expect(updateProposal(speaker, p.id, { answers: { q1: "一度も" } })).rejects.toMatchObject({ fields: { "answers.q1": ["notAChoice"] } });
    await updateProposal(speaker, p.id, { answers: { q1: "数回" } });
    expect(JSON.parse((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).answers)).toEqual({ q1: "数回" });
    // Editing other fields only leaves the answers as they are.
    await updateProposal(speaker, p.id, { title: "eBPF 入門" });
    expect(JSON.parse((await db().proposal.findUniqueOrThrow({ where: { id: p.id } })).answers)).toEqual({ q1: "数回" });
  });

  it("keeps question ids when the call is saved again, so answers stay attached", async () => {
    const { owner, event } = await cfpSetup();
    const base = { opensAt: new Date(Date.now() - 3600_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), formats: "LT 5\nTalk 20" };
    // The builder sends stored questions with their ids and new ones without.
    await saveCfp(owner, event.id, cfpInput.parse({ ...base, questions: JSON.stringify([{ label: "新しい質問", type: "text" }, { id: "q3", label: "聞きたい人 (改)", type: "multiple", choices: ["SRE", "開発者"] }]) }));
    const saved = JSON.parse((await db().callForProposals.findUniqueOrThrow({ where: { eventId: event.id } })).questions) as { id: string; label: string }[];
    expect(saved.map((q) => [q.id, q.label])).toEqual([
      ["q4", "新しい質問"],
      ["q3", "聞きたい人 (改)"],
    ]);
    // A save without questions (an API client that does not know them) keeps them.
    await saveCfp(owner, event.id, cfpInput.parse(base));
    expect(JSON.parse((await db().callForProposals.findUniqueOrThrow({ where: { eventId: event.id } })).questions)).toHaveLength(2);
  });

  it("reads the proposal form's answers and returns errors under their field names", async () => {
    const { event, cfp } = await cfpSetup();
    const speaker = await makeUser("speaker");
    withSession(speaker.userId);
    const form = new FormData();
    for (const [k, v] of [["eventId", event.id], ["title", "Talk"], ["formatId", JSON.parse(cfp.formats)[0].id], ["level", "BEGINNER"], ["language", "ja"], ["answers.q3", "SRE"], ["answers.q3", "開発者"]]) form.append(k!, v!);
    expect(await submitProposalAction(null, form)).toEqual({ ok: false, code: "INVALID_INPUT", fields: { "answers.q1": ["required"] } });
    form.set("answers.q1", "たくさん");
    await expect(submitProposalAction(null, form)).rejects.toMatchObject({ digest: expect.stringContaining("/me/talks") });
    const stored = await db().proposal.findFirstOrThrow({ where: { eventId: event.id } });
    expect(JSON.parse(stored.answers)).toEqual({ q1: "たくさん", q3: ["SRE", "開発者"] });
  });

  it("refuses a builder list that does not hold up with an error on the question, and changes nothing", async () => {
    const { owner, event } = await cfpSetup();
    withSession(owner.userId);
    const form = new FormData();
    for (const [k, v] of Object.entries({ eventId: event.id, opensAt: "2031-01-01T10:00", closesAt: "2031-02-01T10:00", formats: "LT 5", questions: JSON.stringify([{ label: "ok", type: "text" }, { label: "x", type: "single", choices: ["a"] }]) })) form.set(k, v);
    expect(await saveCfpAction(null, form)).toEqual({ ok: false, code: "INVALID_INPUT", fields: { "questions.1": ["choicesNeeded"] } });
    expect(JSON.parse((await db().callForProposals.findUniqueOrThrow({ where: { eventId: event.id } })).questions)).toHaveLength(3);
  });
});
