import { getTranslations } from "next-intl/server";
import { parseQuestions, storedAnswers } from "@/lib/questions/schema";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProposalForm } from "@/components/talks/proposal-form";
import { InviteCoSpeaker } from "@/components/talks/speaker-actions";
import { ProposalStatusBadge } from "@/components/talks/status-badge";
import { getActor } from "@/lib/auth";
import { or404 } from "@/lib/pages";
import { cfpState } from "@/lib/talks/policy";
import { parseFormats, parseList, proposalForViewer } from "@/lib/talks/service";

export async function generateMetadata() {
  return { title: (await getTranslations("talks.edit"))("title") };
}

const CLOSED = ["WITHDRAWN", "REJECTED", "DECLINED"];

/** A speaker edits their proposal while the call is open; its owner invites co-speakers. */
export default async function EditProposalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/proposals/${id}/edit`)}`);
  const { proposal: p } = await or404(proposalForViewer(actor, id));
  const me = p.speakers.find((s) => s.userId === actor.userId && s.acceptedAt);
  // Reviewers and pending invitees see the proposal elsewhere; this page is for its speakers.
  if (!me) notFound();
  const t = await getTranslations("talks.edit");
  const cfp = p.event.cfp;
  const editable = p.status === "SUBMITTED" && cfp !== null && cfpState(cfp, new Date()) === "OPEN";
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/me/talks" className="text-sky-800 hover:underline dark:text-sky-300">
            {t("back")}
          </Link>
          <span className="ml-2 text-slate-500">{p.event.title}</span>
        </p>
        <h1 className="mt-1 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <ProposalStatusBadge status={p.status} />
          <span>{p.title}</span>
        </p>
      </header>

      <section aria-labelledby="proposal-edit">
        <h2 id="proposal-edit" className="sr-only">
          {t("title")}
        </h2>
        {editable ? (
          <ProposalForm
            target={{ proposalId: p.id }}
            formats={parseFormats(cfp!.formats)}
            questions={parseQuestions(cfp!.questions)}
            answers={storedAnswers(p.answers)}
            values={{ title: p.title, abstract: p.abstract, formatId: p.formatId, level: p.level, language: p.language, tags: parseList(p.tags).join(", "), notes: p.notes }}
          />
        ) : (
          <p role="note" className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300">
            {p.status === "SUBMITTED" ? t("callClosed") : t("decided")}
          </p>
        )}
      </section>

      <section aria-labelledby="proposal-speakers" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="proposal-speakers" className="mb-2 text-lg font-semibold">
          {t("speakers")}
        </h2>
        <ul className="mb-4 space-y-1 text-sm" data-testid="proposal-speakers">
          {p.speakers.map((s) => (
            <li key={s.userId}>
              {s.user.name ?? s.user.handle}
              {s.user.handle && <span className="ml-1 text-slate-500">@{s.user.handle}</span>}
              <span className="ml-2 text-xs text-slate-600 dark:text-slate-400">{s.role === "OWNER" ? t("owner") : s.acceptedAt ? t("coSpeaker") : t("invited")}</span>
            </li>
          ))}
        </ul>
        {me.role !== "OWNER" ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">{t("ownerInvites")}</p>
        ) : CLOSED.includes(p.status) ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">{t("closedInvites")}</p>
        ) : (
          <InviteCoSpeaker proposalId={p.id} />
        )}
      </section>
    </div>
  );
}
