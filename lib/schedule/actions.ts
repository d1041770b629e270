"use server";
import { serverAction } from "../api/action";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getActor } from "../auth";
import { type ActionState, actionError } from "../errors";
import { fieldErrors, formToObject } from "../validation";
import { gridMoveInput, gridPlaceInput } from "./schema";
import { addRoom, addSlot, deleteRoom, deleteSlot, moveSlot, publishSchedule, roomInput, scheduleForViewer, setSchedulePublished, slotInput, updateRoom, updateSlot } from "./service";

// Ids from forms only say which resource is meant; the services load it and authorize the
// caller against its event. The event id is used to refresh pages, never to authorize.
const id = z.string().trim().min(1).max(64);
const invalid = (error: z.ZodError): ActionState => ({ ok: false, code: "INVALID_INPUT", fields: fieldErrors(error) });

function refresh(eventId: string) {
  revalidatePath(`/events/${eventId}`);
  revalidatePath(`/events/${eventId}/schedule`);
  revalidatePath(`/events/${eventId}/timetable/edit`);
  revalidatePath("/talks/[id]", "page");
}

export const addRoomAction = serverAction("schedule.addRoomAction", async function addRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = roomInput.safeParse(rest);
  if (!parsed.success) return invalid(parsed.error);
  try {
    await addRoom(await getActor(), event.data, parsed.data);
  } catch (e) {
    return actionError(e, "addRoom");
  }
  refresh(event.data);
  return { ok: true };
});

export const updateRoomAction = serverAction("schedule.updateRoomAction", async function updateRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { roomId, ...rest } = formToObject(form);
  const room = id.safeParse(roomId);
  if (!room.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = roomInput.pick({ name: true, capacity: true }).safeParse(rest);
  if (!parsed.success) return invalid(parsed.error);
  let eventId: string;
  try {
    eventId = (await updateRoom(await getActor(), room.data, parsed.data)).eventId;
  } catch (e) {
    return actionError(e, "updateRoom");
  }
  refresh(eventId);
  return { ok: true };
});

const moveInput = z.object({ eventId: id, roomId: id, direction: z.enum(["up", "down"]) });

/** Moves a room one place left/up in the timetable, renumbering the event's rooms 0, 1, 2… */
export const moveRoomAction = serverAction("schedule.moveRoomAction", async function moveRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = moveInput.safeParse(formToObject(form));
  if (!parsed.success) return { ok: false, code: "INVALID_INPUT" };
  const { eventId, roomId, direction } = parsed.data;
  try {
    const actor = await getActor();
    const { organizer, rooms } = await scheduleForViewer(actor, eventId);
    const from = rooms.findIndex((r) => r.id === roomId);
    if (!organizer || from < 0) return { ok: false, code: "NOT_FOUND" };
    const to = direction === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= rooms.length) return { ok: true };
    const order = [...rooms];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [i, r] of order.entries()) if (r.sortOrder !== i) await updateRoom(actor, r.id, { sortOrder: i });
  } catch (e) {
    return actionError(e, "moveRoom");
  }
  refresh(eventId);
  return { ok: true };
});

export const deleteRoomAction = serverAction("schedule.deleteRoomAction", async function deleteRoomAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const room = id.safeParse(form.get("roomId"));
  const event = id.safeParse(form.get("eventId"));
  if (!room.success || !event.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await deleteRoom(await getActor(), room.data);
  } catch (e) {
    return actionError(e, "deleteRoom");
  }
  refresh(event.data);
  return { ok: true };
});

/** Adds a slot, or changes the one named by slotId. */
export const saveSlotAction = serverAction("schedule.saveSlotAction", async function saveSlotAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { eventId, slotId, ...rest } = formToObject(form);
  const event = id.safeParse(eventId);
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const slot = slotId ? id.safeParse(slotId) : null;
  if (slot && !slot.success) return { ok: false, code: "NOT_FOUND" };
  const parsed = slotInput.safeParse(rest);
  if (!parsed.success) return invalid(parsed.error);
  // A fixed item carries no talk, whatever the talk select still holds.
  const input = parsed.data.kind === "talk" ? parsed.data : { ...parsed.data, proposalId: null };
  try {
    const actor = await getActor();
    if (slot) await updateSlot(actor, slot.data, input);
    else await addSlot(actor, event.data, input);
  } catch (e) {
    return actionError(e, "saveSlot");
  }
  refresh(event.data);
  return { ok: true, data: { saved: slot ? "updated" : "added" } };
});

export const deleteSlotAction = serverAction("schedule.deleteSlotAction", async function deleteSlotAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const slot = id.safeParse(form.get("slotId"));
  const event = id.safeParse(form.get("eventId"));
  if (!slot.success || !event.success) return { ok: false, code: "NOT_FOUND" };
  try {
    await deleteSlot(await getActor(), slot.data);
  } catch (e) {
    return actionError(e, "deleteSlot");
  }
  refresh(event.data);
  return { ok: true };
});

export const publishScheduleAction = serverAction("schedule.publishScheduleAction", async function publishScheduleAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const event = id.safeParse(form.get("eventId"));
  if (!event.success) return { ok: false, code: "NOT_FOUND" };
  const publish = form.get("publish") === "true";
  let version = 0;
  try {
    if (publish) version = (await publishSchedule(await getActor(), event.data)).version;
    else await setSchedulePublished(await getActor(), event.data, false);
  } catch (e) {
    return actionError(e, "publishSchedule");
  }
  refresh(event.data);
  return { ok: true, data: { published: String(publish), version: String(version) } };
});

/** The grid editor: moves or resizes an item made on `version`; answers the new version. */
export const moveSlotAction = serverAction("schedule.moveSlotAction", async function moveSlotAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = gridMoveInput.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, slotId, ...input } = parsed.data;
  let version: number;
  try {
    version = (await moveSlot(await getActor(), slotId, input)).version;
  } catch (e) {
    return actionError(e, "moveSlot");
  }
  refresh(eventId);
  return { ok: true, data: { version: String(version) } };
});

/** The grid editor: a confirmed talk dropped from the unscheduled list into a room. */
export const placeTalkAction = serverAction("schedule.placeTalkAction", async function placeTalkAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const parsed = gridPlaceInput.safeParse(formToObject(form));
  if (!parsed.success) return invalid(parsed.error);
  const { eventId, proposalId, roomId, startsAt, endsAt } = parsed.data;
  let slot: { id: string; version: number };
  try {
    slot = await addSlot(await getActor(), eventId, { kind: "talk", title: "", proposalId, roomId, startsAt, endsAt });
  } catch (e) {
    return actionError(e, "placeTalk");
  }
  refresh(eventId);
  return { ok: true, data: { slotId: slot.id, version: String(slot.version) } };
});
