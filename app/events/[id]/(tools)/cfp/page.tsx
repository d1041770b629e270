import type { Metadata } from "next";
import { parseQuestions } from "@/lib/questions/schema";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { ProposalForm } from "@/components/talks/proposal-form";
import { Markdown } from "@/components/ui/markdown";
import { buttonClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { currentLocale } from "@/lib/i18n/server";
import { or404 } from "@/lib/pages";
import { canDecide, cfpState } from "@/lib/talks/policy";
import { getCfp, talkRole } from "@/lib/talks/service";
import { formatDateTime } from "@/lib/time";
import { EventHeading } from "@/components/events/event-heading";

type Props = { params: Promise<{ id: string }> };

const load = cache(async (id: string) => {
  const actor = await getActor();
  const [{ event }, cfp] = await Promise.all([or404(getEventForViewer(id, actor)), getCfp(id)]);
  return { actor, event, cfp, role: await talkRole(event.id, event.groupId, actor?.userId) };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { event } = await load((await params).id);
  const t = await getTranslations("talks.cfp");
  return { title: t("pageTitle", { event: event.title }) };
}

const note = "rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300";

/** The event's call for proposals: its terms, and the form to submit a talk while it is open. */
export default async function CfpPage({ params }: Props) {
  const { id } = await params;
  const { actor, event, cfp, role } = await load(id);
  const [t, locale] = await Promise.all([getTranslations("talks.cfp"), currentLocale()]);
  // The page renders per request, so the call's state is the one at this moment.
  const state = cfp ? cfpState(cfp, new Date()) : null;
  const open = state === "OPEN" && event.status === "PUBLISHED";
  return (
    <article className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        {canDecide(role) && (
          <p className="mt-2 flex flex-wrap gap-2">
            <Link href={`/events/${event.id}/cfp/edit`} className={buttonClass("secondary")}>
              {t("settings")}
            </Link>
            <Link href={`/events/${event.id}/proposals`} className={buttonClass("secondary")}>
              {t("proposals")}
            </Link>
          </p>
        )}
      </header>

      {!cfp ? (
        <p role="note" className={note}>
          {t("none")}
        </p>
      ) : (
        <>
          <dl className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2 dark:border-slate-800 dark:bg-slate-900">
            <div>
              <dt className="font-semibold">{t("period")}</dt>
              <dd data-testid="cfp-period">
                <time dateTime={cfp.opensAt.toISOString()}>{formatDateTime(cfp.opensAt, event.timezone, locale)}</time> – <time dateTime={cfp.closesAt.toISOString()}>{formatDateTime(cfp.closesAt, event.timezone, locale)}</time>
                <span className="block text-xs text-slate-500">{event.timezone}</span>
              </dd>
            </div>
            <div>
              <dt className="font-semibold">{t("formats")}</dt>
              <dd>
                <ul data-testid="cfp-formats">
                  {cfp.formatList.map((f) => (
                    <li key={f.id}>{t("formatItem", { name: f.name, minutes: f.minutes })}</li>
                  ))}
                </ul>
              </dd>
            </div>
            {cfp.trackList.length > 0 && (
              <div className="sm:col-span-2">
                <dt className="font-semibold">{t("tracks")}</dt>
                <dd>
                  <ul className="mt-1 flex flex-wrap gap-1">
                    {cfp.trackList.map((track) => (
                      <li key={track} className="rounded-full bg-sky-50 px-2 py-0.5 text-xs text-sky-800 dark:bg-sky-950 dark:text-sky-200">
                        {track}
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>

          {cfp.guidelines && (
            <section aria-labelledby="cfp-guidelines" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
              <h2 id="cfp-guidelines" className="mb-2 text-lg font-semibold">
                {t("guidelines")}
              </h2>
              <Markdown>{cfp.guidelines}</Markdown>
            </section>
          )}

          <section aria-labelledby="cfp-submit" className="rounded-lg border-2 border-sky-200 bg-white p-4 dark:border-sky-900 dark:bg-slate-900">
            <h2 id="cfp-submit" className="mb-3 text-lg font-bold">
              {t("submitTitle")}
            </h2>
            {event.status === "CANCELLED" ? (
              <p role="note" className={note}>
                {t("eventCancelled")}
              </p>
            ) : state === "NOT_OPEN_YET" ? (
              <p role="note" className={note}>
                {t("notOpenYet", { date: formatDateTime(cfp.opensAt, event.timezone, locale) })}
              </p>
            ) : state === "CLOSED" ? (
              <p role="note" className={note}>
                {t("closed")}
              </p>
            ) : !open ? (
              <p role="note" className={note}>
                {t("draft")}
              </p>
            ) : !actor ? (
              <p>
                <Link href={`/signin?callbackUrl=${encodeURIComponent(`/events/${event.id}/cfp`)}`} className={buttonClass()}>
                  {t("signInToSubmit")}
                </Link>
              </p>
            ) : (
              <>
                <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t("submitHelp", { date: formatDateTime(cfp.closesAt, event.timezone, locale) })}</p>
                <ProposalForm target={{ eventId: event.id }} formats={cfp.formatList} questions={parseQuestions(cfp.questions)} />
              </>
            )}
          </section>
        </>
      )}
    </article>
  );
}
