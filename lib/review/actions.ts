"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { assignInput, criteriaInput, reviewerTracksInput, reviewSettingsInput, speakerMessageInput, stageInput, templateInput } from "./schema";
import { assignByTrack, assignReviewer, messageSpeakers, saveCriteria, saveDecisionTemplate, saveReviewSettings, sendStagedDecisions, setReviewerTracks, stageDecision } from "./service";

// Ids from forms only say which resource is meant; the services load it and authorize the
// caller against its event.
const id = z.string().trim().min(1).max(64);
const invalid = (error: z.ZodError): ActionState => ({ ok: false, code: "INVALID_INPUT", fields: fieldErrors(error) });

function refresh(eventId: string) {
  revalidatePath(`/events/${eventId}/proposals`);
  revalidatePath(`/events/${eventId}/review`);
}

/** Runs one organizer step on an event: the id first, then the fields, then the service. */
async function onEvent<T>(form: FormData, schema: z.ZodType<T> | null, run: (eventId: string, input: T) => Promise<Record<string, string> | void>, context: string): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  let data: Record<string, string> | void;
  try {
    let input = undefined as T;
    if (schema) {
      const parsed = schema.safeParse(rest);
      if (!parsed.success) return invalid(parsed.error);
      input = parsed.data;
    }
    data = await run(event.data, input);
  } catch (e) {
    return actionError(e, context);
  }
  refresh(event.data);
  return data ? { ok: true, data } : { ok: true };
}

export const saveCriteriaAction = serverAction("review.saveCriteriaAction", async function saveCriteriaAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, criteriaInput, async (eventId, input) => void (await saveCriteria(await getActor(), eventId, input)), "saveCriteria");
});

export const saveReviewSettingsAction = serverAction("review.saveReviewSettingsAction", async function saveReviewSettingsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (!form.has("anonymousReview")) form.set("anonymousReview", "false");
  return onEvent(form, reviewSettingsInput, async (eventId, input) => void (await saveReviewSettings(await getActor(), eventId, input)), "saveReviewSettings");
});

export const assignAction = serverAction("review.assignAction", async function assignAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, assignInput, async (_eventId, input) => void (await assignReviewer(await getActor(), input.proposalId, input.userId, input.assigned)), "assign");
});

export const assignByTrackAction = serverAction("review.assignByTrackAction", async function assignByTrackAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, null, async (eventId) => ({ added: String((await assignByTrack(await getActor(), eventId)).added) }), "assignByTrack");
});

export const setReviewerTracksAction = serverAction("review.setReviewerTracksAction", async function setReviewerTracksAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, reviewerTracksInput, async (eventId, input) => void (await setReviewerTracks(await getActor(), eventId, input.userId, input.tracks)), "setReviewerTracks");
});

export const stageDecisionAction = serverAction("review.stageDecisionAction", async function stageDecisionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const proposal = id.safeParse(form.get("proposalId"));
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = stageInput.safeParse({ decision: form.get("decision") });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await stageDecision(await getActor(), proposal.data, parsed.data.decision);
  } catch (e) {
    return actionError(e, "stageDecision");
  }
  revalidatePath("/events/[id]/(tools)/proposals", "page");
  revalidatePath("/events/[id]/(tools)/review", "page");
  return { ok: true, data: { decision: parsed.data.decision } };
});

export const sendDecisionsAction = serverAction("review.sendDecisionsAction", async function sendDecisionsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, null, async (eventId) => ({ sent: String((await sendStagedDecisions(await getActor(), eventId)).sent) }), "sendDecisions");
});

export const saveTemplateAction = serverAction("review.saveTemplateAction", async function saveTemplateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, templateInput, async (eventId, input) => void (await saveDecisionTemplate(await getActor(), eventId, input)), "saveTemplate");
});

export const messageSpeakersAction = serverAction("review.messageSpeakersAction", async function messageSpeakersAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return onEvent(form, speakerMessageInput, async (eventId, input) => ({ sent: String((await messageSpeakers(await getActor(), eventId, input)).sent) }), "messageSpeakers");
});
