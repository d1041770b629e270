"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { resetFeedToken, starTalk } from "./service";

const starInput = z.object({ proposalId: z.string().trim().min(1).max(64), starred: z.enum(["1", "0"]) });

/** ☆ on a talk: a plain form, so it works without JavaScript too. */
export const starAction = serverAction("personal-schedule.starAction", async function starAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = starInput.safeParse({ proposalId: form.get("proposalId"), starred: form.get("starred") });
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await starTalk(await getActor(), parsed.data.proposalId, parsed.data.starred === "1");
  } catch (e) {
    return actionError(e, "star");
  }
  revalidatePath("/me/schedule");
  revalidatePath(`/talks/${parsed.data.proposalId}`);
  return { ok: true, data: { starred: parsed.data.starred } };
});

export const resetCalendarTokenAction = serverAction("personal-schedule.resetCalendarTokenAction", async function resetCalendarTokenAction(_prev: ActionState): Promise<ActionState> {
  try {
    await resetFeedToken(await getActor());
  } catch (e) {
    return actionError(e, "resetCalendarToken");
  }
  revalidatePath("/me/schedule");
  return { ok: true };
});
