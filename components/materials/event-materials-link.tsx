import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** The event page's way to its slides, videos and reports (資料一覧) and their feed. */
export async function EventMaterialsLink({ eventId }: { eventId: string }) {
  const t = await getTranslations("materials.eventLink");
  return (
    <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" data-testid="event-materials-link">
      <Link href={`/events/${eventId}/materials`} className="font-medium text-sky-800 underline dark:text-sky-300">
        {t("label")}
      </Link>
      <a href={`/events/${eventId}/materials.atom`} type="application/atom+xml" className="text-xs text-slate-600 underline dark:text-slate-400">
        {t("feed")}
      </a>
    </p>
  );
}
