"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { applyInput } from "./schema";
import { apply, cancel } from "./service";
import { limitedActor } from "../ratelimit/actor";

const ANSWER_PREFIX = "answers.";
// Question ids follow questionSchema; anything else in the form is not an answer worth storing.
const QUESTION_ID = /^[a-z0-9_-]{1,30}$/;
const MAX_ANSWERS = 20;

const eventIdInput = z.string().min(1).max(64);
const registrationIdInput = z.object({ registrationId: z.string().min(1).max(64) });

/** Form fields `answers.<questionId>` → { questionId: answer }. */
function answersFrom(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(ANSWER_PREFIX)) continue;
    const id = key.slice(ANSWER_PREFIX.length);
    if (!QUESTION_ID.test(id) || Object.keys(out).length >= MAX_ANSWERS) continue;
    out[id] = typeof value === "string" ? value : "";
  }
  return out;
}

/** zod keys answer issues by ["answers", id]; the form names its fields `answers.<id>`. */
function applyFieldErrors(error: z.ZodError): Record<string, string[]> {
  const fields = fieldErrors(error);
  delete fields.answers;
  for (const issue of error.issues) {
    if (issue.path[0] !== "answers" || issue.path.length < 2) continue;
    const key = `${ANSWER_PREFIX}${String(issue.path[1])}`;
    const message = issue.code === "too_big" ? "tooLong" : "invalid";
    const list = (fields[key] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return fields;
}

export const applyAction = serverAction("registrations.applyAction", async function applyAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = formToObject(form);
  const eventId = eventIdInput.safeParse(raw.eventId);
  if (!eventId.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = applyInput.safeParse({ frameId: raw.frameId, answers: answersFrom(raw), anonymous: raw.anonymous ?? false });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: applyFieldErrors(parsed.error) };
  let status: string;
  try {
    status = (await apply(await limitedActor("application"), eventId.data, parsed.data)).status;
  } catch (e) {
    return actionError(e, "applyAction");
  }
  revalidatePath(`/events/${eventId.data}`);
  revalidatePath("/me/events");
  return { ok: true, data: { status } };
});

export const cancelAction = serverAction("registrations.cancelAction", async function cancelAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = registrationIdInput.safeParse({ registrationId: form.get("registrationId") });
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    // The service loads the registration and checks it is the caller's; its event comes from there.
    eventId = (await cancel(await limitedActor("application"), parsed.data.registrationId)).eventId;
  } catch (e) {
    return actionError(e, "cancelAction");
  }
  revalidatePath(`/events/${eventId}`);
  revalidatePath("/me/events");
  return { ok: true };
});
