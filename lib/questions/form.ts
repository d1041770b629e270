// Answers from a submitted form: fields named `answers.<question id>`. No server imports.
import { MAX_CHOICES, MAX_QUESTIONS, QUESTION_ID } from "./schema";

const ANSWER_PREFIX = "answers.";

/**
 * Form fields `answers.<questionId>` → { questionId: answer }; a field sent more than once (the
 * checkboxes of a multiple choice) becomes a list. Anything but a question id is not an answer.
 */
export function answersFromForm(form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(form.keys())) {
    if (!key.startsWith(ANSWER_PREFIX)) continue;
    const id = key.slice(ANSWER_PREFIX.length);
    if (!QUESTION_ID.test(id) || Object.keys(out).length >= MAX_QUESTIONS) continue;
    const values = form.getAll(key).slice(0, MAX_CHOICES).map((v) => (typeof v === "string" ? v : ""));
    out[id] = values.length > 1 ? values : (values[0] ?? "");
  }
  return out;
}
