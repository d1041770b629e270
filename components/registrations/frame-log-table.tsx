import { getTranslations } from "next-intl/server";
import { canonicalJson, type LogEntry } from "@/lib/lottery/frame-log";
import { formatDateTime, type Locale } from "@/lib/time";

/** A lottery frame's public log: every entry with its time, kind, role, content and hash. */
export async function FrameLogTable({ entries, zone, locale, jsonPath }: { entries: LogEntry[]; zone: string; locale: Locale; jsonPath: string }) {
  const t = await getTranslations("lotteryV2.log");
  return (
    <section aria-labelledby="log-heading" className="space-y-2">
      <h2 id="log-heading" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700 dark:text-slate-300">{t("help")}</p>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>
      ) : (
        <div tabIndex={0} role="region" aria-labelledby="log-heading" className="overflow-x-auto rounded-lg border focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
          <table className="w-full min-w-[40rem] text-left text-xs" data-testid="frame-log">
            <thead className="bg-slate-50 text-slate-600 dark:bg-slate-800 dark:text-slate-300">
              <tr>
                <th scope="col" className="px-2 py-1.5">{t("seq")}</th>
                <th scope="col" className="px-2 py-1.5">{t("at")}</th>
                <th scope="col" className="px-2 py-1.5">{t("kind")}</th>
                <th scope="col" className="px-2 py-1.5">{t("actor")}</th>
                <th scope="col" className="px-2 py-1.5">{t("data")}</th>
                <th scope="col" className="px-2 py-1.5">{t("hash")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.seq} className="border-t border-slate-200 align-top dark:border-slate-800" data-testid="log-entry" data-kind={e.kind}>
                  <td className="px-2 py-1.5 tabular-nums">{e.seq}</td>
                  <td className="whitespace-nowrap px-2 py-1.5">{formatDateTime(new Date(e.at), zone, locale)}</td>
                  <td className="px-2 py-1.5 font-semibold">{t(`kinds.${e.kind}`)}</td>
                  <td className="px-2 py-1.5">{t(`actors.${e.actor}`)}</td>
                  <td className="max-w-md break-all px-2 py-1.5 font-mono">{canonicalJson(e.data)}</td>
                  <td className="px-2 py-1.5 font-mono" title={e.hash}>
                    {e.hash.slice(0, 12)}…
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="text-sm">
        <a href={jsonPath} className="text-sky-800 underline dark:text-sky-300">
          {t("json", { path: jsonPath })}
        </a>
      </p>
    </section>
  );
}
