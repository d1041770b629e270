// Pure registration rules: when a frame takes applications, who may cancel, answer checks.
import { MAX_ANSWER_LENGTH, MAX_QUESTIONS, type Question, questionSchema, type RegistrationStatus } from "./schema";

/** Statuses that hold a seat. Checked-in people keep theirs. */
export const SEATED = ["CONFIRMED", "ATTENDED"] as const;

type Window = { opensAt: Date; closesAt: Date };

export function applicationWindow(frame: Window, now: Date): "NOT_OPEN_YET" | "OPEN" | "CLOSED" {
  if (now < frame.opensAt) return "NOT_OPEN_YET";
  if (now >= frame.closesAt) return "CLOSED";
  return "OPEN";
}

/**
 * Whether a pending lottery's list is frozen: its close is on record, or has passed. From then
 * until the draw nothing about the frame changes and no registration enters or leaves it.
 */
export const isFrozen = (f: { method: string; drawState: string | null; closedAt: Date | null; closesAt: Date }, now: Date) =>
  f.method === "LOTTERY" && f.drawState === "PENDING" && (f.closedAt !== null || now >= f.closesAt);

type CancelFrame = { method: string; closesAt: Date; cancelDeadline: Date | null; drawState: string | null };

/**
 * Why a registration cannot be cancelled now, or null when it can. Between the close of a
 * lottery and its draw the applicant list is frozen (its digest is published), so lottery
 * applications wait for the draw.
 */
export function cancelRefusal(status: RegistrationStatus, frame: CancelFrame, event: { startsAt: Date }, now: Date) {
  if (!["APPLIED", "CONFIRMED", "WAITLISTED"].includes(status)) return "INVALID_STATE" as const;
  if (now >= event.startsAt) return "EVENT_CLOSED" as const;
  if (frame.cancelDeadline && now >= frame.cancelDeadline) return "CANCEL_DEADLINE_PASSED" as const;
  if (frame.method === "LOTTERY" && frame.drawState === "PENDING" && now >= frame.closesAt) return "LOTTERY_FROZEN" as const;
  return null;
}

export function parseQuestions(json: string): Question[] {
  try {
    const raw: unknown = JSON.parse(json);
    return Array.isArray(raw) ? raw.flatMap((q) => {
      const r = questionSchema.safeParse(q);
      return r.success ? [r.data] : [];
    }) : [];
  } catch {
    return [];
  }
}

/** Only the answers to the frame's own questions, with empty ones left out: nothing else is stored. */
export function ownAnswers(questions: Question[], answers: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const q of questions) {
    const a = Object.hasOwn(answers, q.id) ? answers[q.id] : null;
    if (typeof a === "string" && a.trim()) out[q.id] = a.slice(0, MAX_ANSWER_LENGTH);
  }
  return out;
}

// A stored answers object can be no longer than this (MAX_QUESTIONS answers of MAX_ANSWER_LENGTH
// characters, JSON-escaped); anything longer predates the limits and is not read at all.
const MAX_STORED_ANSWERS = MAX_QUESTIONS * (MAX_ANSWER_LENGTH * 6 + 64);

/** Stored answers for output (participant list, CSV, API): bounded in count and length whatever the row holds. */
export function storedAnswers(json: string): Record<string, string> {
  if (json.length > MAX_STORED_ANSWERS) return {};
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return {};
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: Record<string, string> = {};
  for (const [k, a] of Object.entries(v).slice(0, MAX_QUESTIONS)) {
    if (typeof a === "string" && k.length <= 30) out[k] = a.slice(0, MAX_ANSWER_LENGTH);
  }
  return out;
}

/** Field errors keyed `answers.<question id>`, or null when the answers fit the questions. */
export function answerErrors(questions: Question[], answers: Record<string, string | null>): Record<string, string[]> | null {
  const errors: Record<string, string[]> = {};
  for (const q of questions) {
    const a = (answers[q.id] ?? "").trim();
    if (!a) {
      if (q.required) errors[`answers.${q.id}`] = ["required"];
      continue;
    }
    if (q.kind === "choice" && !(q.choices ?? []).includes(a)) errors[`answers.${q.id}`] = ["notAChoice"];
    if (a.length > 2000) errors[`answers.${q.id}`] = ["tooLong"];
  }
  return Object.keys(errors).length ? errors : null;
}

/**
 * Edited questions keep the ids of the questions they were (matched by label), so answers
 * already given stay attached to the right question; new questions get ids never used before.
 */
export function keepQuestionIds(existing: Question[], edited: Question[]): Question[] {
  const byLabel = new Map(existing.map((q) => [q.label, q.id]));
  const used = new Set(existing.map((q) => q.id));
  let next = Math.max(0, ...existing.map((q) => Number(q.id.match(/^q(\d+)$/)?.[1] ?? 0))) + 1;
  const taken = new Set<string>();
  return edited.map((q) => {
    let id = byLabel.get(q.label);
    if (!id || taken.has(id)) {
      while (used.has(`q${next}`) || taken.has(`q${next}`)) next++;
      id = `q${next++}`;
    }
    taken.add(id);
    return { ...q, id };
  });
}
