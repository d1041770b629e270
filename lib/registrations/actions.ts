"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { applyInput } from "./schema";
import { answersFromForm } from "../questions/form";
import { apply, cancel } from "./service";
import { limitedActor } from "../ratelimit/actor";

const ANSWER_PREFIX = "answers.";

const eventIdInput = z.string().min(1).max(64);
const registrationIdInput = z.object({ registrationId: z.string().min(1).max(64) });

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
  const parsed = applyInput.safeParse({ frameId: raw.frameId, answers: answersFromForm(form), anonymous: raw.anonymous ?? false });
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
