"use server";
// The organizer's side of registration: frame forms, the draw, approvals, door check-in and
// messages. Every id sent by the browser is only a lookup key; the services load the resource
// and check that the caller organizes its event.
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError, type ErrorCode, isAppError } from "../errors";
import { drawByOrganizer } from "../lottery/service";
import { checkInInput, frameCreateInput, frameUpdateInput, voidInput } from "../registrations/schema";
import { approve, type CheckInResult, checkIn, frameForOrganizer, messageParticipants, reject } from "../registrations/service";
import { fieldErrors, formToObject } from "../validation";
import { withQuestionErrors } from "../questions/schema";
import { createFrame, eventForFrameEditor, updateFrame, voidLottery } from "./service";
import { limitedActor } from "../ratelimit/actor";

const id = z.string().min(1).max(64);

/** The schema says "invalid" for any bad capacity; the form can say what a capacity must be. */
function frameFieldErrors(fields: Record<string, string[]> | undefined) {
  if (fields?.capacity) fields.capacity = fields.capacity.map((k) => (k === "invalid" || k === "required" ? "capacityInvalid" : k));
  return fields;
}

function refused(e: unknown, context: string): ActionState {
  const state = actionError(e, context);
  return state && !state.ok ? { ...state, fields: frameFieldErrors(state.fields) } : state;
}

function revalidateEvent(eventId: string) {
  revalidatePath(`/events/${eventId}`);
  revalidatePath(`/events/${eventId}/manage`);
}

export const createFrameAction = serverAction("frames.createFrameAction", async function createFrameAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  // The event's zone reads the local date-times; a zone sent by the browser is not trusted.
  delete rest.timezone;
  try {
    const actor = await getActor();
    // Authorized before the input (its question list can be large) is parsed.
    await eventForFrameEditor(actor, event.data);
    const parsed = frameCreateInput.safeParse(rest);
    if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: frameFieldErrors(withQuestionErrors(fieldErrors(parsed.error), parsed.error)) };
    await createFrame(actor, event.data, parsed.data);
  } catch (e) {
    return refused(e, "createFrameAction");
  }
  revalidateEvent(event.data);
  redirect(`/events/${event.data}/manage`);
});

export const updateFrameAction = serverAction("frames.updateFrameAction", async function updateFrameAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { frameId, ...rest } = formToObject(form);
  const frame = id.safeParse(frameId);
  if (!frame.success) return { ok: false, code: "NOT_FOUND" };
  delete rest.timezone;
  delete rest.method;
  let eventId: string;
  try {
    const actor = await getActor();
    // Authorized before the input (its question list can be large) is parsed.
    await frameForOrganizer(actor, frame.data);
    const parsed = frameUpdateInput.safeParse(rest);
    if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: frameFieldErrors(withQuestionErrors(fieldErrors(parsed.error), parsed.error)) };
    eventId = (await updateFrame(actor, frame.data, parsed.data)).eventId;
  } catch (e) {
    return refused(e, "updateFrameAction");
  }
  revalidateEvent(eventId);
  redirect(`/events/${eventId}/manage`);
});

export const drawAction = serverAction("frames.drawAction", async function drawAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const frame = id.safeParse(form.get("frameId"));
  if (!frame.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    eventId = (await drawByOrganizer(await getActor(), frame.data)).eventId;
  } catch (e) {
    return actionError(e, "drawAction");
  }
  revalidateEvent(eventId);
  revalidatePath(`/frames/${frame.data}/draw`);
  return { ok: true };
});

/** Voids a closed lottery with a public reason; empty new values keep the old ones. */
export const voidLotteryAction = serverAction("frames.voidLotteryAction", async function voidLotteryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { frameId, ...rest } = formToObject(form);
  const frame = id.safeParse(frameId);
  if (!frame.success) return { ok: false, code: "NOT_FOUND" };
  delete rest.timezone;
  for (const k of ["capacity", "closesAt", "drawAt", "opensAt"]) if (rest[k] === "") delete rest[k];
  let eventId: string;
  try {
    // Authorized before the input is parsed.
    eventId = (await frameForOrganizer(await getActor(), frame.data)).eventId;
    const parsed = voidInput.safeParse(rest);
    if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: frameFieldErrors(withQuestionErrors(fieldErrors(parsed.error), parsed.error)) };
    await voidLottery(await getActor(), frame.data, parsed.data);
  } catch (e) {
    return refused(e, "voidLotteryAction");
  }
  revalidateEvent(eventId);
  revalidatePath(`/frames/${frame.data}/draw`);
  return { ok: true };
});

async function decide(form: FormData, op: typeof approve, context: string): Promise<ActionState> {
  const registration = id.safeParse(form.get("registrationId"));
  if (!registration.success) return { ok: false, code: "NOT_FOUND" };
  let eventId: string;
  try {
    eventId = (await op(await getActor(), registration.data)).eventId;
  } catch (e) {
    return actionError(e, context);
  }
  revalidateEvent(eventId);
  return { ok: true };
}

export const approveAction = serverAction("frames.approveAction", async function approveAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return decide(form, approve, "approveAction");
});

export const rejectAction = serverAction("frames.rejectAction", async function rejectAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return decide(form, reject, "rejectAction");
});

/** Who a ticket belongs to, as the door staff sees it (dates as ISO strings for the client). */
export type CheckInView = { receiptNumber: number; status: string; checkedInAt: string | null; frameName: string; name: string | null; handle: string | null };

/**
 * A check-in's outcome. Refusals that identify a ticket (already checked in, not a valid
 * ticket) carry the person, so the staff can tell them why at the door.
 */
export type CheckInState =
  | { ok: true; result: CheckInView; at: number }
  | { ok: false; code: ErrorCode | "INTERNAL"; fields?: Record<string, string[]>; detail?: CheckInView; at: number }
  | null;

function view(r: CheckInResult): CheckInView {
  return { ...r.person, receiptNumber: r.registration.receiptNumber, status: r.registration.status, checkedInAt: r.registration.checkedInAt?.toISOString() ?? null, frameName: r.registration.frameName };
}

export const checkInAction = serverAction("frames.checkInAction", async function checkInAction(_prev: CheckInState, form: FormData): Promise<CheckInState> {
  // `at` tells two identical outcomes apart, so the panel shows each scan as new.
  const at = Date.now();
  const raw = formToObject(form);
  const event = id.safeParse(raw.eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND", at };
  const parsed = checkInInput.safeParse({ code: raw.code || undefined, receiptNumber: raw.receiptNumber });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error), at };
  const { code, receiptNumber } = parsed.data;
  try {
    const result = await checkIn(await limitedActor("checkIn"), event.data, code ? { code } : { receiptNumber: receiptNumber === "" ? undefined : receiptNumber });
    revalidatePath(`/events/${event.data}/checkin`);
    return { ok: true, result: view(result), at };
  } catch (e) {
    const detail = isAppError(e) ? (e as { detail?: CheckInResult }).detail : undefined;
    const state = actionError(e, "checkInAction");
    if (!state || state.ok) return null;
    return { ...state, ...(detail ? { detail: view(detail) } : {}), at };
  }
});

const messageInput = z.object({
  subject: z.string().trim().min(1, "required").max(200, "tooLong"),
  body: z.string().trim().min(1, "required").max(5000, "tooLong"),
});

export const messageAction = serverAction("frames.messageAction", async function messageAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const raw = formToObject(form);
  const event = id.safeParse(raw.eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = messageInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    const { sent } = await messageParticipants(await getActor(), event.data, parsed.data);
    return { ok: true, data: { sent: String(sent) } };
  } catch (e) {
    return actionError(e, "messageAction");
  }
});
