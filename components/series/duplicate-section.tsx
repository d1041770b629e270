import { getTranslations } from "next-intl/server";
import { nextSeriesNumber } from "@/lib/series/service";
import { toDateTimeLocal } from "@/lib/time";
import { DuplicateEventForm } from "./duplicate-event-form";

const FOUR_WEEKS = 28 * 24 * 3600_000;

/** The manage page's "next #N" section; four weeks later on the same weekday is the suggestion. */
export async function DuplicateSection({ event }: { event: { id: string; groupId: string; startsAt: Date; timezone: string } }) {
  const [t, next] = await Promise.all([getTranslations("series"), nextSeriesNumber(event.groupId)]);
  return (
    <section aria-labelledby="duplicate-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="duplicate-heading" className="mb-2 text-lg font-semibold">
        {t("title", { number: next })}
      </h2>
      <DuplicateEventForm eventId={event.id} nextNumber={next} timezone={event.timezone} suggestedStart={toDateTimeLocal(new Date(event.startsAt.getTime() + FOUR_WEEKS), event.timezone)} />
    </section>
  );
}
