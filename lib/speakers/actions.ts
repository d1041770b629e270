"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { availabilityInput, speakerProfileInput } from "./schema";
import { getAvailability, saveAvailability, saveSpeakerProfile } from "./service";

const id = z.string().trim().min(1).max(64);

export const saveSpeakerProfileAction = serverAction("speakers.saveSpeakerProfileAction", async function saveSpeakerProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { photoUrl, ...rest } = formToObject(form);
  const parsed = speakerProfileInput.safeParse({ ...rest, photoUrl });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    // An empty link field keeps an uploaded photo; a link replaces it.
    await saveSpeakerProfile(await getActor(), { ...parsed.data, keepPhoto: true });
  } catch (e) {
    return actionError(e, "saveSpeakerProfile");
  }
  revalidatePath("/me/speaker");
  return { ok: true };
});

export const saveAvailabilityAction = serverAction("speakers.saveAvailabilityAction", async function saveAvailabilityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const event = id.safeParse(form.get("eventId"));
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const actor = await getActor();
    await getAvailability(actor, event.data);
    const parsed = availabilityInput.safeParse({ ranges: form.get("ranges") ?? "" });
    if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
    await saveAvailability(actor, event.data, parsed.data);
  } catch (e) {
    return actionError(e, "saveAvailability");
  }
  revalidatePath("/me/speaker");
  return { ok: true };
});
