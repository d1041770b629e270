import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FrameForm } from "@/components/frames/frame-form";
import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { or404 } from "@/lib/pages";
import { isFrozen } from "@/lib/registrations/rules";
import { parseQuestions } from "@/lib/questions/schema";
import { type Method, METHODS } from "@/lib/registrations/schema";
import { frameForOrganizer } from "@/lib/registrations/service";
import { toDateTimeLocal } from "@/lib/time";

export async function generateMetadata() {
  return { title: (await getTranslations("frames"))("editTitle") };
}

export default async function EditFramePage({ params }: { params: Promise<{ id: string; frameId: string }> }) {
  const { id, frameId } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/frames/${frameId}/edit`)}`);
  const frame = await or404(
    frameForOrganizer(actor, frameId).catch((e: unknown) => {
      // Someone else's frame is simply not there for the caller.
      if (isAppError(e) && e.code === "FORBIDDEN") notFound();
      throw e;
    }),
  );
  if (frame.eventId !== id || !(METHODS as readonly string[]).includes(frame.method)) notFound();
  const { event } = frame;
  const zone = event.timezone;
  const t = await getTranslations("frames");
  return (
    <div className="space-y-4">
      <p className="text-sm">
        <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
          {event.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t("editTitle")}</h1>
      <FrameForm
        eventId={event.id}
        frameId={frame.id}
        drawn={frame.drawState === "DRAWN"}
        frozen={isFrozen(frame, new Date())}
        timezone={zone}
        values={{
          name: frame.name,
          capacity: String(frame.capacity),
          method: frame.method as Method,
          opensAt: toDateTimeLocal(frame.opensAt, zone),
          closesAt: toDateTimeLocal(frame.closesAt, zone),
          drawAt: frame.drawAt ? toDateTimeLocal(frame.drawAt, zone) : "",
          cancelDeadline: frame.cancelDeadline ? toDateTimeLocal(frame.cancelDeadline, zone) : "",
          questions: parseQuestions(frame.questions),
          reconfirmFrom: frame.reconfirmFrom ? toDateTimeLocal(frame.reconfirmFrom, zone) : "",
          reconfirmUntil: frame.reconfirmUntil ? toDateTimeLocal(frame.reconfirmUntil, zone) : "",
          reconfirmPolicy: frame.reconfirmPolicy === "REMIND" ? "REMIND" : "RELEASE",
          requiresReport: frame.requiresReport,
        }}
      />
    </div>
  );
}
