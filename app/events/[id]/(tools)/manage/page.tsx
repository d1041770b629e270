import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DecisionButtons, DrawButton, MessageForm, VoidLotteryForm } from "@/components/frames/manage-actions";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/server";
import { drawStatus, voidableFrom } from "@/lib/lottery/data";
import { answerFilterFrom, attendance, eventFramesWithCounts, participants } from "@/lib/registrations/data";
import { AnswerFilter } from "@/components/questions/answer-filter";
import { type Answers, answerText, type Question, storedAnswers } from "@/lib/questions/schema";
import { STATUSES } from "@/lib/registrations/schema";
import { formatDateTime, formatRange, type Locale } from "@/lib/time";
import { EventHeading } from "@/components/events/event-heading";
import { ReconfirmOverview } from "@/components/reconfirmation/reconfirm-overview";
import { ReportsOverview } from "@/components/reports/reports-overview";
import { Receptionists } from "@/components/door/receptionists";
import { receptionistsOf } from "@/lib/door/service";
import { DuplicateSection } from "@/components/series/duplicate-section";
import { MessagesSection } from "@/components/messages/message-history";

export async function generateMetadata() {
  return { title: (await getTranslations("manage"))("title") };
}

type Search = { q?: string; status?: string; frame?: string; page?: string; question?: string; answer?: string };
type FrameEntry = Awaited<ReturnType<typeof eventFramesWithCounts>>[number];
type Row = Awaited<ReturnType<typeof participants>>["items"][number];

const PER_PAGE = 50;
const sectionClass = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";
const linkClass = "text-sky-800 underline dark:text-sky-300";

