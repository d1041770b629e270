// Input shapes for speaker profiles and availability. No server imports.
import { z } from "zod";
import { optionalHttpUrl } from "../validation";

export const speakerProfileInput = z.object({
  bio: z.string().trim().max(5_000, "tooLong").default(""),
  /** A link to a photo; "" or null removes it (an uploaded photo is replaced by a link). */
  photoUrl: optionalHttpUrl,
  pronouns: z.string().trim().max(40, "tooLong").default(""),
  company: z.string().trim().max(100, "tooLong").default(""),
});
export type SpeakerProfileInput = z.infer<typeof speakerProfileInput>;

/** The most ranges one speaker gives for one event (a few per day is plenty). */
export const MAX_RANGES = 20;

const localDateTime = z.string().trim().max(40, "invalidDate").min(1, "required");
const rangeObject = z.object({ startsAt: localDateTime, endsAt: localDateTime });

/**
 * Availability as a list of `{ startsAt, endsAt }` (local time in the event's zone, or ISO with
 * an offset), or as text, one range a line: "2031-06-01 10:00-12:00".
 */
export const availabilityInput = z.object({
  ranges: z
    .union([z.array(rangeObject).max(MAX_RANGES, "tooMany"), z.string().max(2_000, "tooLong")])
    .transform((v) => (typeof v === "string" ? rangesFromText(v) : v))
    .pipe(z.array(rangeObject).max(MAX_RANGES, "tooMany")),
});
export type AvailabilityInput = z.infer<typeof availabilityInput>;

/** "2031-06-01 10:00-12:00" lines → ranges; a line that does not read so becomes an invalid range. */
export function rangesFromText(text: string): { startsAt: string; endsAt: string }[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .map((line) => {
      const m = /^(\d{4}-\d{2}-\d{2})[ T]+(\d{1,2}:\d{2})\s*[-–~〜]\s*(\d{1,2}:\d{2})$/.exec(line);
      if (!m) return { startsAt: line.slice(0, 40), endsAt: "invalid" };
      const pad = (t: string) => t.padStart(5, "0");
      return { startsAt: `${m[1]}T${pad(m[2]!)}`, endsAt: `${m[1]}T${pad(m[3]!)}` };
    });
}
