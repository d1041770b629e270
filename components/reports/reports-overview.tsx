import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Actor } from "@/lib/auth-types";
import { missingReports } from "@/lib/reports/service";
import { formatDateTime, type Locale } from "@/lib/time";

const sectionClass = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** The manage page's ブログ枠 section: after the event, per frame, who has not posted a report. */
export async function ReportsOverview({ actor, eventId, timezone, locale, now }: { actor: Actor; eventId: string; timezone: string; locale: Locale; now: Date }) {
  const { ended, frames } = await missingReports(actor, eventId, now);
  if (!frames.length) return null;
  const t = await getTranslations("manage.reports");
  return (
    <section aria-labelledby="reports-heading" className={sectionClass} data-testid="reports-overview">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="reports-heading" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <Link href={`/events/${eventId}/materials#materials-reports`} className="text-sm text-sky-800 underline dark:text-sky-300">
          {t("materialsLink")}
        </Link>
      </div>
      {!ended && <p className="text-sm text-slate-600 dark:text-slate-400">{t("pending")}</p>}
      <ul className="space-y-4">
        {frames.map((f) => (
          <li key={f.frameId} data-testid="reports-frame" data-frame-id={f.frameId}>
            <h3 className="font-medium">{f.name}</h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {f.remindedAt ? t("reminded", { time: formatDateTime(f.remindedAt, timezone, locale) }) : t("reminderDue", { time: formatDateTime(f.reminderDueAt, timezone, locale) })}
            </p>
            {ended && (
              <>
                <p className="mt-1 text-sm">
                  <span className="font-semibold tabular-nums" data-testid="reports-missing-count">
                    {t("count", { missing: f.missing.length, expected: f.expected })}
                  </span>{" "}
                  <span className="text-slate-600 dark:text-slate-400">({t(f.basis === "ATTENDED" ? "basisAttended" : "basisConfirmed")})</span>
                </p>
                {f.missing.length === 0 ? (
                  <p className="mt-1 text-sm" data-testid="reports-all-posted">
                    {t("allPosted")}
                  </p>
                ) : (
                  <ul aria-label={t("listLabel", { frame: f.name })} className="mt-2 grid gap-1 text-sm sm:grid-cols-2" data-testid="reports-missing">
                    {f.missing.map((m) => (
                      <li key={m.registrationId} className="rounded-md bg-slate-50 px-2 py-1 dark:bg-slate-800" data-testid="reports-missing-person">
                        {m.receiptNumber !== null && <span className="mr-2 font-mono tabular-nums text-slate-600 dark:text-slate-400">#{m.receiptNumber}</span>}
                        <span className="font-medium">{m.name ?? m.handle ?? ""}</span>
                        {m.handle && <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">@{m.handle}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
