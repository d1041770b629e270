// What each role in a group may do. Owners manage the organizer team; organizers run events.
import type { GroupRole } from "../generated/sqlite/enums";

export type Role = GroupRole | null;

export const isOrganizer = (role: Role) => role === "OWNER" || role === "ORGANIZER";
export const canEditGroup = isOrganizer;
export const canManageOrganizers = (role: Role) => role === "OWNER";
export const canManageEvents = isOrganizer;
export const canSeeDrafts = isOrganizer;
