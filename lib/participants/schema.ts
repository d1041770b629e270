// Input shapes for the public participant list and the anonymity choice. No server imports.
import { z } from "zod";

export const participantQuery = z.object({
  frameId: z.string().trim().min(1).max(64).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(200).default(50),
});
export type ParticipantQuery = z.infer<typeof participantQuery>;

/** "on" / "1" / "true" from a form checkbox, or a JSON boolean. */
export const checkbox = z
  .union([z.boolean(), z.enum(["on", "1", "true", "0", "false", ""])])
  .transform((v) => v === true || v === "on" || v === "1" || v === "true");

export const anonymityInput = z.object({ anonymous: checkbox });
export type AnonymityInput = z.infer<typeof anonymityInput>;
