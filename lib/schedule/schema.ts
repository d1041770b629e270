// The timetable's input shapes (rooms, slots); no server imports, so the API registry and the
// browser can use them.
import { z } from "zod";

export const SLOT_KINDS = ["talk", "reception", "opening", "break", "lunch", "keynote", "closing", "party", "other"] as const;

export const roomInput = z.object({
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  capacity: z.union([z.literal(""), z.null(), z.coerce.number().int().min(1, "invalid").max(100_000, "invalid")]).optional().transform((v) => (v === "" || v === undefined ? null : v)),
  sortOrder: z.coerce.number().int().min(0).max(1000).optional(),
});

export const slotInput = z.object({
  roomId: z.union([z.literal(""), z.null(), z.string().max(64)]).optional().transform((v) => v || null),
  startsAt: z.string().trim().min(1, "required").max(40, "invalidDate"),
  endsAt: z.string().trim().min(1, "required").max(40, "invalidDate"),
  kind: z.enum(SLOT_KINDS, "invalid"),
  title: z.string().trim().max(200, "tooLong").default(""),
  proposalId: z.union([z.literal(""), z.null(), z.string().max(64)]).optional().transform((v) => v || null),
});
export type SlotInput = z.infer<typeof slotInput>;

/** `GET /api/v1/events/{id}/schedule.ics?slot=<id>`: one slot only. */
export const icsQuery = z.object({ slot: z.string().max(64).optional() });

const id = z.string().trim().min(1).max(64);
const when = z.string().trim().min(1, "required").max(40, "invalidDate");

/** The grid editor moves or resizes an item it read at `version` (a stale version is refused). */
export const gridMoveInput = z.object({
  eventId: id,
  slotId: id,
  roomId: z.union([z.literal(""), z.null(), z.string().max(64)]).optional().transform((v) => v || null),
  startsAt: when,
  endsAt: when,
  version: z.coerce.number().int().min(1).max(1_000_000_000),
});

/** The grid editor places a confirmed talk in a room. */
export const gridPlaceInput = z.object({ eventId: id, proposalId: id, roomId: id, startsAt: when, endsAt: when });

/** `PATCH /api/v1/slots/{id}`: new room and times, made on `version`. */
export const slotPatchInput = z.object({
  roomId: z.string().max(64).nullable().optional(),
  startsAt: when,
  endsAt: when,
  version: z.number().int().min(1).max(1_000_000_000),
});

/** `DELETE /api/v1/slots/{id}?version=`: refused when the item changed since. */
export const slotDeleteQuery = z.object({ version: z.coerce.number().int().min(1).max(1_000_000_000).optional() });

/** `GET /api/v1/events/{id}/schedule/versions?limit=` */
export const versionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(20) });
