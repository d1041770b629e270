import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { getActor } from "@/lib/auth";
import { env } from "@/lib/env";
import { currentLocale } from "@/lib/i18n/server";
import { canDecide, type TalkRole } from "@/lib/talks/policy";
import { AddLinkForm, RemoveMaterial, UploadPdfForm } from "./material-forms";
import { MaterialItem, type MaterialView } from "./material-item";
import { UploadNotice } from "./upload-notice";

type Talk = {
  id: string;
  eventId: string;
  status: string;
  speakers: { userId: string; acceptedAt: Date | null }[];
  materials: (MaterialView & { proposalId: string | null })[];
};

/**
 * A talk's slides and videos on its page; its speakers and the event's organizers also get the
 * forms to add a link, upload or replace a PDF, and remove what is there. The services decide
 * again on every change; this only chooses what to show.
 */
export async function TalkSlides({ talk, role }: { talk: Talk; role: TalkRole }) {
  if (talk.status !== "CONFIRMED") return null;
  const [actor, t, locale] = await Promise.all([getActor(), getTranslations("materials"), currentLocale()]);
  const canAttach = canDecide(role) || (actor !== null && talk.speakers.some((s) => s.userId === actor.userId && s.acceptedAt));
  const materials = talk.materials.filter((m) => m.kind !== "REPORT");
  const maxMb = env().UPLOAD_MAX_MB;
  return (
    <section aria-labelledby="talk-materials" className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900" data-testid="talk-materials">
      <h2 id="talk-materials" className="mb-2 text-lg font-semibold">
        {t("talk.heading")}
      </h2>
      <Suspense>
        <UploadNotice />
      </Suspense>
      {materials.length ? (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {materials.map((m) => (
            <MaterialItem key={m.id} m={m} locale={locale} viewer>
              {canAttach && <RemoveMaterial materialId={m.id} title={m.title} eventId={talk.eventId} proposalId={talk.id} />}
              {canAttach && m.fileKey && (
                <details className="w-full" data-testid="replace-pdf">
                  <summary className="cursor-pointer text-sm text-sky-800 underline dark:text-sky-300">{t("forms.replace")}</summary>
                  <div className="mt-2 rounded-md bg-slate-50 p-3 dark:bg-slate-800/50">
                    <UploadPdfForm proposalId={talk.id} maxMb={maxMb} replace={{ materialId: m.id, title: m.title }} />
                  </div>
                </details>
              )}
            </MaterialItem>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("talk.none")}</p>
      )}
      <p className="mt-3 text-sm">
        <Link href={`/events/${talk.eventId}/materials`} className="text-sky-800 underline dark:text-sky-300">
          {t("talk.allMaterials")}
        </Link>
      </p>
      {canAttach && (
        <div className="mt-4 border-t border-dashed border-slate-300 pt-4 dark:border-slate-700">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("talk.manageHelp")}</p>
          <div className="grid gap-6 md:grid-cols-2">
            <UploadPdfForm proposalId={talk.id} maxMb={maxMb} />
            <AddLinkForm proposalId={talk.id} />
          </div>
        </div>
      )}
    </section>
  );
}
