import { getTranslations } from "next-intl/server";
import { currentLocale } from "@/lib/i18n/server";
import { groupReports } from "@/lib/materials/service";
import { ReportItem } from "./report-item";

/** The newest reports (参加レポート) across a group's events, with the group's materials feed. */
export async function GroupReports({ slug, limit = 10 }: { slug: string; limit?: number }) {
  const [{ reports }, t, locale] = await Promise.all([groupReports(slug, limit), getTranslations("materials.group"), currentLocale()]);
  return (
    <section aria-labelledby="group-reports" data-testid="group-reports">
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="group-reports" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <a href={`/groups/${slug}/materials.atom`} type="application/atom+xml" className="text-sm text-sky-800 underline dark:text-sky-300" data-testid="group-feed">
          {t("feed")}
        </a>
      </div>
      {reports.length ? (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white px-4 dark:divide-slate-800 dark:border-slate-800 dark:bg-slate-900">
          {reports.map((r) => (
            // The group's reports come without their events' zones; Hako's default zone is shown, named.
            <ReportItem key={r.id} report={r} timezone={r.event.timezone} locale={locale} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
      )}
    </section>
  );
}
