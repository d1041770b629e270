"use server";
// "Duplicate for the next #N" from the manage page.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { duplicateInput } from "./schema";
import { duplicateEvent } from "./service";

const id = z.string().min(1).max(64);

export const duplicateEventAction = serverAction("series.duplicateEventAction", async function duplicateEventAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = duplicateInput.safeParse(rest);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  let created: string;
  try {
    created = await duplicateEvent(await getActor(), event.data, parsed.data);
  } catch (e) {
    return actionError(e, "duplicateEventAction");
  }
  revalidatePath("/events");
  redirect(`/events/${created}/edit`);
});
