"use server";
// Answering a reconfirmation: through the mail's link (no sign-in; the token is the credential)
// or as the signed-in owner on the ticket page.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { type ActionState, actionError } from "../errors";
import { limitedActor } from "../ratelimit/actor";
import { formToObject } from "../validation";
import { tokenAnswerInput } from "./schema";
import { answerAsOwner, answerByToken } from "./service";

export const answerReconfirmTokenAction = serverAction("reconfirmation.answerReconfirmTokenAction", async function answerReconfirmTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = tokenAnswerInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    // Counted like applications, per address: a wrong token costs the same as a right one.
    await limitedActor("application");
    eventId = (await answerByToken(parsed.data.token, parsed.data.answer === "yes")).event.id;
  } catch (e) {
    return actionError(e, "answerReconfirmTokenAction");
  }
  revalidatePath(`/events/${eventId}`);
  return { ok: true, data: { answer: parsed.data.answer } };
});

const ownerInput = z.object({ registrationId: z.string().min(1).max(64), answer: z.enum(["yes", "no"]) });

export const answerReconfirmOwnerAction = serverAction("reconfirmation.answerReconfirmOwnerAction", async function answerReconfirmOwnerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = ownerInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    eventId = (await answerAsOwner(await limitedActor("application"), parsed.data.registrationId, parsed.data.answer === "yes")).eventId;
  } catch (e) {
    return actionError(e, "answerReconfirmOwnerAction");
  }
  revalidatePath(`/events/${eventId}`);
  revalidatePath(`/registrations/${parsed.data.registrationId}/ticket`);
  revalidatePath("/me/events");
  return { ok: true, data: { answer: parsed.data.answer } };
});
