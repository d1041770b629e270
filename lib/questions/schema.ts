// Custom questions (frames' application forms, the call for proposals) and the answers to them.
// One shape for both, stored as JSON in Frame.questions and CallForProposals.questions; answers
// are stored as a JSON object keyed by question id. No server imports: the form builder uses it too.
import { z } from "zod";
import { httpUrl } from "../validation";

export * from "./limits";
import { isChoiceType, MAX_ANSWER_LENGTH, MAX_CHOICE_LENGTH, MAX_CHOICES, MAX_LABEL_LENGTH, MAX_QUESTIONS, QUESTION_ID, QUESTION_TYPES, answerMaxLength, type Answer, type Answers, type Question, type QuestionType } from "./limits";

/**
 * Questions stored before the form builder had `kind: "text" | "choice"`; they read as `text`
 * and `single`, so frames and demo data from then keep working (and so do API clients sending them).
 */
function fromLegacy(raw: unknown): unknown {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return raw;
  const q = raw as Record<string, unknown>;
  if (q.type !== undefined || q.kind === undefined) return raw;
  const { kind, ...rest } = q;
  return { ...rest, type: kind === "choice" ? "single" : kind };
}

const fields = {
  label: z.string().trim().min(1, "required").max(MAX_LABEL_LENGTH, "tooLong"),
  type: z.enum(QUESTION_TYPES, "invalid"),
  required: z.boolean().default(false),
  choices: z.array(z.string().trim().min(1, "required").max(MAX_CHOICE_LENGTH, "tooLong")).max(MAX_CHOICES, "tooMany").optional(),
};

function checked<T extends z.ZodType<{ type: QuestionType; choices?: string[] }>>(shape: T) {
  return z.preprocess(
    fromLegacy,
    shape.superRefine((q, ctx) => {
      if (!isChoiceType(q.type)) return;
      const choices = q.choices ?? [];
      if (choices.length < 2) ctx.addIssue({ code: "custom", message: "choicesNeeded", path: ["choices"] });
      else if (new Set(choices).size !== choices.length) ctx.addIssue({ code: "custom", message: "duplicateChoice", path: ["choices"] });
    }),
  );
}

// Choices belong to choice questions only; a text question keeps none.
const tidy = <Q extends { type: QuestionType; choices?: string[] }>({ choices, ...q }: Q) => (isChoiceType(q.type) ? { ...q, choices: choices ?? [] } : q);

export const questionSchema = checked(z.object({ id: z.string().trim().regex(QUESTION_ID, "invalid"), ...fields })).transform((q) => tidy(q) as Question);

/** A question as sent by the form builder or the API: without an id ("" or absent) it is new. */
const questionDraft = checked(z.object({ id: z.union([z.literal(""), z.string().trim().regex(QUESTION_ID, "invalid")]).optional(), ...fields })).transform(
  (q) => ({ ...tidy(q), id: q.id ?? "" }) as Question,
);

/** A question list: ids unique, at most MAX_QUESTIONS. */
export const questionListSchema = z
  .array(questionSchema)
  .max(MAX_QUESTIONS, "tooMany")
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, "duplicateId");

/**
 * A question list from a form (JSON in a hidden field) or the API (an array). Ids may be left
 * empty: `assignQuestionIds` gives them when the list is saved.
 */
export const questionsInput = z
  .union([z.array(z.unknown()).max(50, "tooMany"), z.string().max(100_000, "tooLong")])
  .transform((v, ctx) => {
    if (Array.isArray(v)) return v;
    if (!v.trim()) return [];
    try {
      const parsed: unknown = JSON.parse(v);
      if (Array.isArray(parsed)) return parsed;
    } catch {
      // reported below
    }
    ctx.addIssue({ code: "custom", message: "invalid" });
    return z.NEVER;
  })
  .pipe(z.array(questionDraft).max(MAX_QUESTIONS, "tooMany"))
  .refine((qs) => {
    const ids = qs.map((q) => q.id).filter(Boolean);
    return new Set(ids).size === ids.length;
  }, "duplicateId");

/**
 * Saved questions keep their ids, so answers already given stay attached; a question sent without
 * an id takes the id of the stored question with its label (a client that does not carry ids),
 * else an id never used by the stored list.
 */
export function assignQuestionIds(existing: Question[], edited: Question[]): Question[] {
  const sent = new Set(edited.map((q) => q.id).filter(Boolean));
  const used = new Set([...existing.map((q) => q.id), ...sent]);
  const byLabel = new Map(existing.map((q) => [q.label, q.id]));
  let next = Math.max(0, ...[...used].map((id) => Number(id.match(/^q(\d+)$/)?.[1] ?? 0))) + 1;
  const taken = new Set<string>();
  return edited.map((q) => {
    let id = q.id && !taken.has(q.id) ? q.id : undefined;
    if (!id) {
      const same = byLabel.get(q.label);
      if (same && !taken.has(same) && !sent.has(same)) id = same;
    }
    if (!id) {
      while (used.has(`q${next}`) || taken.has(`q${next}`)) next++;
      id = `q${next++}`;
    }
    taken.add(id);
    return { ...q, id };
  });
}

