import { z } from "zod";

export const SLUG_RE = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

export const groupInput = z.object({
  slug: z.string().max(60, "slugFormat").trim().toLowerCase().regex(SLUG_RE, "slugFormat"),
  name: z.string().trim().min(1, "required").max(100, "tooLong"),
  description: z.string().trim().max(10_000, "tooLong").default(""),
});
export type GroupInput = z.infer<typeof groupInput>;

export const groupUpdateInput = groupInput.omit({ slug: true }).partial();
export type GroupUpdateInput = z.infer<typeof groupUpdateInput>;

export const organizerInput = z.object({
  query: z.string().trim().min(1, "required").max(254, "tooLong"),
});
