"use client";
import { useTranslations } from "next-intl";

/** In the application form: appear in the public participant list without name. */
export function AnonymousCheckbox({ frameId }: { frameId: string }) {
  const t = useTranslations("community.anonymity");
  const id = `apply-${frameId}-anonymous`;
  return (
    <div className="flex items-start gap-2">
      <input id={id} type="checkbox" name="anonymous" value="on" className="mt-1 h-4 w-4" />
      <label htmlFor={id} className="text-sm">
        {t("apply")}
        <span className="block text-xs text-slate-600 dark:text-slate-400">{t("applyHelp")}</span>
      </label>
    </div>
  );
}
