import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { ActionForm } from "@/components/conference/action-form";
import { StageForm } from "@/components/conference/stage-form";
import { EventHeading } from "@/components/events/event-heading";
import { ProposalStatusBadge } from "@/components/talks/status-badge";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { or404 } from "@/lib/pages";
import { assignAction, assignByTrackAction, messageSpeakersAction, saveCriteriaAction, saveReviewSettingsAction, saveTemplateAction, sendDecisionsAction, setReviewerTracksAction } from "@/lib/review/actions";
import { AUDIENCES } from "@/lib/review/schema";
import { decisionTemplates, reviewProgress } from "@/lib/review/service";

export async function generateMetadata() {
  return { title: (await getTranslations("conference.dashboard"))("title") };
}

const box = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** The organizers' review desk: settings, criteria, reviewers' progress, staging and sending, templates, messages. */
export default async function ReviewDashboardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/review`)}`);
  const progress = await or404(
    reviewProgress(actor, id).catch((e: unknown) => {
      if (isAppError(e) && e.code === "FORBIDDEN") notFound();
      throw e;
    }),
  );
  const [templates, t, tc] = await Promise.all([decisionTemplates(actor, id), getTranslations("conference.dashboard"), getTranslations("conference")]);
  const { event, criteria, reviewers, proposals } = progress;
  const names = new Map(reviewers.map((r) => [r.user.id, r.user.name ?? r.user.handle ?? r.user.id]));
  return (
    <div className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("help")}</p>
      </header>

      <section aria-labelledby="settings" className={box}>
        <h2 id="settings" className="mb-2 text-lg font-semibold">{t("settings")}</h2>
        <ActionForm action={saveReviewSettingsAction} label={t("settings")} success="dashboard.settingsSaved">
          <input type="hidden" name="eventId" value={event.id} />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="anonymousReview" value="true" defaultChecked={event.cfp?.anonymousReview ?? false} className="mt-1 h-4 w-4" />
            {t("anonymous")}
          </label>
          <button type="submit" className={`${buttonClass("secondary")} mt-2`}>{t("saveSettings")}</button>
        </ActionForm>
      </section>

      <section aria-labelledby="criteria" className={box}>
        <h2 id="criteria" className="mb-2 text-lg font-semibold">{t("criteria")}</h2>
        <ActionForm action={saveCriteriaAction} label={t("criteria")} success="dashboard.criteriaSaved">
          <input type="hidden" name="eventId" value={event.id} />
          <textarea name="criteria" rows={4} maxLength={2000} defaultValue={criteria.map((c) => `${c.name} ${c.weight}`).join("\n")} aria-label={t("criteria")} className={`${inputClass} font-mono`} />
          <p className="text-xs text-slate-600 dark:text-slate-400">{t("criteriaHelp")}</p>
          <button type="submit" className={`${buttonClass("secondary")} mt-2`}>{t("saveCriteria")}</button>
        </ActionForm>
      </section>

      <section aria-labelledby="reviewers" className={box}>
        <h2 id="reviewers" className="mb-2 text-lg font-semibold">{t("reviewers")}</h2>
        {reviewers.length === 0 ? (
          <p className="text-sm">{t("noReviewers")}</p>
        ) : (
          <ul className="space-y-3">
            {reviewers.map((r) => (
              <li key={r.user.id} data-testid="reviewer-progress" className="flex flex-wrap items-end gap-3">
                <div className="min-w-40">
                  <p className="font-medium">{r.user.name ?? r.user.handle}</p>
                  <p className="text-sm tabular-nums">{t("progress", { reviewed: r.reviewed, assigned: r.assigned })}</p>
                  <progress value={r.reviewed} max={Math.max(r.assigned, 1)} className="w-40" aria-label={t("progress", { reviewed: r.reviewed, assigned: r.assigned })} />
                </div>
                <ActionForm action={setReviewerTracksAction} label={t("tracksLabel", { name: r.user.name ?? r.user.handle ?? "" })} success="dashboard.tracksSaved" className="flex items-end gap-2">
                  <input type="hidden" name="eventId" value={event.id} />
                  <input type="hidden" name="userId" value={r.user.id} />
                  <label className="text-sm">
                    {t("tracks")}
                    <input name="tracks" maxLength={1000} defaultValue={r.tracks.join(", ")} className={inputClass} />
                  </label>
                  <button type="submit" className={buttonClass("secondary")}>{t("saveTracks")}</button>
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
        <ActionForm action={assignByTrackAction} label={t("assignByTrack")} success="dashboard.assignedByTrack" className="mt-3">
          <input type="hidden" name="eventId" value={event.id} />
          <button type="submit" className={buttonClass("secondary")}>{t("assignByTrack")}</button>
        </ActionForm>
      </section>

      <section aria-labelledby="proposals" className={box}>
        <h2 id="proposals" className="mb-2 text-lg font-semibold">{t("proposals")}</h2>
        <ActionForm action={sendDecisionsAction} label={t("send", { count: progress.staged })} success="dashboard.sent" confirm={t("sendConfirm")} className="mb-4">
          <input type="hidden" name="eventId" value={event.id} />
          <p className="mb-2 text-xs text-slate-600 dark:text-slate-400">{t("sendHelp")}</p>
          <button type="submit" className={buttonClass()} disabled={progress.staged === 0}>{t("send", { count: progress.staged })}</button>
        </ActionForm>
        <ul className="space-y-3">
          {proposals.map((p) => (
            <li key={p.id} className="border-t border-slate-200 pt-3 dark:border-slate-800" data-testid="progress-proposal">
              <p className="font-medium break-words">{p.title}</p>
              <p className="flex flex-wrap items-center gap-x-3 text-sm">
                <ProposalStatusBadge status={p.status} />
                <span>{t("reviewsCount", { count: p.reviews })}</span>
                {p.average !== null && <span>{tc("weighted", { score: p.average.toFixed(2) })}</span>}
                {p.stagedDecision && <span className="font-semibold text-violet-800 dark:text-violet-300">{tc("staged", { decision: tc(`decisions.${p.stagedDecision}`) })}</span>}
                {p.assignees.length > 0 && <span>{t("assignees", { names: p.assignees.map((u) => names.get(u) ?? u).join(", ") })}</span>}
              </p>
              <div className="mt-2 flex flex-wrap gap-4">
                {(p.status === "SUBMITTED" || p.status === "WAITLISTED") && <StageForm proposalId={p.id} title={p.title} staged={p.stagedDecision} />}
                {reviewers.length > 0 && (
                  <ActionForm action={assignAction} label={t("assignLabel", { title: p.title })} success="dashboard.assigned" className="flex items-end gap-2">
                    <input type="hidden" name="eventId" value={event.id} />
                    <input type="hidden" name="proposalId" value={p.id} />
                    <label className="text-sm">
                      {t("assignTo")}
                      <select name="userId" className={inputClass}>
                        {reviewers.map((r) => (
                          <option key={r.user.id} value={r.user.id}>{r.user.name ?? r.user.handle}</option>
                        ))}
                      </select>
                    </label>
                    <button type="submit" className={buttonClass("secondary")}>{t("assign")}</button>
                  </ActionForm>
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="templates" className={box}>
        <h2 id="templates" className="mb-2 text-lg font-semibold">{t("templates")}</h2>
        <p className="mb-3 text-xs text-slate-600 dark:text-slate-400">{t("templatesHelp", { placeholders: "{name} {title} {event} {url}" })}</p>
        <div className="grid gap-4 lg:grid-cols-2">
          {templates.map((tpl) => (
            <ActionForm key={`${tpl.decision}-${tpl.locale}`} action={saveTemplateAction} label={t("templateLabel", { decision: tc(`decisions.${tpl.decision}`), locale: tpl.locale })} success="dashboard.templateSaved" className="rounded-md bg-slate-50 p-3 dark:bg-slate-800/60">
              <p className="text-sm font-semibold">
                {t("templateLabel", { decision: tc(`decisions.${tpl.decision}`), locale: tpl.locale })}
                {tpl.custom && <span className="ml-2 text-xs font-normal text-slate-500">{t("custom")}</span>}
              </p>
              <input type="hidden" name="eventId" value={event.id} />
              <input type="hidden" name="decision" value={tpl.decision} />
              <input type="hidden" name="locale" value={tpl.locale} />
              <label className="mt-1 block text-sm">
                {t("subject")}
                <input name="subject" maxLength={200} defaultValue={tpl.subject} className={inputClass} />
              </label>
              <label className="mt-1 block text-sm">
                {t("body")}
                <textarea name="body" rows={5} maxLength={10000} defaultValue={tpl.body} className={inputClass} />
              </label>
              <button type="submit" className={`${buttonClass("secondary")} mt-2`}>{t("saveTemplate")}</button>
            </ActionForm>
          ))}
        </div>
      </section>

      <section aria-labelledby="message" className={box}>
        <h2 id="message" className="mb-2 text-lg font-semibold">{t("message")}</h2>
        <ActionForm action={messageSpeakersAction} label={t("message")} success="dashboard.messageSent">
          <input type="hidden" name="eventId" value={event.id} />
          <label className="block text-sm">
            {t("audience")}
            <select name="audience" className={inputClass}>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>{t(`audiences.${a}`)}</option>
              ))}
            </select>
          </label>
          <label className="mt-1 block text-sm">
            {t("subject")}
            <input name="subject" maxLength={200} className={inputClass} />
          </label>
          <label className="mt-1 block text-sm">
            {t("body")}
            <textarea name="body" rows={4} maxLength={10000} className={inputClass} />
          </label>
          <button type="submit" className={`${buttonClass()} mt-2`}>{t("sendMessage")}</button>
        </ActionForm>
      </section>
    </div>
  );
}
