import { z } from "zod";

export const createTokenInput = z.object({
  name: z.string().trim().min(1, "required").max(60, "tooLong"),
});
export const revokeTokenInput = z.object({ id: z.string().min(1).max(64) });
