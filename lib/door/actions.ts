"use server";
// The door (受付) and the staff: check-in from the door list, undo, walk-ins, receptionists and
// nominations (指名). Ids from the browser are lookup keys only; the services authorize.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { serverAction } from "../api/action";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { nominate } from "../frames/service";
import { limitedActor } from "../ratelimit/actor";
import { nominateInput } from "../registrations/schema";
import { checkIn } from "../registrations/service";
import { fieldErrors, formToObject } from "../validation";
import { receptionistInput, walkInInput } from "./schema";
import { addReceptionist, registerWalkIn, removeReceptionist, undoCheckIn } from "./service";

const id = z.string().min(1).max(64);

/** A door action's outcome, with who it concerned so the desk can say it aloud. */
export type DoorState = (ActionState & { name?: string | null; receiptNumber?: number; at?: number }) | null;

function revalidateDoor(eventId: string) {
  revalidatePath(`/events/${eventId}/checkin`);
  revalidatePath(`/events/${eventId}/manage`);
}

/** Checks in a person found on the door list by name. */
export const checkInRowAction = serverAction("door.checkInRowAction", async function checkInRowAction(_prev: DoorState, form: FormData): Promise<DoorState> {
  const event = id.safeParse(form.get("eventId"));
  const registration = id.safeParse(form.get("registrationId"));
  if (!event.success || !registration.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const r = await checkIn(await limitedActor("checkIn"), event.data, { registrationId: registration.data });
    revalidateDoor(event.data);
    return { ok: true, name: r.person.name ?? r.person.handle, receiptNumber: r.registration.receiptNumber, at: Date.now() };
  } catch (e) {
    return actionError(e, "checkInRowAction");
  }
});

export const undoCheckInAction = serverAction("door.undoCheckInAction", async function undoCheckInAction(_prev: DoorState, form: FormData): Promise<DoorState> {
  const event = id.safeParse(form.get("eventId"));
  const registration = id.safeParse(form.get("registrationId"));
  if (!event.success || !registration.success) return { ok: false, code: "NOT_FOUND" };
  try {
    const r = await undoCheckIn(await limitedActor("checkIn"), event.data, registration.data);
    revalidateDoor(event.data);
    return { ok: true, receiptNumber: r.receiptNumber, at: Date.now() };
  } catch (e) {
    return actionError(e, "undoCheckInAction");
  }
});

export const walkInAction = serverAction("door.walkInAction", async function walkInAction(_prev: DoorState, form: FormData): Promise<DoorState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = walkInInput.safeParse(rest);
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    const r = await registerWalkIn(await limitedActor("checkIn"), event.data, parsed.data);
    revalidateDoor(event.data);
    revalidatePath(`/events/${event.data}`);
    return { ok: true, name: r.name, receiptNumber: r.registration.receiptNumber, at: Date.now() };
  } catch (e) {
    return actionError(e, "walkInAction");
  }
});

export const addReceptionistAction = serverAction("door.addReceptionistAction", async function addReceptionistAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const event = id.safeParse(form.get("eventId"));
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = receptionistInput.safeParse({ query: form.get("query") ?? "" });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await addReceptionist(await limitedActor("invitation"), { eventId: event.data }, parsed.data.query);
  } catch (e) {
    return actionError(e, "addReceptionistAction");
  }
  revalidatePath(`/events/${event.data}/manage`);
  return { ok: true };
});

export const removeReceptionistAction = serverAction("door.removeReceptionistAction", async function removeReceptionistAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const event = id.safeParse(form.get("eventId"));
  const user = id.safeParse(form.get("userId"));
  if (!event.success || !user.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await removeReceptionist(await getActor(), { eventId: event.data }, user.data);
  } catch (e) {
    return actionError(e, "removeReceptionistAction");
  }
  revalidatePath(`/events/${event.data}/manage`);
  return { ok: true };
});

/** Saves the nominations (指名) of a lottery frame: the ticked applicants, in the order given. */
export const nominateAction = serverAction("door.nominateAction", async function nominateAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const frame = id.safeParse(form.get("frameId"));
  if (!frame.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = nominateInput.safeParse({ publicIds: form.getAll("publicIds").map(String) });
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT", fields: fieldErrors(parsed.error) };
  try {
    await nominate(await getActor(), frame.data, parsed.data.publicIds);
  } catch (e) {
    return actionError(e, "nominateAction");
  }
  revalidatePath(`/frames/${frame.data}/nominations`);
  revalidatePath(`/frames/${frame.data}/draw`);
  return { ok: true };
});
