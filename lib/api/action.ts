// The one door of every server action, as `apiRoute` is for route handlers. Before the action
// parses anything, its arguments are measured: the number of form fields, each string's length
// and the total size are capped, and an oversized call gets the usual form state with
// PAYLOAD_TOO_LARGE; text no database can store (NUL, a lone surrogate) gets INVALID_INPUT. The
// action then validates its fields with the zod schema named for it in
// lib/api/registry.ts and authorizes inside itself or its service.
import type { ActionState } from "../errors";
import { isStorableText } from "../validation";
import { type ActionName, actions } from "./registry";

/** Everything a form sends: an event's 20,000-character description in Japanese is ~60 KB. */
export const ACTION_BODY_LIMIT = 128 * 1024;
/** The longest single field any form has (descriptions, guidelines). */
export const ACTION_STRING_LIMIT = 20_000;
/** Decisions on up to 500 proposals at once are the widest form. */
export const ACTION_FIELD_LIMIT = 600;

const refusal = (why: { field?: string; unstorable?: boolean }): ActionState =>
  why.unstorable ? { ok: false, code: "INVALID_INPUT", fields: { [why.field ?? "_form"]: ["invalid"] } } : { ok: false, code: "PAYLOAD_TOO_LARGE", fields: { [why.field ?? "_form"]: ["tooLong"] } };

/** Why these arguments cannot be taken (too large, or text no database stores), or null. */
export function oversized(args: readonly unknown[]): { field?: string; unstorable?: boolean } | null {
  let bytes = 0;
  let fields = 0;
  for (const arg of args) {
    if (arg instanceof FormData) {
      for (const [key, value] of arg.entries()) {
        fields += 1;
        if (fields > ACTION_FIELD_LIMIT) return {};
        bytes += key.length * 3;
        if (typeof value === "string") {
          if (value.length > ACTION_STRING_LIMIT) return { field: key };
          if (!isStorableText(value) || !isStorableText(key)) return { field: key, unstorable: true };
          bytes += Buffer.byteLength(value);
        } else bytes += value.size;
        if (bytes > ACTION_BODY_LIMIT) return {};
      }
    } else if (arg !== null && arg !== undefined) {
      // Bound actions or a previous form state: small by design; measure without trusting.
      const size = measure(arg, ACTION_BODY_LIMIT - bytes);
      if (size === null) return {};
      bytes += size;
    }
  }
  return null;
}

/** The approximate serialized size of a value, or null once it passes `budget` (or nests deep). */
function measure(value: unknown, budget: number, depth = 0): number | null {
  if (depth > 20) return null;
  if (typeof value === "string") return value.length > ACTION_STRING_LIMIT || value.length * 3 > budget ? null : value.length * 3;
  if (typeof value !== "object" || value === null) return 8;
  let total = 2;
  for (const [k, v] of Object.entries(value)) {
    const size = measure(v, budget - total - k.length * 3, depth + 1);
    if (size === null) return null;
    total += size + k.length * 3;
    if (total > budget) return null;
  }
  return total;
}

/**
 * Wraps a server action: `export const saveAction = serverAction("domain.saveAction", async
 * function saveAction(prev, form) { … })`. The name must be registered.
 */
export function serverAction<A extends unknown[], R>(name: ActionName, impl: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  if (!(name in actions)) throw new Error(`Server action ${name} is not in lib/api/registry.ts`);
  return async (...args: A) => {
    const tooBig = oversized(args);
    // Form actions returning void ignore the state; stateful forms show the translated code.
    if (tooBig) return refusal(tooBig) as R;
    return impl(...args);
  };
}