/** Stored questions (JSON text): every question that reads, in order; anything broken is skipped. */
export function parseQuestions(json: string): Question[] {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  return raw.slice(0, MAX_QUESTIONS * 2).flatMap((q) => {
    const r = questionSchema.safeParse(q);
    if (!r.success || seen.has(r.data.id)) return [];
    seen.add(r.data.id);
    return [r.data];
  });
}


/**
 * Answers as sent: keyed by question id, a string or a list of strings (multiple choice). A body
 * with more keys than a list can have questions is refused whole; unknown ids are dropped later.
 */
export const answersInput = z
  .record(
    z.string().max(30, "invalid"),
    z.union([z.string().max(MAX_ANSWER_LENGTH, "tooLong"), z.array(z.string().max(MAX_CHOICE_LENGTH, "tooLong")).max(MAX_CHOICES, "tooMany"), z.null()]),
  )
  .refine((v) => Object.keys(v).length <= MAX_QUESTIONS, "tooMany");
export type AnswersInput = Record<string, Answer | null>;

const asList = (a: Answer | null | undefined): string[] => (a == null ? [] : Array.isArray(a) ? a : [a]).map((s) => s.trim()).filter(Boolean);

/**
 * Checks answers against the questions. Returns the answers to store (the questions' own ids
 * only, empty ones left out, trimmed) or field errors keyed `answers.<question id>`.
 */
export function validateAnswers(questions: Question[], input: AnswersInput): { ok: true; answers: Answers } | { ok: false; fields: Record<string, string[]> } {
  const fields: Record<string, string[]> = {};
  const answers: Answers = {};
  for (const q of questions) {
    const raw = Object.hasOwn(input, q.id) ? input[q.id] : null;
    const list = asList(raw);
    const key = `answers.${q.id}`;
    if (!list.length) {
      if (q.required) fields[key] = ["required"];
      continue;
    }
    if (isChoiceType(q.type)) {
      const unique = [...new Set(list)];
      if (!unique.every((c) => (q.choices ?? []).includes(c))) fields[key] = ["notAChoice"];
      else if (q.type === "single" && unique.length > 1) fields[key] = ["notAChoice"];
      else answers[q.id] = q.type === "single" ? unique[0]! : (q.choices ?? []).filter((c) => unique.includes(c));
      continue;
    }
    if (list.length > 1) {
      fields[key] = ["invalid"];
      continue;
    }
    const text = list[0]!;
    if (text.length > answerMaxLength(q.type)) fields[key] = ["tooLong"];
    else if (q.type === "url" && !httpUrl.safeParse(text).success) fields[key] = ["httpUrl"];
    else if (q.type === "text" && /[\r\n]/.test(text)) answers[q.id] = text.split(/[\r\n]+/).map((l) => l.trim()).filter(Boolean).join(" ");
    else answers[q.id] = text;
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, answers };
}

// A stored answers object can be no longer than this (MAX_QUESTIONS answers of at most
// MAX_ANSWER_LENGTH characters, JSON-escaped); anything longer predates the limits and is not read.
const MAX_STORED_ANSWERS = MAX_QUESTIONS * (MAX_ANSWER_LENGTH * 6 + 64);

/** Stored answers for output (tables, CSV, API): bounded in count and length whatever the row holds. */
export function storedAnswers(json: string): Answers {
  if (json.length > MAX_STORED_ANSWERS) return {};
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return {};
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: Answers = {};
  for (const [k, a] of Object.entries(v).slice(0, MAX_QUESTIONS)) {
    if (k.length > 30) continue;
    if (typeof a === "string") out[k] = a.slice(0, MAX_ANSWER_LENGTH);
    else if (Array.isArray(a)) out[k] = a.filter((c): c is string => typeof c === "string").slice(0, MAX_CHOICES).map((c) => c.slice(0, MAX_CHOICE_LENGTH));
  }
  return out;
}

/** An answer as one line of text (tables, CSV): a multiple answer's choices joined. */
export const answerText = (a: Answer | undefined, separator = ", ") => (a === undefined ? "" : Array.isArray(a) ? a.join(separator) : a);

/**
 * Whether an answer matches a filter: a choice question's answer holds the choice; a text
 * answer contains the text, ignoring case.
 */
export function answerMatches(q: Question, a: Answer | undefined, filter: string): boolean {
  const wanted = filter.trim();
  if (!wanted) return true;
  if (a === undefined) return false;
  if (isChoiceType(q.type)) return (Array.isArray(a) ? a : [a]).includes(wanted);
  return answerText(a).toLowerCase().includes(wanted.toLowerCase());
}

/**
 * Field errors for a form with a question list under `field`: the list's own errors stay under
 * `field`, each question's go under `<field>.<index>` (where the builder shows them).
 */
export function withQuestionErrors(fields: Record<string, string[]>, error: z.ZodError, field = "questions"): Record<string, string[]> {
  const issues = error.issues.filter((i) => i.path[0] === field);
  if (!issues.length) return fields;
  const out = { ...fields };
  delete out[field];
  const message = (m: string) => (/^[A-Za-z]+$/.test(m) ? m : "invalid");
  for (const issue of issues) {
    const key = typeof issue.path[1] === "number" ? `${field}.${issue.path[1]}` : field;
    const list = (out[key] ??= []);
    if (!list.includes(message(issue.message))) list.push(message(issue.message));
  }
  return out;
}
