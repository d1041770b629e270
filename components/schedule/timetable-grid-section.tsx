import { getTranslations } from "next-intl/server";
import { gridDays } from "@/lib/schedule/grid";
import type { Schedule } from "@/lib/schedule/service";
import type { Locale } from "@/lib/time";
import { formatDay } from "./clock";
import { TimetableGrid, type GridItem, type GridTalk } from "./timetable-grid";

type Talk = { id: string; title: string; minutes: number; status: string; speakers: { acceptedAt: Date | null; user: { name: string | null; handle: string | null } }[] };

/** The grid editor on wide screens; phones keep the form below (the grid needs room and a pointer or keyboard). */
export async function TimetableGridSection({ schedule, talks, locale }: { schedule: Schedule; talks: Talk[]; locale: Locale }) {
  const t = await getTranslations("schedule.grid");
  const { event, rooms, slots } = schedule;
  const tz = event.timezone;
  const items: GridItem[] = slots.map((s) => ({
    id: s.id,
    roomId: s.roomId,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    kind: s.kind,
    title: s.proposal?.title ?? s.title,
    speakers: s.proposal?.speakers.map((sp) => sp.user.name ?? sp.user.handle).join(", ") ?? "",
    speakerIds: s.proposal?.speakers.map((sp) => sp.userId) ?? [],
    talkMinutes: s.proposal?.minutes ?? null,
    proposalId: s.proposalId,
    version: s.version,
  }));
  const confirmed: GridTalk[] = talks
    .filter((p) => p.status === "CONFIRMED")
    .map((p) => ({ id: p.id, title: p.title, minutes: p.minutes, speakers: p.speakers.filter((s) => s.acceptedAt).map((s) => s.user.name ?? s.user.handle).join(", ") }));
  const days = gridDays(event, slots, tz).map((d) => ({ key: d.key, label: formatDay(new Date(d.from.getTime() + 60_000), tz, locale), from: d.from.toISOString(), to: d.to.toISOString() }));
  return (
    <section aria-labelledby="tt-grid" className="hidden md:block" data-testid="grid-section">
      <h2 id="tt-grid" className="mb-1 text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("help")}</p>
      {rooms.length === 0 ? null : (
        <TimetableGrid eventId={event.id} timezone={tz} event={{ startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString() }} rooms={rooms.map((r) => ({ id: r.id, name: r.name }))} items={items} talks={confirmed} days={days} />
      )}
    </section>
  );
}
