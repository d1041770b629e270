// Events are run by their group's organizers; everyone else sees only what is published.
import { canManageEvents, canSeeDrafts, type Role } from "../groups/policy";
import type { EventStatus } from "../generated/sqlite/enums";

export const canEditEvent = (role: Role, status: EventStatus) => canManageEvents(role) && status !== "CANCELLED";
export const canPublishEvent = (role: Role, status: EventStatus) => canManageEvents(role) && status === "DRAFT";
export const canCancelEvent = (role: Role, status: EventStatus) => canManageEvents(role) && status !== "CANCELLED";
export const canViewEvent = (role: Role, status: EventStatus) => status !== "DRAFT" || canSeeDrafts(role);
