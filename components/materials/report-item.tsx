import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { hostOf } from "@/lib/materials/schema";
import { formatDateTime, type Locale } from "@/lib/time";

type Report = {
  id: string;
  title: string;
  url: string | null;
  hidden: boolean;
  createdAt: Date;
  author: { name: string | null; handle: string | null };
  event?: { id: string; title: string };
};

/** A report (参加レポート): title, where it is hosted, who wrote it and when it was posted. */
export async function ReportItem({ report: r, timezone, locale, children }: { report: Report; timezone: string; locale: Locale; children?: ReactNode }) {
  const t = await getTranslations("materials");
  const author = r.author.name ?? r.author.handle ?? "";
  return (
    <li className="min-w-0 py-3" data-testid="report">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <a href={r.url ?? "#"} rel="nofollow ugc noopener noreferrer" className="font-medium break-words text-sky-800 underline dark:text-sky-300">
          {r.title}
        </a>
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="report-host">
          {r.url ? hostOf(r.url) : ""}
        </span>
        {r.hidden && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="material-hidden">
            {t("item.hidden")}
          </span>
        )}
      </p>
      <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">
        {r.author.handle ? (
          <Link href={`/users/${r.author.handle}`} className="hover:underline" data-testid="report-author">
            {author}
          </Link>
        ) : (
          <span data-testid="report-author">{author}</span>
        )}
        <span className="mx-1">·</span>
        <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt, timezone, locale)}</time>
        {r.event && (
          <>
            <span className="mx-1">·</span>
            <Link href={`/events/${r.event.id}/materials`} className="hover:underline">
              {r.event.title}
            </Link>
          </>
        )}
      </p>
      {children && <div className="mt-1 flex flex-wrap items-center gap-3">{children}</div>}
    </li>
  );
}
