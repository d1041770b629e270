import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { MySpeakerLink } from "@/components/conference/my-speaker-link";
import { ProposalStatusBadge } from "@/components/talks/status-badge";
import { InvitationReply, SpeakerReply, WithdrawProposal } from "@/components/talks/speaker-actions";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { cfpState } from "@/lib/talks/policy";
import { getCfp, myTalks } from "@/lib/talks/service";
import { formatDateTime, formatRange } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("talks.mine"))("title") };
}

const WITHDRAWABLE = ["SUBMITTED", "ACCEPTED", "CONFIRMED"];
const linkClass = "text-sky-800 underline dark:text-sky-300";

/** A speaker's proposals across events, what each awaits, and invitations to speak together. */
export default async function MyTalksPage({ searchParams }: { searchParams: Promise<{ submitted?: string }> }) {
  const actor = await getActor();
  if (!actor) redirect("/signin?callbackUrl=/me/talks");
  const [{ talks, invitations }, t, locale, { submitted }] = await Promise.all([myTalks(actor), getTranslations("talks.mine"), currentLocale(), searchParams]);
  const eventIds = [...new Set(talks.map((p) => p.eventId))];
  const cfps = new Map(await Promise.all(eventIds.map(async (id) => [id, await getCfp(id)] as const)));
  // The page renders per request: "open" means open at this moment.
  const now = new Date();
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <MySpeakerLink />
      {submitted && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200">
          {t("submitted")}
        </p>
      )}

      {invitations.length > 0 && (
        <section aria-labelledby="my-invitations">
          <h2 id="my-invitations" className="mb-3 text-lg font-semibold">
            {t("invitations")}
          </h2>
          <ul className="grid gap-3">
            {invitations.map((p) => {
              const owner = p.speakers.find((s) => s.role === "OWNER")?.user;
              return (
                <li key={p.id} className="rounded-lg border border-sky-200 bg-white p-4 dark:border-sky-900 dark:bg-slate-900" data-testid="my-invitation">
                  <p className="text-xs text-slate-600 dark:text-slate-400">{p.event.title}</p>
                  <h3 className="mt-1 font-semibold">{p.title}</h3>
                  <p className="mb-3 text-sm">{t("invitedBy", { name: owner?.name ?? owner?.handle ?? "" })}</p>
                  <InvitationReply proposalId={p.id} title={p.title} />
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <section aria-labelledby="my-proposals">
        <h2 id="my-proposals" className="mb-3 text-lg font-semibold">
          {t("proposals")}
        </h2>
        {talks.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {t("none")}{" "}
            <Link href="/events" className={linkClass}>
              {t("findEvents")}
            </Link>
          </p>
        ) : (
          <ul className="grid gap-3">
            {talks.map((p) => {
              const cfp = cfps.get(p.eventId);
              const editable = p.status === "SUBMITTED" && cfp !== null && cfp !== undefined && cfpState(cfp, now) === "OPEN";
              const owner = p.speakers.some((s) => s.userId === actor.userId && s.role === "OWNER");
              const others = p.speakers.filter((s) => s.userId !== actor.userId);
              return (
                <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="my-talk" aria-label={p.title}>
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    <Link href={`/events/${p.event.id}`} className="hover:underline">
                      {p.event.title}
                    </Link>
                    <span className="ml-2">
                      <time dateTime={p.event.startsAt.toISOString()}>{formatRange(p.event.startsAt, p.event.endsAt, p.event.timezone, locale)}</time>
                    </span>
                  </p>
                  <h3 className="mt-1 font-semibold">
                    <Link href={`/talks/${p.id}`} className="hover:underline">
                      {p.title}
                    </Link>
                  </h3>
                  <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    <ProposalStatusBadge status={p.status} />
                    <span>{t("format", { name: p.formatName, minutes: p.minutes })}</span>
                    {others.length > 0 && <span className="text-slate-600 dark:text-slate-400">{t("with", { names: others.map((s) => (s.user.name ?? s.user.handle ?? "") + (s.acceptedAt ? "" : t("pending"))).join(", ") })}</span>}
                  </p>
                  {p.slot && p.status === "CONFIRMED" && (
                    <p className="mt-1 text-sm" data-testid="my-talk-slot">
                      {t("slot", { time: formatDateTime(p.slot.startsAt, p.event.timezone, locale), room: p.slot.room?.name ?? t("allRooms") })}
                    </p>
                  )}
                  {p.decisionMessage && (p.status === "ACCEPTED" || p.status === "REJECTED" || p.status === "CONFIRMED") && (
                    <div className="mt-2 rounded-md bg-slate-50 p-2 text-sm dark:bg-slate-800">
                      <p className="text-xs font-semibold">{t("message")}</p>
                      <p className="whitespace-pre-line">{p.decisionMessage}</p>
                    </div>
                  )}
                  {p.status === "ACCEPTED" && (
                    <div className="mt-3">
                      <SpeakerReply proposalId={p.id} title={p.title} />
                    </div>
                  )}
                  <div className="mt-3 flex flex-wrap items-center gap-3">
                    {(editable || (owner && WITHDRAWABLE.includes(p.status))) && (
                      <Link href={`/proposals/${p.id}/edit`} className={linkClass}>
                        {editable ? t("edit") : t("inviteOnly")}
                      </Link>
                    )}
                    {WITHDRAWABLE.includes(p.status) && <WithdrawProposal proposalId={p.id} />}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
