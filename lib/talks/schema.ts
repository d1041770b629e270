// Input shapes for the call for proposals, proposals, reviews and decisions. No server imports.
import { z } from "zod";

export const LEVELS = ["BEGINNER", "INTERMEDIATE", "ADVANCED"] as const;
export const LANGUAGES = ["ja", "en"] as const;
export const PROPOSAL_STATUSES = ["SUBMITTED", "ACCEPTED", "REJECTED", "WITHDRAWN", "CONFIRMED", "DECLINED"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export const formatSchema = z.object({
  id: z.string().trim().regex(/^[a-z0-9_-]{1,30}$/, "invalid"),
  name: z.string().trim().min(1, "required").max(50, "tooLong"),
  minutes: z.coerce.number().int().min(1, "invalid").max(600, "invalid"),
});
export type Format = z.infer<typeof formatSchema>;

/** Formats as JSON or as text, one per line: "LT 5", "Talk 20", "Session 40" (name, then minutes). */
export function formatsFromText(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = line.match(/^(.*?)[\s:：]+(\d+)\s*(?:min|分)?$/i);
      const name = (m ? m[1]! : line).trim();
      const id = name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || `f${name.length}`;
      return { id, name, minutes: m ? Number(m[2]) : NaN };
    });
}

export function formatsToText(formats: Format[]): string {
  return formats.map((f) => `${f.name} ${f.minutes}`).join("\n");
}

const formats = z
  .union([z.array(z.unknown()).max(50, "tooMany"), z.string().max(2000, "tooLong")])
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
};

export const proposalInput = z.object({
  ...proposalFields,
  abstract: proposalFields.abstract.default(""),
  tags: proposalFields.tags.default([]),
  notes: proposalFields.notes.default(""),
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
