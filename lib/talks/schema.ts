// Input shapes for the call for proposals, proposals, reviews and decisions. No server imports.
import { z } from "zod";
import { answersInput, questionsInput } from "../questions/schema";

export const LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const;
export const LANGUAGES = ["ja", "en"] as const;
export const PROPOSAL_STATUSES = ["SUBMITTED", "ACCEPTED", "REJECTED", "WAITLISTED", "WITHDRAWN", "CONFIRMED", "DECLINED"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const formatSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9_-]{1,30}$/, "invalid"),
  name: z.string().trim().min(1, "required").max(50, "tooLong"),
  minutes: z.coerce.number().int().min(1, "invalid").max(600, "invalid"),
});
export type Format = z.infer<typeof formatSchema>;

/** The longest formats text read (10 formats of a 50-character name and minutes fit easily). */
export const FORMATS_TEXT_MAX = 2_000;

/**
 * Formats as JSON or as text, one per line: "LT 5", "Talk 20", "Session 40" (name, then minutes).
 * Read by scanning each line from its end, not by a regular expression: a pattern such as
 * /^(.*?)[\s:]+(\d+)$/ backtracks quadratically on a long run of spaces (issue 8's
 * reproduction stalled the server for 24 s). Callers cap the text first (FORMATS_TEXT_MAX).
 */
export function formatsFromText(text: string): unknown[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = splitFormatLine(line);
      const name = (m ? m.name : line).trim();
      const id = slugId(name) || `f${name.length}`;
      return { id, name, minutes: m ? m.minutes : NaN };
    });
}

const isDigit = (c: string) => c >= "0" && c <= "9";
const isSpace = (c: string) => c.trim() === "";
const isSeparator = (c: string) => isSpace(c) || c === ":" || c === "：";

/** "Talk 20", "Talk: 20 min", "LT：5分" → name and minutes; null without a separator and a number at the end. */
function splitFormatLine(line: string): { name: string; minutes: number } | null {
  let end = line.length;
  if (line.slice(-3).toLowerCase() === "min") end -= 3;
  else if (line.endsWith("分")) end -= 1;
  while (end > 0 && isSpace(line[end - 1]!)) end--;
  let digits = end;
  while (digits > 0 && isDigit(line[digits - 1]!)) digits--;
  if (digits === end) return null;
  let sep = digits;
  while (sep > 0 && isSeparator(line[sep - 1]!)) sep--;
  if (sep === digits) return null;
  return { name: line.slice(0, sep), minutes: Number(line.slice(digits, end)) };
}

/** "Talk (20 min)!" → "talk-20-min": runs of anything but a-z0-9 become one dash, none at the ends. */
function slugId(name: string): string {
  let out = "";
  let dash = false;
  for (const c of name.toLowerCase()) {
    if ((c >= "a" && c <= "z") || isDigit(c)) {
      if (dash && out) out += "-";
      out += c;
      dash = false;
    } else dash = true;
  }
  return out;
}

export function formatsToText(formats: Format[]): string {
  return formats.map((f) => `${f.name} ${f.minutes}`).join("\n");
}

const formats = z
  .union([z.array(z.unknown()).max(50, "tooMany"), z.string().max(FORMATS_TEXT_MAX, "tooLong")])
  .transform((v) => (typeof v === "string" ? formatsFromText(v) : v))
  .pipe(z.array(formatSchema).min(1, "required").max(10, "tooMany"))
  .refine((fs) => new Set(fs.map((f) => f.id)).size === fs.length, "invalid");

const tagList = z
  .union([z.array(z.string().max(40, "tooLong")).max(50, "tooMany"), z.string().max(2000, "tooLong")])
  .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(/[,、\n]+/)).map((t) => t.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(40, "tooLong")).max(20, "tooMany"));

export const cfpInput = z.object({
  opensAt: z.string().max(40, "invalidDate").trim().min(1, "required"),
  closesAt: z.string().max(40, "invalidDate").trim().min(1, "required"),
  guidelines: z.string().max(20_000, "tooLong").default(""),
  formats,
  tracks: tagList.default([]),
  /** Co-speakers per proposal besides its owner; only they get speaker seats. */
  maxCoSpeakers: z.coerce.number().int("invalid").min(0, "invalid").max(20, "invalid").default(3),
  /** Custom questions for speakers (lib/questions); absent: the call's questions stay as they are. */
  questions: questionsInput.optional(),
});
export type CfpInput = z.infer<typeof cfpInput>;

const proposalFields = {
  title: z.string().trim().min(1, "required").max(150, "tooLong"),
  abstract: z.string().max(10_000, "tooLong"),
  formatId: z.string().trim().min(1, "required").max(30),
  level: z.string().max(20, "invalid").transform((v) => v.toUpperCase()).pipe(z.enum(LEVELS, "invalid")),
  language: z.enum(LANGUAGES, "invalid"),
  tags: tagList,
  notes: z.string().max(5_000, "tooLong"),
  /** Answers to the call's custom questions, checked against them by the service. */
  answers: answersInput,
};

export const proposalInput = z.object({
  ...proposalFields,
  abstract: proposalFields.abstract.default(""),
  tags: proposalFields.tags.default([]),
  notes: proposalFields.notes.default(""),
  answers: proposalFields.answers.default({}),
});
export type ProposalInput = z.infer<typeof proposalInput>;

export const proposalUpdateInput = z.object(proposalFields).partial();
export type ProposalUpdateInput = z.infer<typeof proposalUpdateInput>;

export const reviewInput = z.object({
  score: z.coerce.number().int("invalid").min(1, "invalid").max(5, "invalid"),
  comment: z.string().trim().max(5_000, "tooLong").default(""),
});

export const decisionInput = z.object({
  decision: z.enum(["accept", "reject"], "invalid"),
  message: z.string().trim().max(5_000, "tooLong").optional(),
});

export const speakerReplyInput = z.object({ reply: z.enum(["confirm", "decline"], "invalid") });

export const inviteInput = z.object({ query: z.string().trim().min(1, "required").max(254, "tooLong") });

/** PATCH /proposals/{id}: the speaker's fields, and a status change by speaker or organizer. */
export const proposalPatchInput = proposalUpdateInput.extend({
  status: z.enum(["withdrawn", "confirmed", "declined", "accepted", "rejected"], "invalid").optional(),
  decisionMessage: z.string().trim().max(5000, "tooLong").optional(),
});
