"use client";
import { useTranslations } from "next-intl";

/**
 * The frame form's ブログ枠 checkbox: confirmed participants are asked for a report after the
 * event. A checked box sends "1" before the hidden "0", and the action reads the first value, so
 * unchecking is saved too; a frozen frame sends neither (nothing changes).
 */
export function ReportField({ defaultChecked, disabled }: { defaultChecked: boolean; disabled?: boolean }) {
  const t = useTranslations("frames.report");
  return (
    <div className="mb-4 flex items-start gap-2 rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="report-field">
      <input id="f-requiresReport" type="checkbox" name="requiresReport" value="1" defaultChecked={defaultChecked} disabled={disabled} className="mt-1 h-4 w-4" aria-describedby="f-requiresReport-help" />
      <input type="hidden" name="requiresReport" value="0" disabled={disabled} />
      <label htmlFor="f-requiresReport" className="text-sm font-medium">
        {t("label")}
        <span id="f-requiresReport-help" className="block text-xs font-normal text-slate-600 dark:text-slate-400">
          {t("help")}
        </span>
      </label>
    </div>
  );
}
