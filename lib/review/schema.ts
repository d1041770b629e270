// Input shapes for the review: criteria, settings, assignments, staged decisions, mail templates
// and messages to speakers. No server imports.
import { z } from "zod";
import { criteriaFromText } from "../talks/scoring";

export const MAX_CRITERIA = 10;

const criterion = z.object({
  name: z.string().trim().min(1, "required").max(50, "tooLong"),
  weight: z.coerce.number().int("invalid").min(1, "invalid").max(100, "invalid"),
});

/** Criteria as a list, or as text, one "name weight" a line ("内容 3"); an empty list removes them. */
export const criteriaInput = z.object({
  criteria: z
    .union([z.array(z.unknown()).max(50, "tooMany"), z.string().max(2_000, "tooLong")])
    .transform((v) => (typeof v === "string" ? criteriaFromText(v) : v))
    .pipe(z.array(criterion).max(MAX_CRITERIA, "tooMany"))
    .refine((cs) => new Set(cs.map((c) => c.name)).size === cs.length, "duplicate"),
});
export type CriteriaInput = z.infer<typeof criteriaInput>;

const flag = z.union([z.boolean(), z.enum(["true", "false", "1", "0", "on"]).transform((v) => v === "true" || v === "1" || v === "on")]);

export const reviewSettingsInput = z.object({ anonymousReview: flag });

/** A score per criterion (criterion id → 1–5) and a comment; or one `score` without criteria. */
export const criteriaReviewInput = z.object({
  score: z.coerce.number().int("invalid").min(1, "invalid").max(5, "invalid").optional(),
  scores: z.record(z.string().max(64), z.coerce.number().int("invalid").min(1, "invalid").max(5, "invalid")).refine((r) => Object.keys(r).length <= 20, "tooMany").optional(),
  comment: z.string().trim().max(5_000, "tooLong").default(""),
});

const id = z.string().trim().min(1, "required").max(64, "invalid");

export const assignInput = z.object({ proposalId: id, userId: id, assigned: flag.default(true) });

export const reviewerTracksInput = z.object({
  userId: id,
  tracks: z
    .union([z.array(z.string().max(40, "tooLong")).max(20, "tooMany"), z.string().max(1_000, "tooLong")])
    .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(/[,、\n]+/)).map((t) => t.trim()).filter(Boolean))])
    .pipe(z.array(z.string().max(40, "tooLong")).max(20, "tooMany")),
});

export const STAGED = ["accept", "reject", "waitlist"] as const;
export const stageInput = z.object({ decision: z.enum([...STAGED, "none"], "invalid") });

export const DECISIONS = STAGED;
export type Decision = (typeof DECISIONS)[number];

const template = z.object({
  subject: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(10_000, "tooLong"),
});
export const templateInput = z.object({ decision: z.enum(DECISIONS, "invalid"), locale: z.enum(["ja", "en"], "invalid") }).extend(template.shape);
export type TemplateInput = z.infer<typeof templateInput>;

export const AUDIENCES = ["all", "accepted", "confirmed"] as const;
export const speakerMessageInput = z.object({
  audience: z.enum(AUDIENCES, "invalid"),
  subject: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(10_000, "tooLong"),
});
export type SpeakerMessageInput = z.infer<typeof speakerMessageInput>;

/** Fills a mail template's {name}, {title}, {event}, {url} and {message}; other braces stay. */
export function fillTemplate(text: string, params: Record<string, string>): string {
  return text.replace(/\{(name|title|event|url|message)\}/g, (_m, k: string) => params[k] ?? "");
}
