"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { type ActionState, actionError } from "../errors";
import { limitedActor } from "../ratelimit/actor";
import { fieldErrors } from "../validation";
import { feedbackInput } from "./schema";
import { giveFeedback } from "./service";

const id = z.string().trim().min(1).max(64);

export const giveFeedbackAction = serverAction("feedback.giveFeedbackAction", async function giveFeedbackAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const talk = id.safeParse(form.get("proposalId"));
  if (!talk.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = feedbackInput.safeParse({ rating: form.get("rating") ?? "", comment: form.get("comment") ?? "" });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await giveFeedback(await limitedActor("report"), talk.data, parsed.data);
  } catch (e) {
    return actionError(e, "giveFeedback");
  }
  revalidatePath(`/talks/${talk.data}`);
  return { ok: true };
});
