"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { linkInput, reportInput } from "./schema";
import { addReport, addTalkLink, removeMaterial, setHidden } from "./service";
import { limitedActor } from "../ratelimit/actor";

// Ids from forms only say which resource is meant; the services load it and authorize the
// caller against its event and talk.
const id = z.string().trim().min(1).max(64);
const invalid = (error: z.ZodError): ActionState => ({ ok: false, code: "INVALID_INPUT", fields: fieldErrors(error) });

function refresh(m: { eventId: string; proposalId: string | null }) {
  revalidatePath(`/events/${m.eventId}/materials`);
  if (m.proposalId) revalidatePath(`/talks/${m.proposalId}`);
}

export const addLinkAction = serverAction("materials.addLinkAction", async function addLinkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { proposalId, ...rest } = formToObject(form);
  const talk = id.safeParse(proposalId);
  if (!talk.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = linkInput.safeParse(rest);
  if (!parsed.success) return invalid(parsed.error);
  try {
    refresh(await addTalkLink(await limitedActor("report"), talk.data, parsed.data));
  } catch (e) {
    return actionError(e, "addTalkLink");
  }
  return { ok: true };
});

export const addReportAction = serverAction("materials.addReportAction", async function addReportAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = reportInput.safeParse(rest);
  if (!parsed.success) return invalid(parsed.error);
  try {
    refresh(await addReport(await limitedActor("report"), event.data, parsed.data));
  } catch (e) {
    return actionError(e, "addReport");
  }
  return { ok: true };
});

const removeInput = z.object({ materialId: id, eventId: id.optional(), proposalId: id.optional() });

export const removeMaterialAction = serverAction("materials.removeMaterialAction", async function removeMaterialAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = removeInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await removeMaterial(await getActor(), parsed.data.materialId);
  } catch (e) {
    return actionError(e, "removeMaterial");
  }
  // The material is gone; the page it was shown on says where to refresh (a cache hint only).
  if (parsed.data.eventId) refresh({ eventId: parsed.data.eventId, proposalId: parsed.data.proposalId ?? null });
  return { ok: true };
});

const hideInput = z.object({ materialId: id, hidden: z.enum(["0", "1"]) });

export const hideMaterialAction = serverAction("materials.hideMaterialAction", async function hideMaterialAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = hideInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "NOT_FOUND" };
  try {
    refresh(await setHidden(await getActor(), parsed.data.materialId, parsed.data.hidden === "1"));
  } catch (e) {
    return actionError(e, "setHidden");
  }
  return { ok: true };
});
