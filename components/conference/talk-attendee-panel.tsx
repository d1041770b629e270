import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth";
import { feedbackFor, myFeedback } from "@/lib/feedback/service";
import { starredAmong } from "@/lib/personal-schedule/service";
import { FeedbackForm } from "./feedback-form";
import { StarButton } from "./star-button";

/**
 * A confirmed talk's part for attendees: ☆ for the personal schedule, the feedback form once the
 * talk has started, and the feedback itself for the talk's speakers and the organizers.
 */
export async function TalkAttendeePanel({ talk, speaker, organizer, startsAt }: { talk: { id: string; title: string }; speaker: boolean; organizer: boolean; startsAt: Date }) {
  const actor = await getActor();
  const t = await getTranslations("conference.feedback");
  const [starred, mine, results] = await Promise.all([
    starredAmong(actor, [talk.id]),
    myFeedback(actor, talk.id),
    speaker || organizer ? feedbackFor(actor, talk.id) : Promise.resolve(null),
  ]);
  // The page renders per request: feedback opens when the talk starts.
  const started = new Date() >= startsAt;
  return (
    <section aria-label={t("title")} className="space-y-4" data-testid="talk-attendee-panel">
      {actor && !speaker && <StarButton talkId={talk.id} title={talk.title} starred={starred.has(talk.id)} />}
      {actor && !speaker && started && (
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("help")}</p>
          <FeedbackForm talkId={talk.id} rating={mine?.rating ?? null} comment={mine?.comment ?? ""} />
        </div>
      )}
      {results && (
        <div className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="feedback-results">
          <h2 className="text-lg font-semibold">{t("results")}</h2>
          <p className="text-sm">{results.count ? t("summary", { count: results.count, average: (results.average ?? 0).toFixed(1) }) : t("none")}</p>
          <ul className="mt-2 space-y-1 text-sm">
            {results.items.slice(0, 100).map((i, n) => (
              <li key={n} className="break-words">
                <span className="font-semibold tabular-nums">{i.rating}</span> {i.author && <span className="text-slate-500">{i.author}</span>}
                {i.comment && <span className="block whitespace-pre-line">{i.comment}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
