"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { eventCreateInput, eventUpdateInput } from "./schema";
import { cancelEvent, createEvent, publishEvent, updateEvent } from "./service";

const idInput = z.object({ eventId: z.string().min(1).max(64) });

export const createEventAction = serverAction("events.createEventAction", async function createEventAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = eventCreateInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  let id: string;
  try {
    id = (await createEvent(await getActor(), parsed.data)).id;
  } catch (e) {
    return actionError(e, "createEvent");
  }
  redirect(`/events/${id}`);
});

export const updateEventAction = serverAction("events.updateEventAction", async function updateEventAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const id = idInput.safeParse({ eventId });
  const parsed = eventUpdateInput.safeParse(rest);
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await updateEvent(await getActor(), id.data.eventId, parsed.data);
  } catch (e) {
    return actionError(e, "updateEvent");
  }
  revalidatePath(`/events/${id.data.eventId}`);
  redirect(`/events/${id.data.eventId}`);
});

async function statusAction(form: FormData, op: typeof publishEvent, context: string): Promise<ActionState> {
  const id = idInput.safeParse({ eventId: form.get("eventId") });
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await op(await getActor(), id.data.eventId);
  } catch (e) {
    return actionError(e, context);
  }
  revalidatePath(`/events/${id.data.eventId}`);
  return { ok: true };
}

export const publishEventAction = serverAction("events.publishEventAction", async function publishEventAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return statusAction(form, publishEvent, "publishEvent");
});

export const cancelEventAction = serverAction("events.cancelEventAction", async function cancelEventAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return statusAction(form, cancelEvent, "cancelEvent");
});

