import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { Actor } from "@/lib/auth-types";
import { currentLocale } from "@/lib/i18n/server";
import { type eventFramesWithCounts, myRegistrationsForEvent, sharedEventFrames } from "@/lib/registrations/data";
import { applicationWindow, cancelRefusal } from "@/lib/registrations/rules";
import type { RegistrationStatus } from "@/lib/registrations/schema";
import { formatDateTime, formatRange, type Locale } from "@/lib/time";
import { buttonClass } from "@/components/ui/styles";
import { ApplyForm, type ApplyVariant } from "./apply-form";
import { CancelRegistration } from "./cancel-registration";
import { ACTIVE_STATUSES, standing, statusTone } from "./standing";

type PanelEvent = { id: string; status: string; startsAt: Date; timezone: string };
type FrameEntry = Awaited<ReturnType<typeof eventFramesWithCounts>>[number];
type MyRegistration = Awaited<ReturnType<typeof myRegistrationsForEvent>>[number];

const noteClass = "mt-3 rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300";
const linkClass = "text-sky-800 underline dark:text-sky-300";

/** The event page's 参加枠 section: each frame, the viewer's standing, and what they may do now. */
export async function RegistrationPanel({ event, actor, now }: { event: PanelEvent; actor: Actor | null; now: Date }) {
  const [frames, mine, t, locale] = await Promise.all([
    sharedEventFrames(event.id),
    actor ? myRegistrationsForEvent(actor.userId, event.id) : Promise.resolve([]),
    getTranslations("registration"),
    currentLocale(),
  ]);
  const active = mine.find((r) => ACTIVE_STATUSES.includes(r.status)) ?? null;
  const eventOpen = event.status === "PUBLISHED" && now < event.startsAt;
  return (
    <section aria-labelledby="registration-heading" className="rounded-lg border-2 border-sky-200 bg-white p-4 dark:border-sky-900 dark:bg-slate-900">
      <h2 id="registration-heading" className="text-lg font-bold">
        {t("title")}
      </h2>
      {event.status === "CANCELLED" && <p className={noteClass}>{t("eventCancelled")}</p>}
      {event.status === "PUBLISHED" && !eventOpen && <p className={noteClass}>{t("eventStarted")}</p>}
      {frames.length === 0 && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("noFrames")}</p>}
      {active && eventOpen && frames.length > 1 && <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{t("oneFrameOnly")}</p>}
      <div className="mt-3 grid gap-3">
        {frames.map((entry) => {
          // The viewer's place in this frame: an active registration here (a speaker may hold a
          // speaker seat and a frozen lottery entry), else the latest one here, unless an active
          // registration elsewhere makes that history irrelevant.
          const activeHere = mine.find((r) => r.frameId === entry.frame.id && ACTIVE_STATUSES.includes(r.status)) ?? null;
          const here = active ? activeHere : (mine.find((r) => r.frameId === entry.frame.id) ?? null);
          return (
            <FrameCard key={entry.frame.id} entry={entry} event={event} mine={here} canApply={eventOpen && !active} signedIn={Boolean(actor)} now={now} locale={locale} />
          );
        })}
      </div>
    </section>
  );
}

