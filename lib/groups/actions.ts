"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { groupInput, groupUpdateInput, organizerInput } from "./schema";
import { addOrganizer, createGroup, followGroup, getGroupById, removeOrganizer, updateGroup } from "./service";
import { limitedActor } from "../ratelimit/actor";

const groupId = z.string().min(1).max(64);

export const createGroupAction = serverAction("groups.createGroupAction", async function createGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = groupInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  let slug: string;
  try {
    slug = (await createGroup(await getActor(), parsed.data)).slug;
  } catch (e) {
    return actionError(e, "createGroup");
  }
  redirect(`/groups/${slug}`);
});

async function slugOf(id: string) {
  return (await getGroupById(id))?.slug ?? "";
}

export const updateGroupAction = serverAction("groups.updateGroupAction", async function updateGroupAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const id = groupId.safeParse(form.get("groupId"));
  const parsed = groupUpdateInput.safeParse(formToObject(form));
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await updateGroup(await getActor(), id.data, { name: parsed.data.name, description: parsed.data.description });
  } catch (e) {
    return actionError(e, "updateGroup");
  }
  revalidatePath(`/groups/${await slugOf(id.data)}`);
  return { ok: true };
});

export const addOrganizerAction = serverAction("groups.addOrganizerAction", async function addOrganizerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const id = groupId.safeParse(form.get("groupId"));
  const parsed = organizerInput.safeParse({ query: form.get("query") });
  if (!id.success) return { ok: false, code: "NOT_FOUND" };
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await addOrganizer(await limitedActor("invitation"), id.data, parsed.data.query);
  } catch (e) {
    return actionError(e, "addOrganizer");
  }
  revalidatePath(`/groups/${await slugOf(id.data)}`);
  return { ok: true };
});

export const removeOrganizerAction = serverAction("groups.removeOrganizerAction", async function removeOrganizerAction(form: FormData): Promise<void> {
  const parsed = z.object({ groupId, userId: z.string().min(1).max(64) }).safeParse({ groupId: form.get("groupId"), userId: form.get("userId") });
  if (!parsed.success) return;
  try {
    await removeOrganizer(await getActor(), parsed.data.groupId, parsed.data.userId);
  } catch (e) {
    actionError(e, "removeOrganizer");
  }
  revalidatePath(`/groups/${await slugOf(parsed.data.groupId)}/settings`);
});

export const followGroupAction = serverAction("groups.followGroupAction", async function followGroupAction(form: FormData): Promise<void> {
  const parsed = z.object({ groupId, follow: z.enum(["1", "0"]) }).safeParse({ groupId: form.get("groupId"), follow: form.get("follow") });
  if (!parsed.success) return;
  const actor = await getActor();
  if (!actor) redirect("/signin");
  try {
    await followGroup(actor, parsed.data.groupId, parsed.data.follow === "1");
  } catch (e) {
    actionError(e, "followGroup");
  }
  revalidatePath(`/groups/${await slugOf(parsed.data.groupId)}`);
});
