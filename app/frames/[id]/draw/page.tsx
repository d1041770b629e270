import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { cache } from "react";
import { DrawVerifier } from "@/components/registrations/draw-verifier";
import { FrameLogTable } from "@/components/registrations/frame-log-table";
import { VerifyCommand } from "@/components/registrations/verify-command";
import { RateLimitedNotice } from "@/components/ui/rate-limited";
import { getActor } from "@/lib/auth";
import { limitAnonymous } from "@/lib/ratelimit/actor";
import { isRateLimited } from "@/lib/ratelimit/limiter";
import { currentLocale } from "@/lib/i18n/server";
import { frameLog } from "@/lib/frame-log/service";
import { DRAW_PAGE_SIZE, drawOrderPage, drawPlaceOf, publicDraw } from "@/lib/lottery/data";
import { drawPageQuery } from "@/lib/lottery/schema";
import { or404 } from "@/lib/pages";
import { myRegistrationsForEvent } from "@/lib/registrations/data";
import { formatDateTime } from "@/lib/time";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// A large frame's page is costly to build: anonymous readers are counted (once per request).
// The order itself is shown a page at a time: a frame of 2,000 applicants would make the page
// megabytes. The whole order is in the JSON (/api/v1/frames/{id}/draw), which the verifier fetches.
const load = cache(async (id: string) => {
  await limitAnonymous("heavyRead", await getActor());
  return or404(publicDraw(id, new Date(), { order: false }));
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const d = await load(id).catch((e: unknown) => {
    if (isRateLimited(e)) return null;
    throw e;
  });
  if (!d) return { title: (await getTranslations("rateLimit"))("title") };
  return { title: `${(await getTranslations("draw"))("title", { frame: d.frameName })} — ${d.event.title}` };
}

const termClass = "font-semibold text-slate-700 dark:text-slate-300";
const hashClass = "break-all font-mono text-xs";

export default async function DrawPage({ params, searchParams }: Props) {
  const { id } = await params;
  let d: Awaited<ReturnType<typeof load>>;
  try {
    d = await load(id);
  } catch (e) {
    if (isRateLimited(e)) return <RateLimitedNotice retryAfter={e.retryAfterSeconds} />;
    throw e;
  }
  const query = drawPageQuery.parse(await searchParams);
  const actor = await getActor();
  const drawn = d.seed !== null;
  const [t, tv, locale, mine, log, found] = await Promise.all([
    getTranslations("draw"),
    getTranslations("lotteryV2"),
    currentLocale(),
    actor ? myRegistrationsForEvent(actor.userId, d.eventId) : Promise.resolve([]),
    frameLog(d.frameId),
    drawn && query.find ? drawPlaceOf(d.frameId, [query.find]) : Promise.resolve(null),
  ]);
  const zone = d.event.timezone;
  const myPlace = drawn ? await drawPlaceOf(d.frameId, mine.filter((r) => r.frameId === d.frameId).map((r) => r.publicId)) : null;
  const pages = Math.max(1, Math.ceil(d.orderCount / DRAW_PAGE_SIZE));
  // A found public id opens the page it is on.
  const page = found ? Math.ceil(found.position / DRAW_PAGE_SIZE) : Math.min(query.page, pages);
  const entries = drawn ? await drawOrderPage(d.frameId, page) : [];
  const outcome = (position: number) => (position <= d.capacity ? t("won") : t("waitlist", { position: position - d.capacity }));
  const pageHref = (p: number) => `/frames/${d.frameId}/draw${p > 1 ? `?page=${p}` : ""}#order-heading`;
  const jsonPath = `/api/v1/frames/${d.frameId}/draw`;
  const v2 = d.beacon !== null;
  const when = (x: Date) => formatDateTime(x, zone, locale);
  return (
    <article className="space-y-6">
      <header>
        <p className="text-sm">
          <Link href={`/events/${d.eventId}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {d.event.title}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("title", { frame: d.frameName })}</h1>
      </header>

      {d.status === "voided" ? (
        <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 dark:bg-slate-800 dark:text-slate-200" data-testid="draw-voided">
          {tv("voidedNote")}
        </p>
      ) : (
        !drawn && (
          <p role="note" className="rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100" data-testid="draw-pending">
            {t("notDrawnYet", { drawAt: when(d.drawAt) })} {t("keepCommitment")}
          </p>
        )
      )}
      {d.waiting && (
        <div role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="draw-waiting">
          <p className="font-semibold">
            {tv("waitingTitle")}
            {d.waiting.since && <span className="font-normal"> — {tv("waitingSince", { since: when(d.waiting.since) })}</span>}
          </p>
          <p>{tv(`waiting.${d.waiting.reason as "BEACON_NOT_YET" | "BEACON_UNREACHABLE" | "BEACON_INVALID" | "LIST_MISMATCH"}`, { detail: d.waiting.detail ?? "" })}</p>
          {d.voidableFrom && <p className="mt-1">{tv("voidableFrom", { time: when(d.voidableFrom) })}</p>}
        </div>
      )}
      <p className="max-w-3xl text-sm leading-relaxed text-slate-700 dark:text-slate-300">{t("how")}</p>
      {v2 && <p className="max-w-3xl text-sm leading-relaxed text-slate-700 dark:text-slate-300">{tv("howV2")}</p>}

      <dl className="grid gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_minmax(0,1fr)] dark:border-slate-800 dark:bg-slate-900">
        <dt className={termClass}>{t("event")}</dt>
        <dd>
          <Link href={`/events/${d.eventId}`} className="text-sky-800 underline dark:text-sky-300">
            {d.event.title}
          </Link>
        </dd>
        <dt className={termClass}>{tv("status.label")}</dt>
        <dd data-testid="draw-status">{tv(`status.${d.status}`)}</dd>
        <dt className={termClass}>{t("algorithm")}</dt>
        <dd className="font-mono" data-testid="draw-algorithm">
          {d.algorithm}
        </dd>
        <dt className={termClass}>{t("commitment")}</dt>
        <dd className={hashClass} data-testid="draw-commitment">
          {d.commitment}
        </dd>
        <dt className={termClass}>{tv("beacon")}</dt>
        <dd data-testid="draw-beacon">
          {d.beacon ? tv("beaconRound", { round: d.beacon.round, roundAt: when(d.beacon.roundAt) }) : tv("beaconNone")}
          {d.chain && <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">{tv(d.chain.publicQuicknet ? "chainPublic" : "chainOther", { key: d.chain.publicKey.slice(0, 16) })}</span>}
        </dd>
        {d.beacon && (
          <>
            <dt className={termClass}>{tv("beaconRandomness")}</dt>
            <dd className={d.beacon.randomness ? hashClass : "text-slate-600 dark:text-slate-400"}>{d.beacon.randomness ?? tv("beaconPending")}</dd>
            {d.beacon.signature && (
              <>
                <dt className={termClass}>{tv("beaconSignature")}</dt>
                <dd className={hashClass}>{d.beacon.signature}</dd>
              </>
            )}
          </>
        )}
        <dt className={termClass}>{t("closesAt")}</dt>
        <dd>{when(d.closesAt)}</dd>
        <dt className={termClass}>{tv("closedAt")}</dt>
        <dd className={d.closedAt ? "" : "text-slate-600 dark:text-slate-400"} data-testid="draw-closed-at">
          {d.closedAt ? when(d.closedAt) : tv("closedPending")}
        </dd>
        <dt className={termClass}>{drawn ? t("drawnAt") : t("drawAt")}</dt>
        <dd>{formatDateTime(drawn && d.drawnAt ? d.drawnAt : d.drawAt, zone, locale)}</dd>
        <dt className={termClass}>{t("seed")}</dt>
        <dd className={drawn ? hashClass : "text-slate-600 dark:text-slate-400"} data-testid="draw-seed">
          {d.seed ?? t("seedHidden")}
        </dd>
        <dt className={termClass}>{t("applicantsDigest")}</dt>
        <dd className={d.applicantsDigest ? hashClass : "text-slate-600 dark:text-slate-400"} data-testid="draw-digest">
          {d.applicantsDigest ?? t("digestPending")}
        </dd>
        {d.applicantsCount !== null && (
          <>
            <dt className={termClass}>{tv("applicantsCount")}</dt>
            <dd className="tabular-nums">{d.applicantsCount}</dd>
          </>
        )}
        <dt className={termClass}>{t("capacity")}</dt>
        <dd className="tabular-nums">{d.capacity}</dd>
        {drawn && (
          <>
            <dt className={termClass}>{t("applicants")}</dt>
            <dd className="tabular-nums">{t("applicantsCount", { count: d.orderCount })}</dd>
          </>
        )}
        <dt className={termClass}>{t("nominated")}</dt>
        <dd>
          <span className="tabular-nums">{t("nominatedCount", { count: d.nominated.length })}</span>
          {d.nominated.length > 0 && <span className="mt-1 block break-all font-mono text-xs">{d.nominated.join(", ")}</span>}
        </dd>
      </dl>

      {drawn && (
        <DrawVerifier
          drawUrl={jsonPath}
          logUrl={`/api/v1/frames/${d.frameId}/log`}
          algorithm={d.algorithm}
          chain={d.chain && { hash: d.chain.hash, publicKey: d.chain.publicKey, genesis: d.chain.genesis, period: d.chain.period }}
        />
      )}

      <section className="space-y-2 text-sm">
        <p>
          <a href={jsonPath} className="text-sky-800 underline dark:text-sky-300">
            {t("json", { path: jsonPath })}
          </a>
        </p>
        <p>{t("cliHint")}</p>
        <VerifyCommand path={`/frames/${d.frameId}/draw`} label={t("cliHint")} />
      </section>

      <FrameLogTable entries={log} zone={zone} locale={locale} jsonPath={`/api/v1/frames/${d.frameId}/log`} />

      {drawn && (
        <section aria-labelledby="order-heading">
          <h2 id="order-heading" className="mb-2 text-lg font-semibold">
            {t("order")}
          </h2>
          {myPlace && (
            <p className="mb-2 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100" data-testid="draw-my-place">
              {t("yourPlace", { publicId: myPlace.publicId, position: myPlace.position })}
            </p>
          )}
          <form method="get" action={`/frames/${d.frameId}/draw`} className="mb-3 flex flex-wrap items-end gap-2 text-sm" role="search">
            <label className="flex flex-col gap-1">
              <span className="font-semibold">{t("findLabel")}</span>
              <input name="find" defaultValue={query.find} maxLength={64} autoComplete="off" spellCheck={false} className="w-48 rounded-md border border-slate-300 px-2 py-1 font-mono dark:border-slate-700 dark:bg-slate-900" />
            </label>
            <button type="submit" className="rounded-md border border-slate-300 px-3 py-1 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
              {t("findButton")}
            </button>
          </form>
          {query.find && (
            <p role="status" className="mb-2 rounded-md bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800" data-testid="draw-found">
              {found ? t("found", { publicId: found.publicId, position: found.position, outcome: outcome(found.position) }) : t("notFound", { publicId: query.find })}
            </p>
          )}
          <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">{t("orderPage", { from: (page - 1) * DRAW_PAGE_SIZE + 1, to: Math.min(page * DRAW_PAGE_SIZE, d.orderCount), count: d.orderCount })}</p>
          <ol className="gap-x-6 font-mono text-xs sm:columns-2" data-testid="draw-order">
            {entries.map((e) => {
              const mark = e.publicId === myPlace?.publicId || e.publicId === found?.publicId;
              return (
                <li key={e.publicId} className={mark ? "flex gap-2 bg-sky-100 dark:bg-sky-900" : "flex gap-2"}>
                  <span className="w-12 text-right text-slate-500">{e.position}</span>
                  <span>{e.publicId}</span>
                  <span className={e.position <= d.capacity ? "text-emerald-800 dark:text-emerald-300" : "text-amber-800 dark:text-amber-300"}>
                    {outcome(e.position)}
                    {e.nominated && ` · ${t("nominatedMark")}`}
                  </span>
                </li>
              );
            })}
          </ol>
          {pages > 1 && (
            <nav aria-label={t("orderPages")} className="mt-3 flex flex-wrap items-center gap-3 text-sm" data-testid="draw-pages">
              {page > 1 && (
                <Link href={pageHref(page - 1)} className="text-sky-800 underline dark:text-sky-300" rel="prev">
                  {t("previousPage")}
                </Link>
              )}
              <span>{t("pageOf", { page, pages })}</span>
              {page < pages && (
                <Link href={pageHref(page + 1)} className="text-sky-800 underline dark:text-sky-300" rel="next">
                  {t("nextPage")}
                </Link>
              )}
            </nav>
          )}
        </section>
      )}
    </article>
  );
}
