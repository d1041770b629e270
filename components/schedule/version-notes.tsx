import { getTranslations } from "next-intl/server";
import type { Change, Where } from "@/lib/schedule/versions";
import { type Locale, formatDateTime } from "@/lib/time";

type Version = { version: number; at: Date; changes: Change[] };

/** The current schedule version and what changed in it; older versions folded below. */
export async function VersionNotes({ versions, timezone, locale }: { versions: Version[]; timezone: string; locale: Locale }) {
  const t = await getTranslations("schedule.versions");
  const tg = await getTranslations("schedule.grid");
  if (!versions.length) return null;
  const where = (w: Where) => `${formatDateTime(new Date(w.startsAt), timezone, locale)}${w.roomName ? ` ${w.roomName}` : ` ${tg("allRooms")}`}`;
  const line = (c: Change) =>
    c.type === "added"
      ? t("added", { title: c.title, to: where(c.to) })
      : c.type === "roomChanged"
        ? t("roomChanged", { title: c.title, from: c.from.roomName ?? tg("allRooms"), to: c.to.roomName ?? tg("allRooms") })
        : c.type === "moved"
          ? t("moved", { title: c.title, from: where(c.from), to: where(c.to) })
          : t(c.type, { title: c.title, from: where(c.from) });
  const list = (v: Version) =>
    v.changes.length ? (
      <ul className="list-disc space-y-0.5 pl-5" data-testid="version-changes">
        {v.changes.map((c, i) => (
          <li key={i}>{line(c)}</li>
        ))}
      </ul>
    ) : (
      <p>{t("noChanges")}</p>
    );
  const [current, ...older] = versions;
  return (
    <section aria-labelledby="schedule-version" className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800" data-testid="schedule-version">
      <h2 id="schedule-version" className="font-semibold">
        {t("current", { version: current!.version })} <span className="font-normal text-slate-600 dark:text-slate-400">({t("publishedAt", { at: formatDateTime(current!.at, timezone, locale) })})</span>
      </h2>
      <h3 className="mt-1 font-medium">{t("changes")}</h3>
      {list(current!)}
      {older.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer">{t("history")}</summary>
          {older.map((v) => (
            <div key={v.version} className="mt-2">
              <h4 className="font-medium">
                {t("current", { version: v.version })} ({formatDateTime(v.at, timezone, locale)})
              </h4>
              {list(v)}
            </div>
          ))}
        </details>
      )}
    </section>
  );
}
