"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { answersFromForm } from "../questions/form";
import { withQuestionErrors } from "../questions/schema";
import { cfpInput, decisionInput, inviteInput, proposalInput, proposalUpdateInput, speakerReplyInput } from "./schema";
import { addReviewer, answerInvitation, authorizeCfpEditor, decide, inviteCoSpeaker, replyAsSpeaker, reviewProposal, saveCfp, submitProposal, updateProposal, withdrawProposal } from "./service";
import { limitedActor } from "../ratelimit/actor";
import { criteriaReviewInput } from "../review/schema";

// Ids from forms only say which resource is meant; the services load it and authorize the
// caller against its event.
const id = z.string().trim().min(1).max(64);
const invalid = (error: z.ZodError): ActionState => ({ ok: false, code: "INVALID_INPUT", fields: withQuestionErrors(fieldErrors(error), error) });

function refreshTalks(eventId?: string) {
  if (eventId) {
    revalidatePath(`/events/${eventId}`);
    revalidatePath(`/events/${eventId}/cfp`);
    revalidatePath(`/events/${eventId}/proposals`);
    revalidatePath(`/events/${eventId}/schedule`);
    revalidatePath(`/events/${eventId}/timetable/edit`);
  }
  revalidatePath("/me/talks");
}

export const saveCfpAction = serverAction("talks.saveCfpAction", async function saveCfpAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const actor = await getActor();
    await authorizeCfpEditor(actor, event.data);
    const parsed = cfpInput.safeParse(rest);
    if (!parsed.success) return invalid(parsed.error);
    await saveCfp(actor, event.data, parsed.data);
  } catch (e) {
    return actionError(e, "saveCfp");
  }
  refreshTalks(event.data);
  return { ok: true };
});

export const submitProposalAction = serverAction("talks.submitProposalAction", async function submitProposalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = proposalInput.safeParse({ ...rest, answers: answersFromForm(form) });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await submitProposal(await limitedActor("proposal"), event.data, parsed.data);
  } catch (e) {
    return actionError(e, "submitProposal");
  }
  refreshTalks(event.data);
  redirect("/me/talks?submitted=1");
});

export const updateProposalAction = serverAction("talks.updateProposalAction", async function updateProposalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { proposalId, ...rest } = formToObject(form);
  const proposal = id.safeParse(proposalId);
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = proposalUpdateInput.safeParse({ ...rest, answers: answersFromForm(form) });
  if (!parsed.success) return invalid(parsed.error);
  let eventId: string;
  try {
    eventId = (await updateProposal(await limitedActor("proposal"), proposal.data, parsed.data)).eventId;
  } catch (e) {
    return actionError(e, "updateProposal");
  }
  refreshTalks(eventId);
  revalidatePath(`/proposals/${proposal.data}/edit`);
  return { ok: true };
});

export const withdrawProposalAction = serverAction("talks.withdrawProposalAction", async function withdrawProposalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const proposal = id.safeParse(form.get("proposalId"));
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    eventId = (await withdrawProposal(await getActor(), proposal.data)).eventId;
  } catch (e) {
    return actionError(e, "withdrawProposal");
  }
  refreshTalks(eventId);
  return { ok: true };
});

export const inviteCoSpeakerAction = serverAction("talks.inviteCoSpeakerAction", async function inviteCoSpeakerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const proposal = id.safeParse(form.get("proposalId"));
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = inviteInput.safeParse({ query: form.get("query") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  let name: string;
  try {
    const user = await inviteCoSpeaker(await limitedActor("invitation"), proposal.data, parsed.data.query);
    name = user.name ?? user.handle ?? parsed.data.query;
  } catch (e) {
    return actionError(e, "inviteCoSpeaker");
  }
  revalidatePath(`/proposals/${proposal.data}/edit`);
  return { ok: true, data: { name } };
});

const invitationReply = z.object({ proposalId: id, reply: z.enum(["accept", "decline"], "invalid") });

export const answerInvitationAction = serverAction("talks.answerInvitationAction", async function answerInvitationAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = invitationReply.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  try {
    await answerInvitation(await getActor(), parsed.data.proposalId, parsed.data.reply === "accept");
  } catch (e) {
    return actionError(e, "answerInvitation");
  }
  refreshTalks();
  return { ok: true, data: { reply: parsed.data.reply } };
});

export const replyAsSpeakerAction = serverAction("talks.replyAsSpeakerAction", async function replyAsSpeakerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const proposal = id.safeParse(form.get("proposalId"));
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = speakerReplyInput.safeParse({ reply: form.get("reply") });
  if (!parsed.success) return invalid(parsed.error);
  let eventId: string;
  try {
    eventId = (await replyAsSpeaker(await getActor(), proposal.data, parsed.data.reply)).eventId;
  } catch (e) {
    return actionError(e, "replyAsSpeaker");
  }
  refreshTalks(eventId);
  return { ok: true, data: { reply: parsed.data.reply } };
});

export const addReviewerAction = serverAction("talks.addReviewerAction", async function addReviewerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const event = id.safeParse(form.get("eventId"));
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = inviteInput.safeParse({ query: form.get("query") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  let name: string;
  try {
    const user = await addReviewer(await limitedActor("invitation"), event.data, parsed.data.query);
    name = user.name ?? user.handle ?? parsed.data.query;
  } catch (e) {
    return actionError(e, "addReviewer");
  }
  revalidatePath(`/events/${event.data}/proposals`);
  return { ok: true, data: { name } };
});

export const reviewProposalAction = serverAction("talks.reviewProposalAction", async function reviewProposalAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const proposal = id.safeParse(form.get("proposalId"));
  if (!proposal.success) return { ok: false, code: "NOT_FOUND" };
  // With criteria, the form sends one "scores.<criterion id>" field per criterion.
  const scores = Object.fromEntries([...form.keys()].filter((k) => k.startsWith("scores.")).slice(0, 20).map((k) => [k.slice(7), form.get(k)]));
  const hasScores = Object.keys(scores).length > 0;
  const parsed = criteriaReviewInput.safeParse({ ...(hasScores ? { scores } : { score: form.get("score") ?? "" }), comment: form.get("comment") ?? "" });
  if (!parsed.success) return invalid(parsed.error);
  try {
    await reviewProposal(await getActor(), proposal.data, parsed.data);
  } catch (e) {
    return actionError(e, "reviewProposal");
  }
  // The list page of whichever event this proposal belongs to shows the new score.
  revalidatePath("/events/[id]/(tools)/proposals", "page");
  return { ok: true };
});

export const decideAction = serverAction("talks.decideAction", async function decideAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = formToObject(form, ["ids"]);
  const event = id.safeParse(raw.eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const ids = z.array(id).max(500).safeParse(raw.ids ?? []);
  if (!ids.success) return { ok: false, code: "INVALID_INPUT" };
  if (ids.data.length === 0) return { ok: false, code: "INVALID_INPUT", fields: { ids: ["noneSelected"] } };
  const parsed = decisionInput.safeParse({ decision: raw.decision, message: typeof raw.message === "string" && raw.message.trim() ? raw.message : undefined });
  if (!parsed.success) return invalid(parsed.error);
  let changed: number;
  try {
    changed = (await decide(await getActor(), event.data, ids.data, parsed.data.decision, parsed.data.message)).changed;
  } catch (e) {
    return actionError(e, "decide");
  }
  refreshTalks(event.data);
  return { ok: true, data: { decision: parsed.data.decision, changed: String(changed) } };
});
