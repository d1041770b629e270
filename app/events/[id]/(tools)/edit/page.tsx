import { getTranslations } from "next-intl/server";
import { notFound, redirect } from "next/navigation";
import { EventForm } from "@/components/events/event-form";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { or404 } from "@/lib/pages";
import { toDateTimeLocal } from "@/lib/time";

export default async function EditEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=/events/${id}/edit`);
  const { event, can } = await or404(getEventForViewer(id, actor));
  if (!can.edit) notFound();
  const t = await getTranslations("events");
  return (
    <div>
      <h1 className="mb-6 text-2xl font-bold">{t("editTitle")}</h1>
      <EventForm
        values={{
          eventId: event.id,
          title: event.title,
          catchphrase: event.catchphrase,
          description: event.description,
          startsAt: toDateTimeLocal(event.startsAt, event.timezone),
          endsAt: toDateTimeLocal(event.endsAt, event.timezone),
          timezone: event.timezone,
          venueName: event.venueName ?? "",
          venueAddress: event.venueAddress ?? "",
          prefecture: event.prefecture ? String(event.prefecture) : "",
          venueMapUrl: event.venueMapUrl ?? "",
          onlineUrl: event.onlineUrl ?? "",
          hashtag: event.hashtag ?? "",
          tags: event.tags.map((x) => x.tag).join(", "),
          seriesNumber: event.seriesNumber?.toString() ?? "",
          participantInfo: event.participantInfo,
          onlineUrlPrivate: event.onlineUrlPrivate,
          status: event.status,
        }}
      />
    </div>
  );
}
