// The shapes and bounds of custom questions without zod: what the answer fields of the apply form
// (a client component on the event page) need, so that the event page's JavaScript does not carry
// the validation library. lib/questions/schema.ts validates with these.
export const QUESTION_TYPES = ["text", "longText", "single", "multiple", "url"] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ["single", "multiple"];
export const isChoiceType = (t: QuestionType) => CHOICE_TYPES.includes(t);

export const MAX_QUESTIONS = 20;
export const MAX_CHOICES = 20;
export const MAX_LABEL_LENGTH = 200;
export const MAX_CHOICE_LENGTH = 100;
/** The longest answer of any type (long text); a one-line text answer is shorter. */
export const MAX_ANSWER_LENGTH = 2000;
export const MAX_TEXT_LENGTH = 500;
export const QUESTION_ID = /^[a-z0-9_-]{1,30}$/;

/** Longest answer per type, in characters (a multiple answer: each choice is a choice). */
export type Question = { id: string; label: string; type: QuestionType; required: boolean; choices?: string[] };
export type Answer = string | string[];
export type Answers = Record<string, Answer>;

export const answerMaxLength = (t: QuestionType) => (t === "text" ? MAX_TEXT_LENGTH : MAX_ANSWER_LENGTH);

