"use server";
import { revalidatePath } from "next/cache";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { groupAnnouncementsInput, preferencesInput, unsubscribeInput } from "./schema";
import { savePreferences, setGroupAnnouncements, unsubscribeWithToken } from "./service";

/** The unsubscribe page's button: the signed token alone says who and what. */
export const unsubscribeAction = serverAction("notifications.unsubscribeAction", async function unsubscribeAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = unsubscribeInput.safeParse({ token: form.get("token") });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    const r = await unsubscribeWithToken(parsed.data.token);
    return { ok: true, data: { scope: r.scope } };
  } catch (e) {
    return actionError(e, "unsubscribe");
  }
});

export const savePreferencesAction = serverAction("notifications.savePreferencesAction", async function savePreferencesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = preferencesInput.safeParse(formToObject(form, ["groups"]));
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await savePreferences(await getActor(), parsed.data);
  } catch (e) {
    return actionError(e, "savePreferences");
  }
  revalidatePath("/settings/mail");
  return { ok: true };
});

export const setGroupAnnouncementsAction = serverAction("notifications.setGroupAnnouncementsAction", async function setGroupAnnouncementsAction(form: FormData): Promise<void> {
  const parsed = groupAnnouncementsInput.safeParse(formToObject(form));
  if (!parsed.success) return;
  try {
    await setGroupAnnouncements(await getActor(), parsed.data.groupId, parsed.data.on === "1");
  } catch (e) {
    actionError(e, "setGroupAnnouncements");
    return;
  }
  revalidatePath("/groups", "layout");
});
