// Timetable exports at stable URLs: the API's Schedule JSON, iCalendar (whole timetable or one
// talk) and frab-compatible XML for conference apps such as Giggity and ConfClerk.
import { createEvents, type EventAttributes } from "ics";
import { publicBaseUrl } from "../env";
import type { Schedule } from "./service";
import { describeChange } from "./versions";

type Slot = Schedule["slots"][number];
type Room = Schedule["rooms"][number];

export { slotTitle } from "./titles";
import { slotTitle } from "./titles";

const talkUrl = (id: string) => `${publicBaseUrl()}/talks/${id}`;

/** ISO time with the event's offset, as the API writes times in changelog lines. */
const isoLocal = (iso: string, tz: string) => local(new Date(iso), tz).iso;

/** A published version as the API shows it: English lines, and the structured changes. */
export function versionJson(v: Schedule["versions"][number], tz: string) {
  return { version: v.version, at: v.at.toISOString(), changes: v.changes.map((c) => describeChange(c, (iso) => isoLocal(iso, tz))), details: v.changes };
}

export function toScheduleJson(s: Schedule) {
  return {
    eventId: s.event.id,
    published: s.event.schedulePublished,
    version: s.version,
    changelog: s.versions.map((v) => versionJson(v, s.event.timezone)),
    timezone: s.event.timezone,
    rooms: s.rooms.map((r) => ({ id: r.id, name: r.name, order: r.sortOrder, capacity: r.capacity })),
    items: s.slots.map((x) => ({
      id: x.id,
      roomId: x.roomId,
      startsAt: x.startsAt.toISOString(),
      endsAt: x.endsAt.toISOString(),
      // The API's fixed kinds have no reception (受付); it travels as "other" with its title.
      kind: x.kind === "reception" ? "other" : x.kind,
      title: slotTitle(x),
      talkId: x.proposalId,
      speakers: x.proposal?.speakers.map((sp) => ({ userId: sp.user.id, name: sp.user.name, handle: sp.user.handle })) ?? [],
    })),
  };
}

function utcParts(d: Date): [number, number, number, number, number] {
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
}

function slotToIcs(s: Schedule, x: Slot, rooms: Map<string, Room>): EventAttributes {
  const speakers = x.proposal?.speakers.map((sp) => sp.user.name ?? sp.user.handle).filter(Boolean).join(", ");
  const room = x.roomId ? rooms.get(x.roomId)?.name : undefined;
  const url = x.proposalId ? talkUrl(x.proposalId) : `${publicBaseUrl()}/events/${s.event.id}/schedule`;
  return {
    uid: `slot-${x.id}@hako`,
    productId: "hako/schedule",
    title: slotTitle(x),
    description: [speakers, x.proposal?.abstract, url].filter(Boolean).join("\n\n"),
    start: utcParts(x.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utcParts(x.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: [room, s.event.venueName].filter(Boolean).join(", ") || undefined,
    url,
    categories: [s.event.title],
  };
}

export function scheduleToIcs(s: Schedule, onlySlotId?: string): string {
  const rooms = new Map(s.rooms.map((r) => [r.id, r]));
  const slots = s.slots.filter((x) => !onlySlotId || x.id === onlySlotId);
  if (!slots.length) return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:hako/schedule\r\nEND:VCALENDAR\r\n";
  const { error, value } = createEvents(slots.map((x) => slotToIcs(s, x, rooms)), { calName: s.event.title });
  if (error || !value) throw error ?? new Error("ics generation failed");
  return value;
}

const esc = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** Local date and time parts in the event's zone: frab lists days and starts in local time. */
function local(d: Date, tz: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const offsetMin = Math.round((Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) - d.getTime()) / 60_000);
  const sign = offsetMin >= 0 ? "+" : "-";
  const off = `${sign}${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0")}:${String(Math.abs(offsetMin) % 60).padStart(2, "0")}`;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, iso: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${off}` };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** frab's schedule.xml: conference, then days, rooms and events. */
export function scheduleToFrab(s: Schedule): string {
  const tz = s.event.timezone;
  const days = new Map<string, Slot[]>();
  for (const x of s.slots) {
    const d = local(x.startsAt, tz).date;
    days.set(d, [...(days.get(d) ?? []), x]);
  }
  const dayList = [...days.keys()].sort();
  const allRooms = s.rooms.map((r) => r.name);
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>", "  <version>1</version>", "  <conference>"];
  lines.push(`    <acronym>${esc(s.event.id)}</acronym>`, `    <title>${esc(s.event.title)}</title>`);
  lines.push(`    <start>${local(s.event.startsAt, tz).date}</start>`, `    <end>${local(s.event.endsAt, tz).date}</end>`);
  lines.push(`    <days>${Math.max(1, dayList.length)}</days>`, "    <timeslot_duration>00:05</timeslot_duration>", `    <time_zone_name>${esc(tz)}</time_zone_name>`, "  </conference>");
  dayList.forEach((date, i) => {
    const slots = days.get(date)!;
    const start = local(slots[0]!.startsAt, tz).iso;
    const end = local(slots.reduce((m, x) => (x.endsAt > m ? x.endsAt : m), slots[0]!.endsAt), tz).iso;
    lines.push(`  <day index="${i + 1}" date="${date}" start="${start}" end="${end}">`);
    const roomsOfDay = [...new Set(slots.map((x) => (x.roomId ? s.rooms.find((r) => r.id === x.roomId)?.name ?? "" : (allRooms[0] ?? "Main"))))];
    for (const roomName of allRooms.length ? allRooms.filter((r) => roomsOfDay.includes(r)) : roomsOfDay) {
      lines.push(`    <room name="${esc(roomName)}">`);
      for (const x of slots.filter((y) => (y.roomId ? s.rooms.find((r) => r.id === y.roomId)?.name : (allRooms[0] ?? "Main")) === roomName)) {
        const l = local(x.startsAt, tz);
        const minutes = Math.round((x.endsAt.getTime() - x.startsAt.getTime()) / 60_000);
        const p = x.proposal;
        lines.push(`      <event guid="${x.id}" id="${x.id}">`);
        lines.push(`        <date>${l.iso}</date>`, `        <start>${l.time}</start>`, `        <duration>${hhmm(minutes)}</duration>`, `        <room>${esc(roomName)}</room>`);
        lines.push(`        <slug>${esc(x.id)}</slug>`, `        <url>${esc(p ? talkUrl(p.id) : `${publicBaseUrl()}/events/${s.event.id}/schedule`)}</url>`);
        lines.push(`        <title>${esc(slotTitle(x))}</title>`, "        <subtitle></subtitle>", `        <track>${esc(p ? (JSON.parse(p.tags) as string[])[0] ?? "" : "")}</track>`);
        lines.push(`        <type>${esc(p ? p.formatName : x.kind)}</type>`, `        <language>${p?.language ?? ""}</language>`);
        lines.push(`        <abstract>${esc(p?.abstract ?? "")}</abstract>`, "        <description></description>");
        lines.push("        <persons>");
        for (const sp of p?.speakers ?? []) lines.push(`          <person id="${sp.user.id}">${esc(sp.user.name ?? sp.user.handle ?? "")}</person>`);
        lines.push("        </persons>", "        <links></links>", "      </event>");
      }
      lines.push("    </room>");
    }
    lines.push("  </day>");
  });
  lines.push("</schedule>", "");
  return lines.join("\n");
}
