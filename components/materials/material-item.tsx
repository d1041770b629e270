import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { hostOf } from "@/lib/materials/schema";
import type { Locale } from "@/lib/time";
import { formatFileSize } from "./file-size";
import { PdfViewer } from "./pdf-viewer";

export type MaterialView = {
  id: string;
  kind: string;
  title: string;
  url: string | null;
  fileKey: string | null;
  fileName: string | null;
  fileSize: number | null;
  hidden: boolean;
};

export const fileUrlOf = (m: { id: string }) => `/materials/${m.id}/file`;

/**
 * One slide deck, video or other material: a link elsewhere with the host it points to, or an
 * uploaded PDF with its name, size, download link and (optionally) the inline viewer.
 */
export async function MaterialItem({ m, locale, viewer = false, children }: { m: MaterialView; locale: Locale; viewer?: boolean; children?: ReactNode }) {
  const t = await getTranslations("materials");
  const file = m.fileKey ? fileUrlOf(m) : null;
  return (
    <li data-testid="material" data-kind={m.kind.toLowerCase()} className="min-w-0 py-2">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200">{t(`kinds.${m.kind}`)}</span>
        {m.url ? (
          <>
            {/* Links come from users: no referrer, no ranking credit. */}
            <a href={m.url} rel="nofollow ugc noopener noreferrer" className="font-medium break-words text-sky-800 underline dark:text-sky-300">
              {m.title}
            </a>
            <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="material-host">
              {hostOf(m.url)}
            </span>
          </>
        ) : (
          <>
            <a href={file!} className="font-medium break-words text-sky-800 underline dark:text-sky-300">
              {m.title}
            </a>
            <span className="text-xs break-all text-slate-600 dark:text-slate-400" data-testid="material-file">
              PDF · {m.fileName} · {formatFileSize(m.fileSize ?? 0, locale)}
            </span>
          </>
        )}
        {m.hidden && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900" data-testid="material-hidden">
            {t("item.hidden")}
          </span>
        )}
      </div>
      {file && (
        <p className="mt-1 flex flex-wrap gap-3 text-sm">
          <a href={file} download={m.fileName ?? true} className="text-sky-800 underline dark:text-sky-300" data-testid="material-download">
            {t("item.download")}
          </a>
        </p>
      )}
      {file && viewer && <PdfViewer src={file} title={m.title} />}
      {children && <div className="mt-1 flex flex-wrap items-center gap-3">{children}</div>}
    </li>
  );
}
