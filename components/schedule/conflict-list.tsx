import { getTranslations } from "next-intl/server";
import type { Conflict } from "@/lib/schedule/conflicts";
import type { Schedule } from "@/lib/schedule/service";
import type { Locale } from "@/lib/time";
import { clockRange } from "./clock";
import { WarningIcon } from "@/components/ui/icons";

type Slot = Schedule["slots"][number];

/** Every timetable conflict, said in words an organizer can act on. */
export async function ConflictList({ schedule }: { schedule: Pick<Schedule, "event" | "rooms" | "slots" | "conflicts">; locale: Locale }) {
  const t = await getTranslations("schedule.conflicts");
  const tk = await getTranslations("schedule.kinds");
  const { event, rooms, slots, conflicts } = schedule;
  const tz = event.timezone;
  const byId = new Map(slots.map((s) => [s.id, s]));
  const title = (s: Slot) => s.proposal?.title ?? (s.title || tk(s.kind));
  const overlap = (a: Slot, b: Slot) => clockRange(new Date(Math.max(a.startsAt.getTime(), b.startsAt.getTime())), new Date(Math.min(a.endsAt.getTime(), b.endsAt.getTime())), tz);
  const roomName = (id: string | null) => (id ? (rooms.find((r) => r.id === id)?.name ?? "?") : t("allRooms"));
  const speakerName = (a: Slot, userId: string) => {
    const u = a.proposal?.speakers.find((s) => s.userId === userId)?.user;
    return u?.name ?? u?.handle ?? "?";
  };

  function explain(c: Conflict): string | null {
    const a = byId.get(c.slotIds[0]);
    if (!a) return null;
    if (c.kind === "roomDoubleBooked" || c.kind === "speakerOverlap") {
      const b = byId.get(c.slotIds[1]);
      if (!b) return null;
      const params = { time: overlap(a, b), a: title(a), b: title(b) };
      return c.kind === "roomDoubleBooked" ? t("roomDoubleBooked", { room: roomName(c.roomId), ...params }) : t("speakerOverlap", { speaker: speakerName(a, c.speakerId), ...params });
    }
    if (c.kind === "talkTooLong") return t("talkTooLong", { title: title(a), minutes: c.minutes, slotMinutes: c.slotMinutes });
    return t("speakerUnavailable", { title: title(a), time: clockRange(a.startsAt, a.endsAt, tz), speaker: speakerName(a, c.speakerId) });
  }

  const lines = conflicts.map(explain).filter((x): x is string => x !== null);
  if (!lines.length) return <p className="text-sm text-emerald-800 dark:text-emerald-300">{t("none")}</p>;
  return (
    <ul className="space-y-1 rounded-md bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-testid="conflicts">
      {lines.map((line, i) => (
        <li key={i} className="flex gap-2">
          <WarningIcon className="mt-0.5 inline-block shrink-0" />
          <span>{line}</span>
        </li>
      ))}
    </ul>
  );
}
