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
