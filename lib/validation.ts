// Field rules shared by every domain's zod schemas. Messages are message-catalog keys
// (errors.<key>), translated where they are shown.
import { z } from "zod";

export const httpUrl = z
  .string()
  .trim()
  .max(2000, "tooLong")
  .refine((v) => {
    try {
      const u = new URL(v);
      return u.protocol === "http:" || u.protocol === "https:";
    } catch {
      return false;
    }
  }, "httpUrl");

/** "" and null clear a field (null); a missing field stays undefined, so partial updates keep it. */
const emptyToNull = <T>(v: T | "" | null | undefined): T | null | undefined => (v === undefined ? undefined : v ? v : null);

/** An optional URL field from a form or JSON: "" and null mean "none". */
export const optionalHttpUrl = z.union([z.literal(""), z.null(), httpUrl]).optional().transform(emptyToNull);

export const optionalText = (max: number) => z.union([z.null(), z.string().trim().max(max, "tooLong")]).optional().transform(emptyToNull);

// A UTF-16 surrogate without its pair: JSON can carry one ("\ud800"), a database cannot store it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when a string is valid Unicode (String.prototype.isWellFormed, for ES2023 typings). */
export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s);
}

/**
 * Text a database can store: valid Unicode without NUL (PostgreSQL refuses "\u0000" in text; no
 * form or API field has a use for it).
 */
export function isStorableText(s: string): boolean {
  return !s.includes("\u0000") && isWellFormedText(s);
}

/** FormData → plain object: repeated keys become arrays only where listed. */
export function formToObject(form: FormData, arrays: string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  return out;
}

/** zod issues → { field: [message keys] } */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    const msg = knownKey(issue);
    const list = (out[key] ??= []);
    if (!list.includes(msg)) list.push(msg);
  }
  return out;
}

const KEYS = new Set(["fileRequired", "slotOverlap", "unknownFormat", "notConfirmed", "otherEvent", "choicesNeeded", "notAChoice", "closesBeforeOpens", "drawBeforeClose", "required", "tooLong", "httpUrl", "handleFormat", "slugFormat", "endBeforeStart", "invalidDate", "invalidTimezone", "invalidEmail", "tooMany", "tagFormat", "hashtagFormat", "invalid"]);

function knownKey(issue: z.core.$ZodIssue): string {
  if (KEYS.has(issue.message)) return issue.message;
  if (issue.code === "too_big") return "tooLong";
  if (issue.code === "too_small") return "required";
  if (issue.code === "invalid_format" && issue.format === "email") return "invalidEmail";
  if (issue.code === "invalid_type" && issue.input === undefined) return "required";
  return "invalid";
}
