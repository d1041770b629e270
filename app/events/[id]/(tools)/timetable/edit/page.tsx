import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { clockRange, dayKey, formatDay, zoneName } from "@/components/schedule/clock";
import { ConflictList } from "@/components/schedule/conflict-list";
import { DeleteSlot, PublishSchedule } from "@/components/schedule/editor-buttons";
import { AddRoomForm, RoomRow } from "@/components/schedule/room-manager";
import { type PlaceableTalk, SlotForm, type SlotFormValues } from "@/components/schedule/slot-form";
import { getActor } from "@/lib/auth";
import { currentLocale } from "@/lib/i18n/server";
import { or404 } from "@/lib/pages";
import { pendingChanges, SLOT_KINDS, scheduleForViewer } from "@/lib/schedule/service";
import { talksForEvent } from "@/lib/talks/service";
import { toDateTimeLocal } from "@/lib/time";
import { EventHeading } from "@/components/events/event-heading";
import { TimetableGridSection } from "@/components/schedule/timetable-grid-section";
import { WarningIcon } from "@/components/ui/icons";

export async function generateMetadata() {
  return { title: (await getTranslations("schedule.editor"))("title") };
}

const card = "rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900";

/** Organizers build the timetable: rooms, talks and fixed items, conflicts, publishing. */
export default async function TimetableEditPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ slot?: string }> }) {
  const [{ id }, { slot: editId }] = await Promise.all([params, searchParams]);
  const actor = await getActor();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/events/${id}/timetable/edit`)}`);
  const schedule = await or404(scheduleForViewer(actor, id));
  if (!schedule.organizer) notFound();
  const { event, rooms, slots, conflicts } = schedule;
  const [talks, t, tk, locale, pending] = await Promise.all([talksForEvent(actor, id), getTranslations("schedule.editor"), getTranslations("schedule.kinds"), currentLocale(), pendingChanges(id)]);
  const tz = event.timezone;
  const zone = `${tz} (${zoneName(event.startsAt, tz, locale)})`;
  const editing = editId ? (slots.find((s) => s.id === editId) ?? null) : null;

  const placeable: PlaceableTalk[] = talks
    .filter((p) => p.status === "CONFIRMED" && (!p.slot || p.id === editing?.proposalId))
    .map((p) => ({ id: p.id, title: p.title, minutes: p.minutes, speakers: p.speakers.filter((s) => s.acceptedAt).map((s) => s.user.name ?? s.user.handle).join(", ") }));
  const unplaced = talks.filter((p) => p.status === "CONFIRMED" && !p.slot);

  // A new slot starts where the timetable ends, or at the event's start.
  const lastEnd = slots.reduce((m, s) => (s.endsAt > m ? s.endsAt : m), event.startsAt);
  const values: SlotFormValues = editing
    ? { slotId: editing.id, kind: editing.kind, roomId: editing.roomId ?? "", startsAt: toDateTimeLocal(editing.startsAt, tz), endsAt: toDateTimeLocal(editing.endsAt, tz), title: editing.title, proposalId: editing.proposalId ?? "" }
    : { kind: placeable.length ? "talk" : "opening", roomId: placeable.length ? (rooms[0]?.id ?? "") : "", startsAt: toDateTimeLocal(lastEnd, tz), endsAt: toDateTimeLocal(new Date(lastEnd.getTime() + (placeable[0]?.minutes ?? 10) * 60_000), tz), title: "", proposalId: "" };

  const conflicted = new Set(conflicts.flatMap((c) => c.slotIds));
  const days = new Map<string, typeof slots>();
  for (const s of slots) days.set(dayKey(s.startsAt, tz), [...(days.get(dayKey(s.startsAt, tz)) ?? []), s]);
  const roomName = (roomId: string | null) => (roomId ? (rooms.find((r) => r.id === roomId)?.name ?? "") : t("allRooms"));

  return (
    <div className="space-y-6">
      <header>
        <EventHeading event={event} title={t("title")} />
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("zone", { zone })}</p>
      </header>

      <section aria-labelledby="tt-publish" className={`${card} flex flex-wrap items-center gap-3`}>
        <h2 id="tt-publish" className="sr-only">
          {t("publishing")}
        </h2>
        <p className="text-sm font-medium" data-testid="publish-state">
          {event.schedulePublished ? t("isPublished") : t("isNotPublished")}
        </p>
        <PublishSchedule eventId={event.id} published={event.schedulePublished} nextVersion={schedule.version + 1} pending={pending.length} />
        <Link href={`/events/${event.id}/schedule`} className="text-sm text-sky-800 underline dark:text-sky-300">
          {t("viewSchedule")}
        </Link>
      </section>

      <section aria-labelledby="tt-conflicts">
        <h2 id="tt-conflicts" className="mb-2 text-lg font-semibold">
          {t("conflicts")}
        </h2>
        <ConflictList schedule={schedule} locale={locale} />
      </section>

      <TimetableGridSection schedule={schedule} talks={talks} locale={locale} />

      <section aria-labelledby="tt-rooms" className={card}>
        <h2 id="tt-rooms" className="mb-1 text-lg font-semibold">
          {t("rooms")}
        </h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("roomsHelp")}</p>
        {rooms.length > 0 && (
          <ol className="grid gap-2 sm:grid-cols-2">
            {rooms.map((r, i) => (
              <RoomRow key={`${r.id}:${r.name}:${r.capacity}`} eventId={event.id} room={r} first={i === 0} last={i === rooms.length - 1} />
            ))}
          </ol>
        )}
        <AddRoomForm eventId={event.id} />
      </section>

      <section aria-labelledby="slot-form" className={card} id="slot-editor">
        <h2 id="slot-form" className="mb-3 text-lg font-semibold">
          {editing ? t("editSlot") : t("addSlot")}
        </h2>
        {unplaced.length > 0 && !editing && <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("unplaced", { count: unplaced.length })}</p>}
        <SlotForm key={editing?.id ?? `new:${slots.length}`} eventId={event.id} zone={zone} kinds={SLOT_KINDS} rooms={rooms.map((r) => ({ id: r.id, name: r.name }))} talks={placeable} values={values} />
      </section>

      <section aria-labelledby="tt-slots">
        <h2 id="tt-slots" className="mb-2 text-lg font-semibold">
          {t("slots")}
        </h2>
        {slots.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("noSlots")}</p>
        ) : (
          [...days.entries()].map(([key, daySlots]) => (
            <div key={key} className="mb-4">
              <h3 className="mb-2 text-sm font-semibold">{formatDay(daySlots[0]!.startsAt, tz, locale)}</h3>
              <ul className="grid gap-2" data-testid="slot-list">
                {daySlots.map((s) => {
                  const title = s.proposal?.title ?? (s.title || tk(s.kind));
                  return (
                    <li key={s.id} className={`flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border bg-white p-3 dark:bg-slate-900 ${conflicted.has(s.id) ? "border-amber-400 dark:border-amber-600" : "border-slate-200 dark:border-slate-800"}`} data-testid="slot-row" aria-label={title}>
                      <span className="w-28 shrink-0 text-sm font-semibold tabular-nums">{clockRange(s.startsAt, s.endsAt, tz)}</span>
                      <span className="w-28 shrink-0 text-sm text-slate-600 dark:text-slate-400" data-testid="slot-room">
                        {roomName(s.roomId)}
                      </span>
                      <span className="min-w-40 flex-1 text-sm">
                        <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-800">{tk(s.kind)}</span>
                        {conflicted.has(s.id) && (
                          <span className="mr-1 inline-flex items-center text-amber-700 dark:text-amber-300">
                            <WarningIcon />
                            <span className="sr-only">{t("hasConflict")}</span>
                          </span>
                        )}
                        {title}
                        {s.proposal && <span className="block text-xs text-slate-600 dark:text-slate-400">{s.proposal.speakers.map((sp) => sp.user.name ?? sp.user.handle).join(", ")}</span>}
                      </span>
                      <span className="flex gap-2">
                        <Link href={`/events/${event.id}/timetable/edit?slot=${s.id}#slot-editor`} className="inline-flex items-center rounded-md border border-slate-300 px-3 py-2 text-sm font-semibold dark:border-slate-600" aria-label={t("editLabel", { title })}>
                          {t("edit")}
                        </Link>
                        <DeleteSlot eventId={event.id} slotId={s.id} title={title} />
                      </span>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))
        )}
      </section>
    </div>
  );
}
