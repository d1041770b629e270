import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { DoorList } from "@/components/door/door-list";
import { WalkInForm } from "@/components/door/walk-in-form";
import { CheckInDesk } from "@/components/frames/check-in-desk";
import { buttonClass, inputClass } from "@/components/ui/styles";
import { getActor } from "@/lib/auth";
import { eventForDoor, searchDoor } from "@/lib/door/service";
import { isAppError } from "@/lib/errors";
import { currentLocale } from "@/lib/i18n/server";
import { eventFramesWithCounts } from "@/lib/registrations/data";
import { formatTime } from "@/lib/time";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin"))("title"), robots: { index: false, follow: false } };
}

// A ticket code is opaque and URL-safe (the QR code's URL carries it).
const CODE = /^[A-Za-z0-9_-]{1,200}$/;
const sectionClass = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/**
 * The door (受付), made for a phone: organizers and the event's receptionists. Opening a ticket's
 * QR code URL (`?code=`) only offers to check it in: a GET never changes anything. `?q=` finds
 * people by name, handle or receipt number.
 */
export default async function CheckInPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ code?: string; q?: string }> }) {
  const [{ id }, { code, q: rawQ }] = await Promise.all([params, searchParams]);
  const ticketCode = code && CODE.test(code) ? code : undefined;
  const q = typeof rawQ === "string" ? rawQ.trim().slice(0, 100) : "";
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/checkin${ticketCode ? `?code=${ticketCode}` : ""}`)}`);
  const { event, role } = await eventForDoor(actor, id).catch((e: unknown) => {
    if (isAppError(e) && (e.code === "NOT_FOUND" || e.code === "FORBIDDEN")) notFound();
    throw e;
  });
  const [frames, t, td, locale, found] = await Promise.all([eventFramesWithCounts(event.id), getTranslations("checkin"), getTranslations("door"), currentLocale(), q ? searchDoor(actor, event.id, q) : Promise.resolve(null)]);
  const attended = frames.reduce((n, f) => n + f.counts.attended, 0);
  const seated = frames.reduce((n, f) => n + f.counts.confirmed + f.counts.attended, 0);
  // Seats a walk-in may take: nobody waits for them and no lottery is still to decide them.
  const walkInFrames = frames
    .filter(({ frame }) => !frame.forSpeakers && (frame.method !== "LOTTERY" || frame.drawState === "DRAWN"))
    .map(({ frame, counts }) => ({ id: frame.id, name: frame.name, free: counts.waitlisted > 0 ? 0 : Math.max(0, frame.capacity - counts.confirmed - counts.attended) }));
  const rows = (found ?? []).map((r) => ({ ...r, checkedInAt: r.checkedInAt?.toISOString() ?? null, checkedInText: r.checkedInAt ? formatTime(r.checkedInAt, event.timezone, locale) : null }));
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
        {role === "receptionist" && <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{td("asReceptionist")}</p>}
      </header>

      <section aria-labelledby="door-search-heading" className={sectionClass}>
        <h2 id="door-search-heading" className="mb-2 font-semibold">
          {td("searchTitle")}
        </h2>
        <form method="get" role="search" aria-labelledby="door-search-heading" className="flex flex-wrap items-end gap-2">
          <label className="min-w-0 flex-1">
            <span className="block text-sm font-medium">{td("searchLabel")}</span>
            <input type="search" name="q" defaultValue={q} maxLength={100} autoComplete="off" className={inputClass} />
          </label>
          <button type="submit" className={buttonClass("secondary")}>
            {td("searchSubmit")}
          </button>
        </form>
        {found && (
          <div className="mt-3">
            <DoorList eventId={event.id} rows={rows} />
          </div>
        )}
      </section>

      <CheckInDesk eventId={event.id} timezone={event.timezone} code={ticketCode} />

      <section aria-labelledby="walk-in-heading" className={sectionClass}>
        <h2 id="walk-in-heading" className="mb-2 font-semibold">
          {td("walkInTitle")}
        </h2>
        <WalkInForm eventId={event.id} frames={walkInFrames} />
      </section>

      {role === "organizer" && (
        <p className="text-sm">
          <Link href={`/events/${event.id}/manage`} className="text-sky-800 underline dark:text-sky-300">
            {t("manage")}
          </Link>
        </p>
      )}
    </div>
  );
}
