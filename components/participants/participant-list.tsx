import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { participantsByFrame } from "@/lib/participants/service";
import { ParticipantRow } from "./participant-row";

const PER_FRAME = 60;

/**
 * The event page's participant list: each frame's seat holders (anonymous ones without name) and
 * its waitlist count. The page has checked that the viewer may see the event.
 */
export async function ParticipantList({ eventId }: { eventId: string }) {
  const [frames, t] = await Promise.all([participantsByFrame(eventId, PER_FRAME), getTranslations("community.participants")]);
  if (!frames.length) return null;
  return (
    <section aria-labelledby="participants-heading" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="participant-list">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="participants-heading" className="text-lg font-bold">
          {t("title")}
        </h2>
        <Link href={`/events/${eventId}/participants`} className="text-sm text-sky-800 underline dark:text-sky-300">
          {t("all")}
        </Link>
      </div>
      <div className="mt-3 grid gap-4">
        {frames.map(({ frame, people }) => (
          <section key={frame.id} aria-labelledby={`participants-${frame.id}`} data-testid="participant-frame">
            <h3 id={`participants-${frame.id}`} className="flex flex-wrap items-baseline gap-2 font-semibold">
              {frame.name}
              <span className="text-sm font-normal tabular-nums text-slate-600 dark:text-slate-400" data-testid="participant-counts">
                {t("seats", { confirmed: frame.confirmed, capacity: frame.capacity })}
                {frame.waitlisted > 0 && ` · ${t("waitlisted", { count: frame.waitlisted })}`}
                {frame.lotteryPending && frame.applied > 0 && ` · ${t("applied", { count: frame.applied })}`}
              </span>
            </h3>
            {people.length ? (
              <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
                {people.map((p, i) => (
                  <ParticipantRow key={i} person={p} anonymousLabel={t("anonymous")} />
                ))}
              </ul>
            ) : (
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("none")}</p>
            )}
            {frame.confirmed > people.length && (
              <p className="mt-2 text-sm">
                <Link href={`/events/${eventId}/participants?frame=${frame.id}`} className="text-sky-800 underline dark:text-sky-300">
                  {t("more", { count: frame.confirmed - people.length })}
                </Link>
              </p>
            )}
          </section>
        ))}
      </div>
    </section>
  );
}
