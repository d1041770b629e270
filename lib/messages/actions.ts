"use server";
// Targeted messages from the manage page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { messageInput } from "./schema";
import { cancelScheduledMessage, createMessage } from "./service";

const id = z.string().min(1).max(64);

export const sendMessageAction = serverAction("messages.sendMessageAction", async function sendMessageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = messageInput.safeParse(rest);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  let m: Awaited<ReturnType<typeof createMessage>>;
  try {
    m = await createMessage(await getActor(), event.data, parsed.data);
  } catch (e) {
    return actionError(e, "sendMessageAction");
  }
  revalidatePath(`/events/${event.data}/manage`);
  return { ok: true, data: { sent: m.sentAt ? String(m.recipients ?? 0) : "", scheduled: m.sentAt ? "" : "1" } };
});

export const cancelMessageAction = serverAction("messages.cancelMessageAction", async function cancelMessageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const messageId = id.safeParse(form.get("messageId"));
  if (!messageId.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    eventId = await cancelScheduledMessage(await getActor(), messageId.data);
  } catch (e) {
    return actionError(e, "cancelMessageAction");
  }
  revalidatePath(`/events/${eventId}/manage`);
  return { ok: true };
});
