// Who may work the door of an event: its group's organizers, and receptionists (受付) assigned to
// the event or to the whole group. Receptionists may check people in and see the door list only.
import { db } from "../db";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";

export const receptionistKey = (groupId: string, eventId: string | null, userId: string) => `${groupId}:${eventId ?? "*"}:${userId}`;

export async function isReceptionist(groupId: string, eventId: string, userId: string): Promise<boolean> {
  const n = await db().receptionist.count({ where: { scopeKey: { in: [receptionistKey(groupId, eventId, userId), receptionistKey(groupId, null, userId)] } } });
  return n > 0;
}

/** "organizer", "receptionist" or null: what the person may do at this event's door. */
export async function doorRole(groupId: string, eventId: string, userId: string | undefined): Promise<"organizer" | "receptionist" | null> {
  if (!userId) return null;
  if (canManageEvents(await roleIn(groupId, userId))) return "organizer";
  return (await isReceptionist(groupId, eventId, userId)) ? "receptionist" : null;
}
