import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { CheckInDesk } from "@/components/frames/check-in-desk";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { canManageEvents } from "@/lib/groups/policy";
import { or404 } from "@/lib/pages";
import { eventFramesWithCounts } from "@/lib/registrations/data";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title"), robots: { index: false, follow: false } };
}

// A ticket code is opaque and URL-safe (the QR code's URL carries it).
const CODE = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The staff's check-in page, made for a phone at the door. Opening a ticket's QR code URL
 * (`?code=`) only offers to check it in: a GET never changes anything.
 */
export default async function CheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ code?: string }> }) {
  const [{ id }, { code }] = await Promise.all([params, searchParams]);
  const ticketCode = code && CODE.test(code) ? code : undefined;
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/checkin${ticketCode ? `?code=${ticketCode}` : ""}`)}`);
  const { event, role } = await or404(getEventForViewer(id, actor));
  if (!canManageEvents(role)) notFound();
  const [frames, t] = await Promise.all([eventFramesWithCounts(event.id), getTranslations("checkin")]);
  const attended = frames.reduce((n, f) => n + f.counts.attended, 0);
  const seated = frames.reduce((n, f) => n + f.counts.confirmed + f.counts.attended, 0);
  return (
    <div className="mx-auto max-w-md space-y-4">
      <header>
        <p className="text-sm">
          <Link href={`/events/${event.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {event.title}
          </Link>
        </p>
        <div className="mt-1 flex flex-wrap items-baseline justify-between gap-2">
          <h1 className="text-2xl font-bold">{t("title")}</h1>
          <p className="text-lg font-semibold tabular-nums" data-testid="checkin-counter">
            {t("counter", { attended, seated })}
          </p>
        </div>
      </header>
      <CheckInDesk eventId={event.id} timezone={event.timezone} code={ticketCode} />
      <p className="text-sm">
        <Link href={`/events/${event.id}/manage`} className="text-sky-800 underline dark:text-sky-300">
          {t("manage")}
        </Link>
      </p>
    </div>
  );
}
