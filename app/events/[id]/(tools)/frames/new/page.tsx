import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FrameForm } from "@/components/frames/frame-form";
import { env } from "@/lib/env";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { or404 } from "@/lib/pages";
import { toDateTimeLocal } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("frames"))("newTitle") };
}

const HOUR = 3_600_000;

/**
 * From the next full hour until a day before the event; when that is too soon, until the event
 * starts, or for an event already under way, a day.
 */
function suggestedPeriod(startsAt: Date, now: Date) {
  const opens = new Date(Math.ceil(now.getTime() / HOUR) * HOUR);
  const dayBefore = new Date(startsAt.getTime() - 24 * HOUR);
  const closes = dayBefore > opens ? dayBefore : startsAt > opens ? startsAt : new Date(opens.getTime() + 24 * HOUR);
  return { opens, closes };
}

export default async function NewFramePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/frames/new`)}`);
  const { event, can } = await or404(getEventForViewer(id, actor));
  if (!can.edit) notFound();
  const t = await getTranslations("frames");
  const { opens, closes } = suggestedPeriod(event.startsAt, new Date());
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {event.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      <FrameForm
        eventId={event.id}
        timezone={event.timezone}
        defaultBeacon={env().HAKO_BEACON}
        values={{ name: "", capacity: "50", method: "LOTTERY", opensAt: toDateTimeLocal(opens, event.timezone), closesAt: toDateTimeLocal(closes, event.timezone), drawAt: "", cancelDeadline: "", questions: [] }}
      />
    </div>
  );
}