/** The organizers' desk for an event: frames and their lotteries, participants, messages. */
export default async function ManagePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Search> }) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/manage`)}`);
  const status = (STATUSES as readonly string[]).includes(search.status ?? "") ? search.status : undefined;
  const frameId = /^[A-Za-z0-9_-]{1,64}$/.test(search.frame ?? "") ? search.frame : undefined;
  const q = search.q?.trim().slice(0, 100) || undefined;
  const page = Math.min(100_000, Math.max(1, Number.parseInt(search.page ?? "1", 10) || 1));
  const answer = answerFilterFrom(search.question, search.answer);
  const list = await participants(actor, id, { q, status, frameId, page, perPage: PER_PAGE, answer }).catch((e: unknown) => {
    // The service authorizes; to anyone else the page does not exist.
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  });
  const { event } = list;
  const now = new Date();
  const [frames, t, tc, locale, done, receptionists, td] = await Promise.all([
    eventFramesWithCounts(event.id),
    getTranslations("manage"),
    getTranslations("common"),
    currentLocale(),
    event.endsAt <= now ? attendance(event.id) : Promise.resolve(null),
    receptionistsOf(actor, { eventId: event.id }),
    getTranslations("door"),
  ]);
  const methods = new Map(frames.map((f) => [f.frame.id, f.frame.method]));
  const questionsOf = new Map(frames.map((f) => [f.frame.id, f.questions]));
  const filterQuestions = frames.flatMap((f) => f.questions.map((question) => ({ key: `${f.frame.id}:${question.id}`, frameName: f.frame.name, question })));
  const tq = await getTranslations("questions");
  const seated = frames.reduce((n, f) => n + f.counts.confirmed + f.counts.attended, 0);
  return (
    <div className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{formatRange(event.startsAt, event.endsAt, event.timezone, locale)}</p>
        <div className="mt-3 flex flex-wrap gap-2">
          <Link href={`/events/${event.id}/checkin`} className={buttonClass()}>
            {t("checkinLink")}
          </Link>
          <a href={`/events/${event.id}/participants.csv`} className={buttonClass("secondary")} download>
            {t("csv")}
          </a>
        </div>
      </header>

      {done && (
        <section aria-labelledby="attendance-heading" className={sectionClass}>
          <h2 id="attendance-heading" className="mb-2 text-lg font-semibold">
            {t("attendance.title")}
          </h2>
          <dl className="grid grid-cols-2 gap-3 text-sm">
            <div>
              <dt className="text-slate-600 dark:text-slate-400">{t("attendance.attended")}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-testid="attended-count">
                {t("attendance.people", { count: done.attended })}
              </dd>
            </div>
            <div>
              <dt className="text-slate-600 dark:text-slate-400">{t("attendance.noShow")}</dt>
              <dd className="text-2xl font-bold tabular-nums" data-testid="no-show-count">
                {t("attendance.people", { count: done.noShow })}
              </dd>
            </div>
          </dl>
        </section>
      )}

      <ReconfirmOverview actor={actor} eventId={event.id} timezone={event.timezone} locale={locale} />

      <ReportsOverview actor={actor} eventId={event.id} timezone={event.timezone} locale={locale} now={now} />

      <section aria-labelledby="frames-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="frames-heading" className="text-lg font-semibold">
            {t("frames")}
          </h2>
          {event.status !== "CANCELLED" && (
            <Link href={`/events/${event.id}/frames/new`} className={buttonClass("secondary")}>
              {t("addFrame")}
            </Link>
          )}
        </div>
        {frames.length === 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t("noFrames")}</p>}
        {frames.map((entry) => (
          <FrameCard key={entry.frame.id} entry={entry} event={event} now={now} locale={locale} />
        ))}
      </section>

      <section aria-labelledby="participants-heading" className="space-y-3">
        <h2 id="participants-heading" className="text-lg font-semibold">
          {t("participants")}
        </h2>
        <form method="get" role="search" aria-label={t("filters")} className={`grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-4 lg:items-end ${sectionClass}`}>
          <div>
            <label htmlFor="filter-q" className="font-medium">
              {t("search")}
            </label>
            <input id="filter-q" type="search" name="q" defaultValue={q} maxLength={100} placeholder={t("searchHelp")} className={inputClass} />
          </div>
          <div>
            <label htmlFor="filter-status" className="font-medium">
              {t("statusFilter")}
            </label>
            <select id="filter-status" name="status" defaultValue={status ?? ""} className={inputClass}>
              <option value="">{t("all")}</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="filter-frame" className="font-medium">
              {t("frameFilter")}
            </label>
            <select id="filter-frame" name="frame" defaultValue={frameId ?? ""} className={inputClass}>
              <option value="">{t("all")}</option>
              {frames.map(({ frame }) => (
                <option key={frame.id} value={frame.id}>
                  {frame.name}
                </option>
              ))}
            </select>
          </div>
          <AnswerFilter questions={filterQuestions} question={answer ? `${answer.frameId}:${answer.questionId}` : search.question?.slice(0, 100)} answer={answer?.value} />
          <button type="submit" className={`${buttonClass("secondary")} min-h-11`}>
            {t("filter")}
          </button>
        </form>
        <p className="text-sm" data-testid="participant-count">
          {t("resultCount", { total: list.total })}
        </p>
        {list.items.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noParticipants")}</p>
        ) : (
          // Focusable so that a keyboard can scroll the table sideways on a phone.
          <div tabIndex={0} role="region" aria-label={t("resultCount", { total: list.total })} className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500 dark:border-slate-800 dark:bg-slate-900">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <thead className="bg-slate-50 text-xs text-slate-600 dark:bg-slate-800 dark:text-slate-300">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("columns.receipt")}</th>
                  <th scope="col" className="px-3 py-2">{t("columns.person")}</th>
                  <th scope="col" className="px-3 py-2">{t("columns.frame")}</th>
                  <th scope="col" className="px-3 py-2">{t("columns.status")}</th>
                  <th scope="col" className="px-3 py-2">{t("columns.appliedAt")}</th>
                  <th scope="col" className="px-3 py-2">{tq("answers")}</th>
                  <th scope="col" className="px-3 py-2">{t("columns.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((row) => (
                  <ParticipantRow key={row.id} row={row} approval={methods.get(row.frameId) === "APPROVAL"} questions={questionsOf.get(row.frameId) ?? []} zone={event.timezone} locale={locale} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={list.page}
          perPage={list.perPage}
          total={list.total}
          basePath={`/events/${event.id}/manage`}
          query={{ q, status, frame: frameId, question: answer ? `${answer.frameId}:${answer.questionId}` : undefined, answer: answer?.value }}
          labels={{ previous: tc("previous"), next: tc("next"), pageOf: tc("pageOf", { page: list.page, pages: Math.max(1, Math.ceil(list.total / list.perPage)) }) }}
        />
      </section>

      <section aria-labelledby="receptionists-heading" className={sectionClass}>
        <h2 id="receptionists-heading" className="mb-2 text-lg font-semibold">
          {td("receptionistsTitle")}
        </h2>
        <Receptionists eventId={event.id} people={receptionists} />
      </section>

      <section aria-labelledby="message-heading" className={sectionClass}>
        <h2 id="message-heading" className="mb-2 text-lg font-semibold">
          {t("message.title")}
        </h2>
        <MessageForm eventId={event.id} recipients={seated} />
      </section>

      <MessagesSection actor={actor} event={event} frames={frames.map((f) => ({ id: f.frame.id, name: f.frame.name }))} locale={locale} />

      {event.status !== "CANCELLED" && <DuplicateSection event={event} />}
    </div>
  );
}

type ManagedEvent = { id: string; timezone: string };

async function FrameCard({ entry, event, now, locale }: { entry: FrameEntry; event: ManagedEvent; now: Date; locale: Locale }) {
  const [t, tv, td] = await Promise.all([getTranslations("manage"), getTranslations("lotteryV2"), getTranslations("door")]);
  const { frame, counts } = entry;
  const zone = event.timezone;
  const lottery = frame.method === "LOTTERY";
  const drawn = frame.drawState === "DRAWN";
  const status = lottery ? drawStatus(frame, now) : null;
  const voidFrom = status === "closed" ? voidableFrom(frame, now) : null;
  const appliedLabel = lottery ? t("counts.appliedLottery") : frame.method === "APPROVAL" ? t("counts.appliedApproval") : t("counts.applied");
  const countItems: [string, string, number][] = [
    ["applied", appliedLabel, counts.applied],
    ["confirmed", t("counts.confirmed"), counts.confirmed + counts.attended],
    ["waitlisted", t("counts.waitlisted"), counts.waitlisted],
    ["cancelled", t("counts.cancelled"), counts.cancelled],
    ...(frame.method === "APPROVAL" ? [["rejected", t("counts.rejected"), counts.rejected] as [string, string, number]] : []),
    ["attended", t("counts.attended"), counts.attended],
  ];
  const headingId = `manage-frame-${frame.id}`;
  return (
    <article aria-labelledby={headingId} className={sectionClass} data-testid="manage-frame">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-semibold">
          {frame.name}
        </h3>
        <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold text-slate-700 dark:bg-slate-800 dark:text-slate-200" data-testid="frame-method">
          {t(`method.${frame.method as "LOTTERY" | "FIRST_COME" | "APPROVAL"}`)}
        </span>
        <Link href={`/events/${event.id}/frames/${frame.id}/edit`} className={`ml-auto text-sm ${linkClass}`} aria-label={t("editLabel", { frame: frame.name })}>
          {t("edit")}
        </Link>
      </div>
      <dl className="mt-3 grid grid-cols-3 gap-2 text-center sm:grid-cols-7" data-testid="frame-counts">
        <div className="rounded-md bg-slate-50 p-2 dark:bg-slate-800">
          <dt className="text-xs text-slate-600 dark:text-slate-400">{t("capacity")}</dt>
          <dd className="text-lg font-bold tabular-nums">{frame.capacity}</dd>
        </div>
        {countItems.map(([key, label, n]) => (
          <div key={key} className="rounded-md bg-slate-50 p-2 dark:bg-slate-800" data-testid={`count-${key}`}>
            <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-lg font-bold tabular-nums">{n}</dd>
          </div>
        ))}
      </dl>
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_minmax(0,1fr)]">
        <dt className="text-slate-600 dark:text-slate-400">{t("period")}</dt>
        <dd>{formatRange(frame.opensAt, frame.closesAt, zone, locale)}</dd>
        {frame.cancelDeadline && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{t("cancelDeadline")}</dt>
            <dd>{formatDateTime(frame.cancelDeadline, zone, locale)}</dd>
          </>
        )}
        {lottery && (
          <>
            <dt className="text-slate-600 dark:text-slate-400">{t("lottery")}</dt>
            <dd data-testid="lottery-state">
              {drawn
                ? t("lotteryDrawn", { drawnAt: frame.drawnAt ? formatDateTime(frame.drawnAt, zone, locale) : "" })
                : status === "voided"
                  ? tv("status.voided")
                  : t("lotteryPending", { drawAt: formatDateTime(frame.drawAt ?? frame.closesAt, zone, locale) })}{" "}
              <span className="font-mono text-xs">{frame.algorithm ?? "hako-lottery-v1"}</span>{" "}
              {status === "closed" && <span className="block text-xs">{frame.drawWaitReason ? tv("manageWaiting", { reason: frame.drawWaitReason }) : tv("manageClosed")}</span>}
              <Link href={`/frames/${frame.id}/draw`} className={linkClass}>
                {t("drawRecord")}
              </Link>
            </dd>
          </>
        )}
      </dl>
      {lottery && status === "open" && (
        <p className="mt-2 text-sm">
          <Link href={`/frames/${frame.id}/nominations`} className={linkClass} aria-label={td("nominationsLinkFor", { frame: frame.name })}>
            {td("nominationsLink")}
          </Link>
          <span className="ml-2 text-slate-600 dark:text-slate-400" data-testid="nominated-count">{td("nominatedCount", { count: (JSON.parse(frame.nominated) as string[]).length })}</span>
        </p>
      )}
      {lottery && status !== "drawn" && status !== "voided" && <DrawButton frameId={frame.id} frameName={frame.name} closed={now >= frame.closesAt} closesAtText={formatDateTime(frame.closesAt, zone, locale)} />}
      {voidFrom && (now >= voidFrom ? <VoidLotteryForm frameId={frame.id} timezone={zone} /> : <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">{tv("void.from", { time: formatDateTime(voidFrom, zone, locale) })}</p>)}
    </article>
  );
}

/** A row's answers to its frame's questions, in the questions' order. */
function AnswerList({ questions, answers }: { questions: Question[]; answers: Answers }) {
  const given = questions.filter((q) => answers[q.id] !== undefined);
  if (!given.length) return null;
  return (
    <dl className="space-y-1 text-xs" data-testid="participant-answers">
      {given.map((q) => (
        <div key={q.id}>
          <dt className="text-slate-600 dark:text-slate-400">{q.label}</dt>
          <dd className="whitespace-pre-line break-words">{answerText(answers[q.id])}</dd>
        </div>
      ))}
    </dl>
  );
}

async function ParticipantRow({ row, approval, questions, zone, locale }: { row: Row; approval: boolean; questions: Question[]; zone: string; locale: Locale }) {
  const t = await getTranslations("manage");
  const name = row.user.name ?? row.user.handle ?? "";
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-800" data-testid="participant">
      <td className="px-3 py-2 font-mono tabular-nums">#{row.receiptNumber}</td>
      <td className="px-3 py-2">
        <span className="block font-medium">{name}</span>
        {row.user.handle && <span className="block text-xs text-slate-600 dark:text-slate-400">@{row.user.handle}</span>}
        {row.user.email && <span className="block break-all text-xs text-slate-600 dark:text-slate-400">{row.user.email}</span>}
        <span className="block font-mono text-xs text-slate-500" title={t("columns.publicId")}>
          {row.publicId}
        </span>
      </td>
      <td className="px-3 py-2">{row.frame.name}</td>
      <td className="px-3 py-2" data-testid="participant-status">
        {row.status === "WAITLISTED" && row.waitlistPosition !== null ? t("waitlistPosition", { position: row.waitlistPosition }) : t(`status.${row.status as (typeof STATUSES)[number]}`)}
        {row.checkedInAt && <span className="block text-xs text-slate-600 dark:text-slate-400">{t("checkedInAt", { time: formatDateTime(row.checkedInAt, zone, locale) })}</span>}
      </td>
      <td className="px-3 py-2 text-xs">{formatDateTime(row.createdAt, zone, locale)}</td>
      <td className="max-w-xs px-3 py-2">
        <AnswerList questions={questions} answers={storedAnswers(row.answers)} />
      </td>
      <td className="px-3 py-2">{approval && row.status === "APPLIED" && <DecisionButtons registrationId={row.id} name={name} />}</td>
    </tr>
  );
}
