import { getTranslations } from "next-intl/server";
import { parseQuestions } from "@/lib/questions/schema";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CfpForm } from "@/components/talks/cfp-form";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { or404 } from "@/lib/pages";
import { canDecide } from "@/lib/talks/policy";
import { formatsToText } from "@/lib/talks/schema";
import { getCfp, talkRole } from "@/lib/talks/service";
import { toDateTimeLocal } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("talks.cfpForm"))("title") };
}

/** Organizers open the call for proposals and change its terms. */
export default async function CfpEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/cfp/edit`)}`);
  const { event } = await or404(getEventForViewer(id, actor));
  if (!canDecide(await talkRole(event.id, event.groupId, actor.userId))) notFound();
  const [cfp, t] = await Promise.all([getCfp(event.id), getTranslations("talks.cfpForm")]);
  // A new call suggests closing a week before the event; the organizers choose when it opens.
  const values = cfp
    ? { opensAt: toDateTimeLocal(cfp.opensAt, event.timezone), closesAt: toDateTimeLocal(cfp.closesAt, event.timezone), guidelines: cfp.guidelines, formats: formatsToText(cfp.formatList), tracks: cfp.trackList.join(", "), maxCoSpeakers: String(cfp.maxCoSpeakers), questions: parseQuestions(cfp.questions) }
    : { opensAt: "", closesAt: toDateTimeLocal(new Date(event.startsAt.getTime() - 7 * 86_400_000), event.timezone), guidelines: "", formats: "LT 5\nTalk 20", tracks: "", maxCoSpeakers: "3", questions: [] };
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {event.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {cfp && (
        <p className="text-sm">
          <Link href={`/events/${event.id}/cfp`} className="text-sky-800 underline dark:text-sky-300">
            {t("viewPublic")}
          </Link>
        </p>
      )}
      <CfpForm eventId={event.id} timezone={event.timezone} values={values} />
    </div>
  );
}
