import { getTranslations } from "next-intl/server";
import Link from "next/link";
import type { CSSProperties } from "react";
import type { Schedule } from "@/lib/schedule/service";
import type { Locale } from "@/lib/time";
import { clock, clockRange, dayKey, formatDay, minutesBetween } from "./clock";
import { NowProvider, SlotFrame } from "./now-next";

type Slot = Schedule["slots"][number];
type Room = Schedule["rooms"][number];

const FIXED_TONE = "bg-slate-100 dark:bg-slate-800";
const TALK_TONE = "bg-white dark:bg-slate-900 border border-slate-200 dark:border-slate-700";

/** The published timetable: a grid with rooms as columns on wide screens, a list by time on phones. */
export async function Timetable({ schedule, locale }: { schedule: Pick<Schedule, "event" | "rooms" | "slots">; locale: Locale }) {
  const t = await getTranslations("schedule");
  const { event, rooms, slots } = schedule;
  const tz = event.timezone;
  if (!slots.length) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("empty")}</p>;
  const days = new Map<string, Slot[]>();
  for (const s of slots) days.set(dayKey(s.startsAt, tz), [...(days.get(dayKey(s.startsAt, tz)) ?? []), s]);
  const times = slots.map((s) => ({ id: s.id, startsAt: s.startsAt.getTime(), endsAt: s.endsAt.getTime() }));
  return (
    <NowProvider slots={times}>
      <div className="space-y-8">
        {[...days.entries()].map(([key, daySlots]) => (
          <section key={key} aria-label={formatDay(daySlots[0]!.startsAt, tz, locale)}>
            {/* Always a level-2 heading, so the phone list's times (h3) follow in order; shown when there are several days. */}
            <h2 className={days.size > 1 ? "mb-3 text-lg font-semibold keep-phrases" : "sr-only"}>{formatDay(daySlots[0]!.startsAt, tz, locale)}</h2>
            <DayGrid slots={daySlots} rooms={rooms} timezone={tz} />
            <DayList slots={daySlots} rooms={rooms} timezone={tz} />
          </section>
        ))}
      </div>
    </NowProvider>
  );
}

async function SlotBody({ slot, timezone, roomName }: { slot: Slot; timezone: string; roomName?: string }) {
  const t = await getTranslations("schedule");
  const title = slot.proposal?.title ?? (slot.title || t(`kinds.${slot.kind}`));
  const speakers = slot.proposal?.speakers.map((s) => s.user.name ?? s.user.handle).filter(Boolean) ?? [];
  const slides = slot.proposal?.materials[0];
  return (
    <>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <time dateTime={slot.startsAt.toISOString()}>{clockRange(slot.startsAt, slot.endsAt, timezone)}</time>
        {roomName && <span className="ml-2">{roomName}</span>}
      </p>
      <p className="font-semibold leading-snug" data-testid="slot-title">
        {slot.proposal ? (
          <Link href={`/talks/${slot.proposal.id}`} className="text-sky-800 hover:underline dark:text-sky-300">
            {title}
          </Link>
        ) : (
          title
        )}
      </p>
      {speakers.length > 0 && <p className="text-sm text-slate-700 dark:text-slate-300">{speakers.join(", ")}</p>}
      {slides && (
        <p className="text-xs">
          <a href={slides.url ?? `/materials/${slides.id}/file`} className="text-sky-800 underline dark:text-sky-300" rel="noopener noreferrer" target={slides.url ? "_blank" : undefined}>
            {t("slides")}
          </a>
        </p>
      )}
    </>
  );
}

function DayGrid({ slots, rooms, timezone }: { slots: Slot[]; rooms: Room[]; timezone: string }) {
  const columns = rooms.length ? rooms : [null];
  const roomIndex = new Map(rooms.map((r, i) => [r.id, i]));
  const bounds = [...new Set(slots.flatMap((s) => [s.startsAt.getTime(), s.endsAt.getTime()]))].sort((a, b) => a - b);
  const row = (ms: number) => bounds.indexOf(ms) + 2;
  const rowSizes = bounds.slice(1).map((end, i) => `minmax(${Math.max(2.5, ((end - bounds[i]!) / 60_000) * 0.12).toFixed(2)}rem, auto)`);
  const style: CSSProperties = { gridTemplateColumns: `4rem repeat(${columns.length}, minmax(9rem, 1fr))`, gridTemplateRows: `auto ${rowSizes.join(" ")}` };
  return (
    <div className="hidden overflow-x-auto md:block">
      <div className="grid gap-1" style={style} data-testid="timetable-grid">
        {columns.map((r, i) => (
          <div key={r?.id ?? "all"} className="sticky top-0 rounded-md bg-sky-800 px-2 py-1 text-center text-sm font-semibold text-white" style={{ gridRow: 1, gridColumn: i + 2 }} data-testid="room-header">
            {r?.name ?? ""}
          </div>
        ))}
        {bounds.slice(0, -1).map((ms) => (
          <div key={ms} className="pr-1 text-right text-xs tabular-nums text-slate-600 dark:text-slate-400" style={{ gridRow: row(ms), gridColumn: 1 }}>
            {clock(new Date(ms), timezone)}
          </div>
        ))}
        {slots.map((s) => {
          const i = s.roomId !== null ? roomIndex.get(s.roomId) : undefined;
          const span = i === undefined ? { gridColumn: "2 / -1" } : { gridColumn: i + 2 };
          const room = i === undefined ? null : rooms[i]!;
          return (
            <SlotFrame
              key={s.id}
              id={s.id}
              className={`rounded-md p-2 text-sm ${s.proposal ? TALK_TONE : FIXED_TONE} ${minutesBetween(s.startsAt, s.endsAt) <= 10 ? "py-1" : ""}`}
              style={{ gridRow: `${row(s.startsAt.getTime())} / ${row(s.endsAt.getTime())}`, ...span }}
              data-room={room?.name ?? ""}
            >
              {room && <span className="sr-only">{room.name}</span>}
              <SlotBody slot={s} timezone={timezone} />
            </SlotFrame>
          );
        })}
      </div>
    </div>
  );
}

async function DayList({ slots, rooms, timezone }: { slots: Slot[]; rooms: Room[]; timezone: string }) {
  const t = await getTranslations("schedule");
  const groups = new Map<number, Slot[]>();
  for (const s of slots) groups.set(s.startsAt.getTime(), [...(groups.get(s.startsAt.getTime()) ?? []), s]);
  const roomName = (s: Slot) => (s.roomId ? (rooms.find((r) => r.id === s.roomId)?.name ?? t("allRooms")) : rooms.length > 1 ? t("allRooms") : undefined);
  return (
    <ol className="space-y-4 md:hidden" data-testid="timetable-list">
      {[...groups.entries()].map(([ms, group]) => (
        <li key={ms}>
          <h3 className="mb-1 text-sm font-bold tabular-nums">{clock(new Date(ms), timezone)}</h3>
          <ul className="space-y-2">
            {group.map((s) => (
              <SlotFrame key={s.id} id={s.id} as="li" className={`rounded-md p-3 ${s.proposal ? TALK_TONE : FIXED_TONE}`}>
                <SlotBody slot={s} timezone={timezone} roomName={roomName(s)} />
              </SlotFrame>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
