"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { profileInput } from "./schema";
import { updateProfile } from "./service";

export const updateProfileAction = serverAction("users.updateProfileAction", async function updateProfileAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = profileInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await updateProfile(actor.userId, parsed.data);
  } catch (e) {
    return actionError(e, "updateProfile");
  }
  revalidatePath("/", "layout");
  return { ok: true };
});
