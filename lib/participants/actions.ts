"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { anonymityInput } from "./schema";
import { setAnonymous } from "./service";

const idInput = z.string().min(1).max(64);

export const setAnonymousAction = serverAction("participants.setAnonymousAction", async function setAnonymousAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const id = idInput.safeParse(form.get("registrationId"));
  const parsed = anonymityInput.safeParse({ anonymous: form.get("anonymous") ?? "" });
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  let eventId: string;
  try {
    // The service only touches a registration of the caller's own.
    eventId = (await setAnonymous(await getActor(), id.data, parsed.data.anonymous)).eventId;
  } catch (e) {
    return actionError(e, "setAnonymous");
  }
  revalidatePath(`/events/${eventId}`);
  revalidatePath(`/registrations/${id.data}/ticket`);
  return { ok: true };
});
