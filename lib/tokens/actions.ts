"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors } from "../validation";
import { createTokenInput, revokeTokenInput } from "./schema";
import { createToken, revokeToken } from "./service";

export const createTokenAction = serverAction("tokens.createTokenAction", async function createTokenAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = createTokenInput.safeParse({ name: form.get("name") });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    const { token } = await createToken(actor.userId, parsed.data.name);
    revalidatePath("/settings/tokens");
    // Shown once in the form's state; only its hash is stored.
    return { ok: true, data: { token } };
  } catch (e) {
    return actionError(e, "createToken");
  }
});

export const revokeTokenAction = serverAction("tokens.revokeTokenAction", async function revokeTokenAction(form: FormData): Promise<void> {
  const actor = await getActor();
  const parsed = revokeTokenInput.safeParse({ id: form.get("id") });
  if (!actor || !parsed.success) return;
  try {
    await revokeToken(actor.userId, parsed.data.id);
  } catch (e) {
    actionError(e, "revokeToken");
  }
  revalidatePath("/settings/tokens");
});
