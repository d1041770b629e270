// Inputs at the door and for assigning receptionists.
import { z } from "zod";

export const walkInInput = z.object({
  frameId: z.string().min(1, "required").max(64),
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
});
export type WalkInInput = z.infer<typeof walkInInput>;

export const doorSearchInput = z.object({ q: z.string().max(100, "tooLong").default("") });

export const undoCheckInInput = z.object({ registrationId: z.string().min(1).max(64) });

export const receptionistInput = z.object({ query: z.string().trim().min(1, "required").max(200, "tooLong") });

export const checkInApiInput = z
  .object({
    code: z.string().trim().max(300).optional(),
    receiptNumber: z.number().int().min(1).max(10_000_000).optional(),
    registrationId: z.string().min(1).max(64).optional(),
  })
  .refine((v) => [v.code, v.receiptNumber, v.registrationId].filter((x) => x !== undefined && x !== "").length === 1, { message: "required", path: ["code"] });
