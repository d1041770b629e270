// Input of "duplicate for the next #N". No server imports.
import { z } from "zod";

/** The new event's start: local in the source event's zone ("2031-06-14T19:00") or ISO 8601 with an offset. */
export const duplicateInput = z.object({
  startsAt: z.string().trim().min(1, "required").max(40, "invalidDate"),
});
export type DuplicateInput = z.infer<typeof duplicateInput>;

/** "CoreOS Meetup Tokyo #3" → "CoreOS Meetup Tokyo #4": the number in a title follows the series. */
export function nextTitle(title: string, from: number | null, to: number): string {
  if (from === null) return title;
  const re = new RegExp(`([#＃])${from}(?!\\d)`);
  return re.test(title) ? title.replace(re, `$1${to}`) : title;
}
