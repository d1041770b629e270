// Input shapes for frames (参加枠), applications and check-in. No server imports.
import { z } from "zod";
import { checkbox } from "../participants/schema";
import { DEFAULT_TIMEZONE, parseDateTimeInZone } from "../time";
import { answersInput, questionsInput } from "../questions/schema";

export const METHODS = ["LOTTERY", "FIRST_COME", "APPROVAL"] as const;
export type Method = (typeof METHODS)[number];
export const STATUSES = ["APPLIED", "CONFIRMED", "WAITLISTED", "CANCELLED", "REJECTED", "ATTENDED"] as const;
export type RegistrationStatus = (typeof STATUSES)[number];

// Questions and answers: one shape for frames and the call for proposals (lib/questions).
export type { Question } from "../questions/schema";
export { MAX_ANSWER_LENGTH, MAX_QUESTIONS } from "../questions/schema";

const dateField = z.string().max(40, "invalidDate").trim();
const optionalDateField = z.union([z.literal(""), z.null(), z.string().max(40, "invalidDate").trim()]).optional();

const frameFields = {
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  capacity: z.coerce.number().int("invalid").min(1, "invalid").max(100_000, "invalid"),
  method: z
    .string()
    .max(20, "invalid")
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(METHODS, "invalid")),
  opensAt: dateField.min(1, "required"),
  closesAt: dateField.min(1, "required"),
  drawAt: optionalDateField,
  cancelDeadline: optionalDateField,
  /** Reconfirmation (参加確認): both or neither; see lib/reconfirmation. */
  reconfirmFrom: optionalDateField,
  reconfirmUntil: optionalDateField,
  reconfirmPolicy: z
    .string()
    .max(20, "invalid")
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(["RELEASE", "REMIND"], "invalid"))
    .optional(),
  /** ブログ枠: confirmed participants are asked for a report (参加レポート) after the event; see lib/reports. */
  requiresReport: checkbox.optional(),
  questions: questionsInput,
  /** The zone local date-times are read in; defaults to the event's. */
  timezone: z.string().max(64, "invalidTimezone").optional(),
};

type RawDates = {
  opensAt?: string | null;
  closesAt?: string | null;
  drawAt?: string | null | "";
  cancelDeadline?: string | null | "";
  reconfirmFrom?: string | null | "";
  reconfirmUntil?: string | null | "";
  timezone?: string;
};
const DATE_KEYS = ["opensAt", "closesAt", "drawAt", "cancelDeadline", "reconfirmFrom", "reconfirmUntil"] as const;

/** Local date-times in `zone`, or ISO 8601 with an offset. "" and null clear an optional date. */
export function resolveFrameDates(v: RawDates, zone: string) {
  const tz = v.timezone || zone || DEFAULT_TIMEZONE;
  const out: Partial<Record<(typeof DATE_KEYS)[number], Date | null>> = {};
  const bad: string[] = [];
  for (const k of DATE_KEYS) {
    const raw = v[k];
    if (raw === undefined) continue;
    if (raw === "" || raw === null) {
      out[k] = null;
      continue;
    }
    const d = parseDateTimeInZone(raw, tz);
    if (d) out[k] = d;
    else bad.push(k);
  }
  return { dates: out, bad };
}

export const BEACONS = ["none", "drand-quicknet"] as const;

export const frameCreateInput = z.object({
  ...frameFields,
  questions: questionsInput.default([]),
  /** Lottery frames: draw with drand's beacon (hako-lottery-v2) or without (v1); the server's default when absent. */
  beacon: z.enum(BEACONS, "invalid").optional(),
});
export type FrameCreateInput = z.infer<typeof frameCreateInput>;
export const frameUpdateInput = z.object(frameFields).partial().omit({ method: true });
export type FrameUpdateInput = z.infer<typeof frameUpdateInput>;

export const applyInput = z.object({
  frameId: z.string().min(1, "required").max(64),
  answers: answersInput.default({}),
  /** Listed as "anonymous" in the public participant list. */
  anonymous: checkbox.optional().default(false),
});
export type ApplyInput = Omit<z.infer<typeof applyInput>, "anonymous"> & { anonymous?: boolean };

export const checkInInput = z
  .object({
    code: z.string().trim().max(300).optional(),
    receiptNumber: z.union([z.literal(""), z.coerce.number().int().min(1).max(10_000_000)]).optional(),
  })
  .refine((v) => Boolean(v.code) || (v.receiptNumber !== undefined && v.receiptNumber !== ""), { message: "required", path: ["receiptNumber"] });

export const nominateInput = z.object({ publicIds: z.array(z.string().min(1).max(40)).max(10_000) });

/**
 * Voiding a closed lottery: a reason (public, in the frame log) and, optionally, what the new
 * lottery changes. Dates as for frames; the beacon choice as at creation.
 */
export const voidInput = z.object({
  reason: z.string().trim().min(1, "required").max(500, "tooLong"),
  capacity: frameFields.capacity.optional(),
  opensAt: optionalDateField,
  closesAt: optionalDateField,
  drawAt: optionalDateField,
  beacon: z.enum(BEACONS, "invalid").optional(),
  timezone: z.string().max(64, "invalidTimezone").optional(),
});
export type VoidInput = z.infer<typeof voidInput>;

/** Organizers' list of an event's registrations: `q, status, frame_id, question, answer, page, per_page`. */
export const registrationListQuery = z.object({
  q: z.string().max(100).optional(),
  /** `<frame id>:<question id>`, with `answer`: only those whose answer matches (as on the manage page). */
  question: z.string().max(100).regex(/^[A-Za-z0-9_-]{1,64}:[a-z0-9_-]{1,30}$/, "invalid").optional(),
  answer: z.string().max(200, "tooLong").optional(),
  status: z.enum(["applied", "confirmed", "waitlisted", "cancelled", "rejected", "attended"]).optional(),
  frameId: z.string().max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(100),
});