async function FrameCard({ entry, event, mine, canApply, signedIn, now, locale }: { entry: FrameEntry; event: PanelEvent; mine: MyRegistration | null; canApply: boolean; signedIn: boolean; now: Date; locale: Locale }) {
  const t = await getTranslations("registration");
  const { frame, counts } = entry;
  const zone = event.timezone;
  const lottery = frame.method === "LOTTERY";
  const pendingLottery = lottery && frame.drawState === "PENDING";
  const drawn = lottery && frame.drawState === "DRAWN";
  const seated = counts.confirmed + counts.attended;
  const countParts = pendingLottery
    ? [t("applicants", { applied: counts.applied, capacity: frame.capacity })]
    : [
        t("seats", { confirmed: seated, capacity: frame.capacity }),
        ...(counts.waitlisted > 0 ? [t("waitlisted", { count: counts.waitlisted })] : []),
        ...(frame.method === "APPROVAL" && counts.applied > 0 ? [t("pendingApproval", { count: counts.applied })] : []),
      ];
  const headingId = `frame-${frame.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="frame">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold">
          {frame.name}
        </h3>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200" data-testid="frame-method">
          {t(`method.${frame.method}`)}
        </span>
        {frame.requiresReport && (
          <span className="rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100" data-testid="frame-report-badge">
            {t("report.badge")}
          </span>
        )}
        <span className="ml-auto text-sm font-medium tabular-nums" data-testid="frame-counts">
          {countParts.join(" · ")}
        </span>
      </div>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="text-slate-600 dark:text-slate-400">{t("period")}</dt>
        <dd>{formatRange(frame.opensAt, frame.closesAt, zone, locale)}</dd>
        {lottery && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{drawn ? t("drawnAt") : t("drawAt")}</dt>
            <dd>{formatDateTime(drawn && frame.drawnAt ? frame.drawnAt : (frame.drawAt ?? frame.closesAt), zone, locale)}</dd>
          </>
        )}
        {frame.cancelDeadline && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{t("cancelDeadline")}</dt>
            <dd>{formatDateTime(frame.cancelDeadline, zone, locale)}</dd>
          </>
        )}
        {lottery && frame.commitment && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{t("commitment")}</dt>
            <dd className="min-w-0">
              <code className="break-all text-xs" title={t("commitmentHelp")} data-testid="frame-commitment">
                {frame.commitment.slice(0, 16)}…
              </code>{" "}
              <Link href={`/frames/${frame.id}/draw`} className={linkClass}>
                {drawn ? t("verifyDraw") : t("drawRecord")}
              </Link>
            </dd>
          </>
        )}
      </dl>
      {frame.requiresReport && (
        <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" data-testid="frame-report-note">
          {t("report.note")}
        </p>
      )}
      {mine && <MyStanding reg={mine} frame={frame} event={event} now={now} locale={locale} />}
      {canApply && <ApplyArea entry={entry} eventId={event.id} signedIn={signedIn} seated={seated} now={now} locale={locale} zone={zone} />}
    </article>
  );
}

async function MyStanding({ reg, frame, event, now, locale }: { reg: MyRegistration; frame: FrameEntry["frame"]; event: PanelEvent; now: Date; locale: Locale }) {
  const [t, te] = await Promise.all([getTranslations("registration"), getTranslations("errors.codes")]);
  const s = await standing(reg, frame, event.timezone, locale);
  const refusal = ACTIVE_STATUSES.includes(reg.status) ? cancelRefusal(reg.status as RegistrationStatus, frame, event, now) : "INVALID_STATE";
  const seated = reg.status === "CONFIRMED" || reg.status === "ATTENDED";
  return (
    <div className="mt-3 rounded-md border border-slate-200 p-3 dark:border-slate-700" data-testid="my-registration">
      <p className="text-xs font-semibold text-slate-600 dark:text-slate-400">{t("yours")}</p>
      <p className={`mt-1 inline-block rounded px-2 py-1 font-semibold ${statusTone(reg.status)}`} data-testid="standing">
        {s.text}
      </p>
      {seated && (
        <p className="mt-2">
          <Link href={`/registrations/${reg.id}/ticket`} className={buttonClass("primary")}>
            {t("showTicket")}
          </Link>
        </p>
      )}
      {reg.status === "WAITLISTED" && <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("waitlistHint")}</p>}
      {frame.method === "LOTTERY" && ACTIVE_STATUSES.includes(reg.status) && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          <span className="font-mono">{t("publicId", { publicId: reg.publicId })}</span> — {t("publicIdHelp")}
        </p>
      )}
      {refusal === null && <CancelRegistration registrationId={reg.id} />}
      {(refusal === "LOTTERY_FROZEN" || refusal === "CANCEL_DEADLINE_PASSED") && <p className={noteClass}>{te(refusal)}</p>}
    </div>
  );
}

async function ApplyArea({ entry, eventId, signedIn, seated, now, locale, zone }: { entry: FrameEntry; eventId: string; signedIn: boolean; seated: number; now: Date; locale: Locale; zone: string }) {
  const t = await getTranslations("registration");
  const { frame, questions } = entry;
  // Speakers get their seats when their talk is confirmed, not by applying.
  if (frame.forSpeakers) return <p className={noteClass}>{t("speakersOnly")}</p>;
  const window = applicationWindow(frame, now);
  if (window === "NOT_OPEN_YET") return <p className={noteClass}>{t("notOpenYet", { opensAt: formatDateTime(frame.opensAt, zone, locale) })}</p>;
  if (window === "CLOSED") return <p className={noteClass}>{t("closed")}</p>;
  if (!signedIn) {
    return (
      <p className="mt-3">
        <Link href={`/signin?callbackUrl=${encodeURIComponent(`/events/${eventId}`)}`} className={buttonClass("primary")}>
          {t("signInToApply")}
        </Link>
      </p>
    );
  }
  const pendingLottery = frame.method === "LOTTERY" && frame.drawState === "PENDING";
  // After a draw a lottery frame takes late applications first-come, like a first-come frame.
  const full = frame.method !== "APPROVAL" && !pendingLottery && seated >= frame.capacity;
  const variant: ApplyVariant = pendingLottery ? "applyLottery" : full ? "applyWaitlist" : "apply";
  const note = pendingLottery ? t("lotteryNote") : full ? t("fullNote") : frame.method === "APPROVAL" ? t("approvalNote") : null;
  return (
    <div className="mt-3">
      {note && <p className="text-sm text-slate-600 dark:text-slate-400">{note}</p>}
      <ApplyForm eventId={eventId} frameId={frame.id} questions={questions} variant={variant} reportRequired={frame.requiresReport} />
    </div>
  );
}
