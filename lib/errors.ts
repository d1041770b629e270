// One error type for expected, user-facing failures. The code is stable (API clients and the
// UI's message catalogs key on it); the HTTP status follows the API conventions.
import { errorFields, log } from "./observability/logger";

export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SLUG_TAKEN: 409,
  HANDLE_TAKEN: 409,
  ALREADY_ORGANIZER: 409,
  SERIES_NUMBER_TAKEN: 409,
  INVALID_STATE: 409,
  RULE_REFUSED: 422,
  USER_NOT_FOUND: 422,
  LAST_OWNER: 422,
  RATE_LIMITED: 429,
  // A cookie-authenticated API write from another site, or not JSON (lib/http/origin.ts).
  CROSS_ORIGIN: 403,
  ALREADY_REGISTERED: 409,
  FRAME_FULL: 409,
  ALREADY_DRAWN: 409,
  ALREADY_CHECKED_IN: 409,
  NOT_OPEN_YET: 422,
  APPLICATIONS_CLOSED: 422,
  EVENT_CLOSED: 422,
  CANCEL_DEADLINE_PASSED: 422,
  LOTTERY_FROZEN: 422,
  DRAW_TOO_EARLY: 422,
  TICKET_NOT_VALID: 422,
  CFP_CLOSED: 422,
  NOT_A_SPEAKER: 403,
  SLOT_CONFLICT: 409,
  // A change made on an outdated version of a timetable item (optimistic concurrency).
  STALE_VERSION: 409,
  FILE_TOO_LARGE: 413,
  NOT_A_PDF: 415,
  NOT_AN_IMAGE: 415,
  TALK_NOT_STARTED: 422,
  NOT_ATTENDED: 403,
  NOT_REGISTERED: 403,
  // Lottery v2 (docs/lottery.md)
  FRAME_FROZEN: 409,
  DRAW_WAITING: 422,
  LOTTERY_NOT_CLOSED: 422,
  VOID_TOO_EARLY: 422,
  TOO_MANY_SPEAKERS: 422,
  // Hardening (issue 8)
  PAYLOAD_TOO_LARGE: 413,
  // Reconfirmation (参加確認)
  RECONFIRM_CLOSED: 422,
  ALREADY_ANSWERED: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fields?: FieldErrors,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND", "Not found");
export const forbidden = () => new AppError("FORBIDDEN", "Not allowed");
export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in first");

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** What a server action returns to its form: translated by the UI from codes and field keys. */
export type ActionState = { ok: true; message?: string; data?: Record<string, string> } | { ok: false; code: ErrorCode | "INTERNAL"; fields?: FieldErrors } | null;

/** Maps a thrown error to form state; unexpected errors are logged, never shown. */
export function actionError(e: unknown, context: string): ActionState {
  if (isAppError(e)) return { ok: false, code: e.code, fields: e.fields };
  // Next.js uses thrown values for redirect()/notFound(); they must keep propagating.
  if (typeof e === "object" && e !== null && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
  log("action").error({ action: context, ...errorFields(e) }, "unexpected error");
  return { ok: false, code: "INTERNAL" };
}
