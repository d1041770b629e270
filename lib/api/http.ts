// The JSON API's envelope: every v1 route handler runs inside `apiRoute`, which turns expected
// failures into `{ error: { code, message, fields } }` with the status of the error's code, in
// the caller's language, and hides unexpected ones behind a generic 500.
import { z } from "zod";
import { AppError, type ErrorCode, isAppError } from "../errors";
import en from "../i18n/messages/en.json";
import ja from "../i18n/messages/ja.json";
import { LOCALE_COOKIE, type Locale, resolveLocale } from "../i18n/locale";
import { currentRequestId, REQUEST_ID_HEADER } from "../observability/context";
import { errorFields, log } from "../observability/logger";
import { fieldErrors, isStorableText } from "../validation";
import { DEFAULT_BODY_LIMIT, withBoundedBody } from "./body";
import { type RouteName, routes } from "./registry";
import { crossOriginVerdict } from "../http/origin";
import { retryAfterHeaders } from "../ratelimit/limiter";

type Catalog = { errors: Record<string, unknown> & { codes: Record<string, string> } };
const catalogs: Record<Locale, Catalog> = { en, ja };

export function requestLocale(req: Request): Locale {
  const cookie = req.headers
    .get("cookie")
    ?.split(";")
    .map((c) => c.trim().split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return resolveLocale(cookie, req.headers.get("accept-language"));
}

function translate(locale: Locale, code: ErrorCode | "INTERNAL", fields?: Record<string, string[]>) {
  const errors = catalogs[locale].errors;
  const message = errors.codes[code] ?? code;
  const translated = fields
    ? Object.fromEntries(Object.entries(fields).map(([k, keys]) => [k, keys.map((key) => (typeof errors[key] === "string" ? (errors[key] as string) : key))]))
    : undefined;
  return { code, message, ...(translated ? { fields: translated } : {}) };
}

export function errorResponse(req: Request, status: number, code: ErrorCode | "INTERNAL", fields?: Record<string, string[]>) {
  // The request id (set by the server, lib/server/http.ts) lets a user's report be found in the logs.
  const requestId = req.headers.get(REQUEST_ID_HEADER) ?? currentRequestId();
  return Response.json({ error: { ...translate(requestLocale(req), code, fields), ...(requestId ? { requestId } : {}) } }, { status, headers: { "cache-control": "no-store" } });
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "cache-control": "private, no-store", vary: "Cookie, Authorization", ...headers } });
}

function withHeaders(res: Response, headers: Record<string, string>): Response {
  for (const [k, v] of Object.entries(headers)) res.headers.set(k, v);
  return res;
}

/** Parses with a zod schema or throws INVALID_INPUT carrying per-field message keys. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError("INVALID_INPUT", "Invalid input", fieldErrors(r.error));
  return r.data;
}

/** How deep a JSON body may nest: the deepest input shape (questions, formats) is three levels. */
const MAX_JSON_DEPTH = 16;

/** Strings and keys that are not valid Unicode, or nesting past MAX_JSON_DEPTH, in a parsed body. */
function jsonProblem(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (!isStorableText(v)) return true;
    } else if (v !== null && typeof v === "object") {
      if (depth >= MAX_JSON_DEPTH) return true;
      for (const [k, x] of Object.entries(v)) {
        if (!isStorableText(k)) return true;
        stack.push([x, depth + 1]);
      }
    }
  }
  return false;
}

/** Reads a JSON object body; anything else (or text no database can store) is a 400, not a crash. */
export async function readJsonObject(req: Request): Promise<Record<string, unknown>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new AppError("INVALID_INPUT", "The body must be JSON", { _form: ["invalidJson"] });
  }
  if (typeof body !== "object" || body === null || Array.isArray(body) || jsonProblem(body)) {
    throw new AppError("INVALID_INPUT", "The body must be a JSON object", { _form: ["invalidJson"] });
  }
  return body as Record<string, unknown>;
}

/** Query string → plain object, snake_case API names mapped to the schema's names. */
export function queryObject(req: Request, rename: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of new URL(req.url).searchParams) {
    if (!isStorableText(v)) throw new AppError("INVALID_INPUT", "Invalid query", { [rename[k] ?? k]: ["invalid"] });
    out[rename[k] ?? k] = v;
  }
  return out;
}

type Handler<C> = (req: Request, ctx: C) => Promise<Response>;

const isMultipart = (req: Request) => (req.headers.get("content-type") ?? "").toLowerCase().startsWith("multipart/form-data");

/**
 * The one door of every route handler, named by its entry in lib/api/registry.ts. A body is read
 * within its cap (declared length first, then counted bytes: 413 PAYLOAD_TOO_LARGE) before the
 * handler parses anything; uploads to routes that take them are capped by the upload receiver.
 */
export function apiRoute<C>(name: RouteName, handler: Handler<C>): Handler<C> {
  const entry = routes[name] as { multipart?: unknown; maxBodyBytes?: number };
  const limit = entry.maxBodyBytes ?? DEFAULT_BODY_LIMIT;
  return async (req, ctx) => {
    try {
      if (crossOriginVerdict(req) !== "ok") throw new AppError("CROSS_ORIGIN");
      const bounded = req.body && !(entry.multipart && isMultipart(req)) ? await withBoundedBody(req, limit) : req;
      return await handler(bounded, ctx);
    } catch (e) {
      if (isAppError(e)) return withHeaders(errorResponse(req, e.status, e.code, e.fields), retryAfterHeaders(e));
      log("api").error({ route: name, ...errorFields(e) }, "unexpected error");
      return errorResponse(req, 500, "INTERNAL");
    }
  };
}

/** Route params in Next 16 arrive as a promise; ids are validated before any query. */
export async function idParam(ctx: { params: Promise<{ id: string }> }): Promise<string> {
  const { id } = await ctx.params;
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) throw new AppError("NOT_FOUND", "Not found");
  return id;
}
