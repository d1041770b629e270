import Link from "next/link";

/** Previous/next links that keep the current query. */
export function Pagination({ page, perPage, total, basePath, query, labels }: { page: number; perPage: number; total: number; basePath: string; query: Record<string, string | undefined>; labels: { previous: string; next: string; pageOf: string } }) {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams(Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${q}`;
  };
  const link = "rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800";
  return (
    <nav aria-label="Pagination" className="mt-6 flex items-center justify-between gap-2">
      {page > 1 ? <Link href={href(page - 1)} className={link} rel="prev">{labels.previous}</Link> : <span />}
      <span className="text-sm text-slate-600 dark:text-slate-400">{labels.pageOf}</span>
      {page < pages ? <Link href={href(page + 1)} className={link} rel="next">{labels.next}</Link> : <span />}
    </nav>
  );
}
