import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth-types";
import { reconfirmationOverview } from "@/lib/reconfirmation/service";
import { formatDateTime, type Locale } from "@/lib/time";

const sectionClass = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** The manage page's reconfirmation section: per frame the rate, and after the event who came per answer. */
export async function ReconfirmOverview({ actor, eventId, timezone, locale }: { actor: Actor; eventId: string; timezone: string; locale: Locale }) {
  const frames = await reconfirmationOverview(actor, eventId);
  if (!frames.length) return null;
  const t = await getTranslations("reconfirm.manage");
  return (
    <section aria-labelledby="reconfirm-heading" className={sectionClass} data-testid="reconfirm-overview">
      <h2 id="reconfirm-heading" className="mb-2 text-lg font-semibold">
        {t("title")}
      </h2>
      <ul className="space-y-4">
        {frames.map((f) => (
          <li key={f.frameId} data-testid="reconfirm-frame" data-frame-id={f.frameId}>
            <h3 className="font-medium">{f.name}</h3>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {t("window", { from: formatDateTime(f.from, timezone, locale), until: formatDateTime(f.until, timezone, locale) })} · {t(`policy.${f.policy === "REMIND" ? "REMIND" : "RELEASE"}`)}
              {f.done && ` · ${t("done")}`}
            </p>
            <dl className="mt-2 grid grid-cols-3 gap-2 text-sm sm:grid-cols-6">
              <div>
                <dt className="text-slate-600 dark:text-slate-400">{t("rate")}</dt>
                <dd className="text-xl font-bold tabular-nums" data-testid="reconfirm-rate">
                  {f.stats.rate === null ? t("noRate") : t("rateValue", { rate: Math.round(f.stats.rate * 100) })}
                </dd>
              </div>
              {(["asked", "confirmed", "declined", "released", "pending"] as const).map((k) => (
                <div key={k}>
                  <dt className="text-slate-600 dark:text-slate-400">{t(k)}</dt>
                  <dd className="text-xl font-bold tabular-nums" data-testid={`reconfirm-${k}`}>
                    {f.stats[k]}
                  </dd>
                </div>
              ))}
            </dl>
            {f.outcome && (
              <table className="mt-3 text-sm" data-testid="reconfirm-outcome">
                <caption className="mb-1 text-left font-medium">{t("outcomeTitle")}</caption>
                <thead>
                  <tr>
                    <th scope="col" className="pr-4 text-left">
                      {t("answer")}
                    </th>
                    <th scope="col" className="pr-4 text-right">
                      {t("attended")}
                    </th>
                    <th scope="col" className="text-right">
                      {t("noShow")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {(["CONFIRMED", "PENDING", "NONE"] as const).map((k) => (
                    <tr key={k}>
                      <th scope="row" className="pr-4 text-left font-normal">
                        {t(`answers.${k}`)}
                      </th>
                      <td className="pr-4 text-right tabular-nums">{f.outcome![k].attended}</td>
                      <td className="text-right tabular-nums">{f.outcome![k].noShow}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
