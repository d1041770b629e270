import { z } from "zod";
import { DEFAULT_TIMEZONE, isValidTimezone, parseDateTimeInZone } from "../time";
import { checkbox } from "../participants/schema";
import { optionalHttpUrl, optionalText } from "../validation";

export const TAG_RE = /^[a-z0-9][a-z0-9-]{0,29}$/;
export const MAX_TAGS = 10;

// Lengths are capped before any split or transform, so a huge field costs nothing to refuse.
/** Tags from a JSON array or a comma/space separated form field; "#Docker" → "docker". */
const tags = z
  .union([z.array(z.string().max(40, "tagFormat")).max(50, "tooMany"), z.string().max(1000, "tooLong")])
  .transform((v) => {
    const list = (Array.isArray(v) ? v : v.split(/[,\s、]+/)).map((t) => t.trim().replace(/^#/, "").toLowerCase()).filter(Boolean);
    return [...new Set(list)];
  })
  .pipe(z.array(z.string().regex(TAG_RE, "tagFormat")).max(MAX_TAGS, "tooMany"));

const hashtag = z
  .union([z.null(), z.string().max(200, "tooLong")])
  .optional()
  .transform((v) => (v === undefined ? undefined : v ? v.trim().replace(/^#/, "") : null))
  .refine((v) => !v || /^[\p{L}\p{N}_]{1,50}$/u.test(v), "hashtagFormat")
  .transform((v) => (v === undefined ? undefined : v ? v : null));

const seriesNumber = z
  .union([z.null(), z.literal(""), z.coerce.number().int("invalid").min(1, "invalid").max(100_000, "invalid")])
  .optional()
  .transform((v) => (v === "" || v === undefined ? undefined : v));

const timezone = z.string().max(64, "invalidTimezone").trim().refine(isValidTimezone, "invalidTimezone");

// No defaults here: in a partial update a missing field must stay untouched.
const fields = {
  title: z.string().trim().min(1, "required").max(120, "tooLong"),
  catchphrase: z.string().trim().max(200, "tooLong"),
  description: z.string().max(20_000, "tooLong"),
  timezone,
  startsAt: z.string().max(40, "invalidDate").trim().min(1, "required"),
  endsAt: z.string().max(40, "invalidDate").trim().min(1, "required"),
  venueName: optionalText(200),
  venueAddress: optionalText(300),
  venueMapUrl: optionalHttpUrl,
  onlineUrl: optionalHttpUrl,
  // JIS code 1–47; "" or null: inferred from the venue address (lib/events/prefectures.ts).
  prefecture: z.union([z.literal(""), z.null(), z.coerce.number("invalid").int("invalid").min(1, "invalid").max(47, "invalid")]).optional(),
  hashtag,
  tags,
  seriesNumber,
  participantInfo: z.string().max(20_000, "tooLong"),
  onlineUrlPrivate: checkbox,
};

const createDefaults = {
  catchphrase: fields.catchphrase.default(""),
  description: fields.description.default(""),
  timezone: z.string().max(64, "invalidTimezone").trim().default(DEFAULT_TIMEZONE).pipe(timezone),
  tags: tags.default([]),
  participantInfo: fields.participantInfo.default(""),
  onlineUrlPrivate: checkbox.default(false),
};

type DateFields = { startsAt?: string; endsAt?: string; timezone?: string };

function parsedDates(v: DateFields) {
  const tz = v.timezone ?? DEFAULT_TIMEZONE;
  return {
    startsAt: v.startsAt === undefined ? undefined : parseDateTimeInZone(v.startsAt, tz),
    endsAt: v.endsAt === undefined ? undefined : parseDateTimeInZone(v.endsAt, tz),
  };
}

/** Checks the start/end strings in the event's zone, and their order. */
function checkDates(v: DateFields, ctx: z.RefinementCtx) {
  const d = parsedDates(v);
  for (const key of ["startsAt", "endsAt"] as const) {
    if (v[key] !== undefined && !d[key]) ctx.addIssue({ code: "custom", path: [key], message: "invalidDate" });
  }
  if (d.startsAt && d.endsAt && d.endsAt <= d.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "endBeforeStart" });
}

// Zod skips object-level checks once any field fails. The date checks only need the date
// fields, so they still run when, say, the title is too long: the form shows every error at once.
const whenDatesParsed = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    payload.issues.every((i) => !["startsAt", "endsAt", "timezone"].includes(String(i.path?.[0]))),
};

function withDates<T extends DateFields>(v: T) {
  const d = parsedDates(v);
  return { ...v, startsAt: d.startsAt!, endsAt: d.endsAt! } as Omit<T, "startsAt" | "endsAt"> & { startsAt: Date; endsAt: Date };
}

export const eventCreateInput = z
  .object({ groupId: z.string().min(1, "required").max(64), ...fields, ...createDefaults })
  .superRefine(checkDates, whenDatesParsed)
  .transform((v) => withDates(v));
export type EventCreateInput = z.infer<typeof eventCreateInput>;

/**
 * Any subset of the editable fields. Start and end stay strings here: without a new `timezone`
 * they are read in the event's stored zone, which only the service knows (resolveUpdateDates).
 */
export const eventUpdateInput = z
  .object(fields)
  .partial()
  .extend({
    status: z.enum(["published", "cancelled"]).optional(),
    /** When a published event's date, time or venue changes: mail its registrants old and new. */
    notifyRegistrants: checkbox.optional(),
  })
  .superRefine(checkDates, whenDatesParsed);
export type EventUpdateInput = z.infer<typeof eventUpdateInput>;

/** The instants an update sets, reading local times in the new zone or else the stored one. */
export function resolveUpdateDates(input: Pick<EventUpdateInput, "startsAt" | "endsAt" | "timezone">, storedTimezone: string) {
  const tz = input.timezone ?? storedTimezone;
  return {
    startsAt: input.startsAt === undefined ? undefined : (parseDateTimeInZone(input.startsAt, tz) ?? undefined),
    endsAt: input.endsAt === undefined ? undefined : (parseDateTimeInZone(input.endsAt, tz) ?? undefined),
  };
}

export const eventSearchInput = z.object({
  keyword: z.string().trim().max(100).optional().transform((v) => v || undefined),
  tag: z.string().trim().toLowerCase().max(30).optional().transform((v) => v?.replace(/^#/, "") || undefined),
  group: z.string().trim().toLowerCase().max(50).optional().transform((v) => v || undefined),
  from: z.string().max(40).trim().optional().transform((v, ctx) => parseBound(v, ctx)),
  to: z.string().max(40).trim().optional().transform((v, ctx) => parseBound(v, ctx)),
  when: z.enum(["upcoming", "past", "all"]).optional(),
  // Discovery: the venue's prefecture (JIS code 1–47), and online (has a streaming URL) or
  // offline (has a venue); a hybrid event is both.
  prefecture: z.coerce.number().int().min(1).max(47).optional(),
  mode: z.enum(["online", "offline"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(20),
});
export type EventSearchInput = z.infer<typeof eventSearchInput>;

function parseBound(v: string | undefined, ctx: z.RefinementCtx): Date | undefined {
  if (!v) return undefined;
  const d = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseDateTimeInZone(`${v}T00:00`, DEFAULT_TIMEZONE) : parseDateTimeInZone(v, DEFAULT_TIMEZONE);
  if (!d) {
    ctx.addIssue({ code: "custom", message: "invalidDate" });
    return z.NEVER;
  }
  return d;
}
