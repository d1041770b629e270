import { z } from "zod";

/** The draw page's query: which page of the order, and a public id to find in it. Bad values fall back to page 1 and no search. */
export const drawPageQuery = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  find: z
    .string()
    .trim()
    .toLowerCase()
    .max(64)
    .optional()
    .catch(undefined)
    .transform((s) => s || undefined),
});
export type DrawPageQuery = z.infer<typeof drawPageQuery>;
