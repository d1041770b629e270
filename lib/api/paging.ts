// Paging for the API's lists: `{ total, page, perPage, items }`, query `page` and `per_page`.
// No list answers with more than MAX_PER_PAGE items, however many there are.
import { z } from "zod";

export const MAX_PER_PAGE = 500;

/** `page` from 1; `per_page` 1–500, default 100 (lists that were whole before paging keep most of it). */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(100),
});
export type PageQuery = z.infer<typeof pageQuery>;

export function pageOf<T>(all: readonly T[], q: PageQuery) {
  const start = (q.page - 1) * q.perPage;
  return { total: all.length, page: q.page, perPage: q.perPage, items: all.slice(start, start + q.perPage) };
}
