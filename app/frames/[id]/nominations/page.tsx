import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { NominationsForm } from "@/components/door/nominations-form";
import { getActor } from "@/lib/auth";
import { nominationCandidates } from "@/lib/door/service";
import { isAppError } from "@/lib/errors";
import { drawStatus } from "@/lib/lottery/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("door"))("nominationsTitle"), robots: { index: false, follow: false } };
}

/** Nominations (指名) of a lottery frame: organizers tick applicants before the close. */
export default async function NominationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/frames/${id}/nominations`)}`);
  const data = await nominationCandidates(actor, id).catch((e: unknown) => {
    if (isAppError(e) && ["NOT_FOUND", "FORBIDDEN", "RULE_REFUSED"].includes(e.code)) notFound();
    throw e;
  });
  const t = await getTranslations("door");
  const { frame } = data;
  const open = drawStatus(frame, new Date()) === "open";
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <header>
        <p className="text-sm">
          <Link href={`/events/${frame.eventId}/manage`} className="text-sky-800 hover:underline dark:text-sky-300">
            {frame.event.title}
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-bold">
          {t("nominationsTitle")}: {frame.name}
        </h1>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t("nominationsHelp")}</p>
        <p className="mt-1 text-sm font-medium" data-testid="nominated-count">
          {t("nominatedCount", { count: data.nominated.length })}
        </p>
        {!open && (
          <p role="status" className="mt-2 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            {t("nominationsClosed")}
          </p>
        )}
      </header>
      <section className="rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900">
        <NominationsForm frameId={frame.id} candidates={data.applicants} nominated={data.nominated} open={open} />
      </section>
      <p className="text-sm">
        <Link href={`/frames/${frame.id}/draw`} className="text-sky-800 underline dark:text-sky-300">
          {t("drawPage")}
        </Link>
      </p>
    </div>
  );
}
