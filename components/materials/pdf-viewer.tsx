"use client";
import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";

const WIDE = "(min-width: 640px)";

function subscribe(onChange: () => void) {
  const query = window.matchMedia(WIDE);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

/**
 * An uploaded PDF shown in the browser's own viewer. The viewer is only created once opened:
 * wider screens open it at once, phones keep it collapsed (a slide deck is many megabytes and
 * the built-in viewer is cramped there), and without JavaScript the fallback link is the way in.
 */
export function PdfViewer({ src, title }: { src: string; title: string }) {
  const t = useTranslations("materials.item");
  const [toggled, setToggled] = useState<boolean | null>(null);
  const wide = useSyncExternalStore(subscribe, () => window.matchMedia(WIDE).matches, () => false);
  const open = toggled ?? wide;
  return (
    <details open={open} onToggle={(e) => setToggled(e.currentTarget.open)} className="mt-2" data-testid="pdf-viewer">
      <summary className="cursor-pointer text-sm text-sky-800 dark:text-sky-300">{t("viewer")}</summary>
      {open && (
        <object data={src} type="application/pdf" aria-label={title} className="mt-2 h-[70vh] max-h-[720px] w-full rounded-md border border-slate-200 bg-slate-100 dark:border-slate-700 dark:bg-slate-800">
          <p className="p-3 text-sm">
            {t("viewerFallback")}{" "}
            <a href={src} className="text-sky-800 underline dark:text-sky-300">
              {t("open")}
            </a>
          </p>
        </object>
      )}
    </details>
  );
}
