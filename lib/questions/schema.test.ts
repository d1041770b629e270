import { describe, expect, it } from "vitest";
import { answerMatches, assignQuestionIds, parseQuestions, type Question, questionsInput, storedAnswers, validateAnswers } from "./schema";

const q = (id: string, label: string, extra: Partial<Question> = {}): Question => ({ id, label, type: "text", required: false, ...extra });

describe("questionsInput", () => {
  it("reads every type from the builder's JSON and leaves new questions without an id", () => {
    const json = JSON.stringify([
      { id: "q1", label: " 所属 ", type: "text", required: false },
      { id: "", label: "自己紹介", type: "longText", required: true },
      { label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
      { id: "langs", label: "使う言語", type: "multiple", choices: ["Go", "Rust", "TS"] },
      { id: "blog", label: "Blog", type: "url", choices: ["dropped"] },
    ]);
    expect(questionsInput.parse(json)).toEqual([
      { id: "q1", label: "所属", type: "text", required: false },
      { id: "", label: "自己紹介", type: "longText", required: true },
      { id: "", label: "懇親会", type: "single", required: true, choices: ["参加", "不参加"] },
      { id: "langs", label: "使う言語", type: "multiple", required: false, choices: ["Go", "Rust", "TS"] },
      { id: "blog", label: "Blog", type: "url", required: false },
    ]);
  });

  it("accepts the old kind text and choice from API clients", () => {
    expect(questionsInput.parse([{ id: "party", label: "懇親会", kind: "choice", choices: ["yes", "no"], required: true }, { id: "note", label: "Note", kind: "text" }])).toEqual([
      { id: "party", label: "懇親会", type: "single", required: true, choices: ["yes", "no"] },
      { id: "note", label: "Note", type: "text", required: false },
    ]);
  });

  it("refuses broken JSON, unknown types, choice questions with fewer than two or repeated choices, duplicate ids and too many questions", () => {
    const messages = (v: unknown) => {
      const r = questionsInput.safeParse(v);
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(messages("質問*: A | B")).toEqual(["invalid"]);
    expect(messages([{ label: "x", type: "date" }])).toEqual(["invalid"]);
    expect(messages([{ label: "x", type: "single", choices: ["only"] }])).toEqual(["choicesNeeded"]);
    expect(messages([{ label: "x", type: "multiple", choices: ["a", "a"] }])).toEqual(["duplicateChoice"]);
    expect(messages([q("a", "x"), q("a", "y")])).toEqual(["duplicateId"]);
    expect(messages([{ label: "" , type: "text" }])).toEqual(["required"]);
    expect(messages([{ label: "x".repeat(201), type: "text" }])).toEqual(["tooLong"]);
    expect(messages([{ label: "x", type: "single", choices: Array.from({ length: 21 }, (_, i) => `c${i}`) }])).toEqual(["tooMany"]);
    expect(messages(Array.from({ length: 21 }, (_, i) => q(`q${i}`, `l${i}`)))).toEqual(["tooMany"]);
  });
});

describe("parseQuestions", () => {
  it("reads stored lists in the old format and skips what does not read", () => {
    const stored = JSON.stringify([
      { id: "q1", label: "懇親会に参加しますか", kind: "choice", choices: ["参加する", "参加しない"], required: true },
      { id: "q2", label: "CoreOS の利用歴", kind: "text", required: false },
      { id: "q3", label: "broken", type: "single", choices: [] },
      { id: "q2", label: "duplicate" },
    ]);
    expect(parseQuestions(stored)).toEqual([
      { id: "q1", label: "懇親会に参加しますか", type: "single", choices: ["参加する", "参加しない"], required: true },
      { id: "q2", label: "CoreOS の利用歴", type: "text", required: false },
    ]);
    expect(parseQuestions("not json")).toEqual([]);
    expect(parseQuestions("{}")).toEqual([]);
  });
});

describe("assignQuestionIds", () => {
  it("keeps sent ids, finds stored ids by label for questions without one, and gives new ones fresh ids", () => {
    const existing = [q("q1", "a"), q("q2", "b"), q("q3", "c")];
    const edited = [q("q3", "c"), q("", "a"), q("", "new"), q("q1", "renamed")];
    // "a" was q1, but q1 is sent for another question: "a" gets a fresh id.
    expect(assignQuestionIds(existing, edited).map((x) => [x.label, x.id])).toEqual([
      ["c", "q3"],
      ["a", "q4"],
      ["new", "q5"],
      ["renamed", "q1"],
    ]);
    expect(assignQuestionIds([q("q1", "a"), q("q2", "b")], [q("", "b"), q("", "z")]).map((x) => x.id)).toEqual(["q2", "q3"]);
  });
});

describe("validateAnswers", () => {
  const questions: Question[] = [
    q("name", "Name", { required: true }),
    q("bio", "Bio", { type: "longText" }),
    q("party", "Party", { type: "single", required: true, choices: ["yes", "no"] }),
    q("langs", "Languages", { type: "multiple", choices: ["Go", "Rust", "TS"] }),
    q("blog", "Blog", { type: "url" }),
  ];

  it("stores only the questions' own answers, trimmed, multiple choices in the questions' order", () => {
    expect(validateAnswers(questions, { name: " Aki ", bio: "line 1\nline 2", party: "yes", langs: ["TS", "Go", "TS"], blog: "https://blog.example/", other: "x" })).toEqual({
      ok: true,
      answers: { name: "Aki", bio: "line 1\nline 2", party: "yes", langs: ["Go", "TS"], blog: "https://blog.example/" },
    });
    expect(validateAnswers(questions, { name: "Aki", party: "no", langs: [], blog: "" })).toEqual({ ok: true, answers: { name: "Aki", party: "no" } });
  });

  it("refuses missing required answers, choices not offered, bad URLs and long text, per question", () => {
    expect(validateAnswers(questions, { name: "  ", party: "maybe", langs: ["Go", "Java"], blog: "javascript:alert(1)" })).toEqual({
      ok: false,
      fields: { "answers.name": ["required"], "answers.party": ["notAChoice"], "answers.langs": ["notAChoice"], "answers.blog": ["httpUrl"] },
    });
    expect(validateAnswers(questions, { name: "x".repeat(501), party: ["yes", "no"], bio: "y".repeat(2001) })).toEqual({
      ok: false,
      fields: { "answers.name": ["tooLong"], "answers.bio": ["tooLong"], "answers.party": ["notAChoice"] },
    });
  });
});

describe("storedAnswers and answerMatches", () => {
  it("reads strings and lists and drops anything else", () => {
    expect(storedAnswers(JSON.stringify({ a: "x", b: ["Go", 3], c: { no: 1 } }))).toEqual({ a: "x", b: ["Go"] });
    expect(storedAnswers("[]")).toEqual({});
  });

  it("matches a choice exactly and text by substring, ignoring case", () => {
    const choice = q("c", "C", { type: "multiple", choices: ["Go", "Golang"] });
    expect(answerMatches(choice, ["Golang"], "Go")).toBe(false);
    expect(answerMatches(choice, ["Go", "Golang"], "Go")).toBe(true);
    expect(answerMatches(q("t", "T"), "Works at ACME", "acme")).toBe(true);
    expect(answerMatches(q("t", "T"), undefined, "acme")).toBe(false);
  });
});
