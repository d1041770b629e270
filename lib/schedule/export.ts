// Timetable exports at stable URLs: the API's Schedule JSON, iCalendar (whole timetable or one
// talk) and frab-compatible XML for conference apps such as Giggity and ConfClerk.
import { createHash } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { dateFormat } from "../date-format";
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
    dateFormat("en-CA", { timeZone: tz, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  const offsetMin = Math.round((Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!) - d.getTime()) / 60_000);
  const sign = offsetMin >= 0 ? "+" : "-";
  const off = `${sign}${String(Math.floor(Math.abs(offsetMin) / 60)).padStart(2, "0")}:${String(Math.abs(offsetMin) % 60).padStart(2, "0")}`;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, iso: `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${off}` };
}

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/**
 * frab readers key events by a positive integer id and a UUID guid (the frab format as
 * voc/schedule describes it requires both). Hako's ids are cuids, so the id is a stable 31-bit
 * number hashed from the slot id (a collision within one timetable takes the next free number, in
 * creation order), the guid a name-based UUID (version 5 layout) of the slot id, and the slug
 * keeps Hako's own ids.
 */
export function frabIds(slots: { id: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  const used = new Set<number>();
  for (const x of slots) {
    let n = (createHash("sha256").update(x.id).digest().readUInt32BE(0) % 2_147_483_646) + 1;
    while (used.has(n)) n = (n % 2_147_483_646) + 1;
    used.add(n);
    out.set(x.id, n);
  }
  return out;
}

export function uuidFor(name: string): string {
  const h = createHash("sha1").update(`hako:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

type FrabEvent = { slot: Slot; id: number; guid: string; slug: string; roomName: string; l: ReturnType<typeof local>; minutes: number };
type FrabDay = { index: number; date: string; start: string; end: string; rooms: { name: string; events: FrabEvent[] }[] };

/** The timetable by local day and room, in frab's terms; at least one day (frab requires one). */
function frabDays(s: Schedule): FrabDay[] {
  const tz = s.event.timezone;
  const roomOf = (x: Slot) => (x.roomId ? (s.rooms.find((r) => r.id === x.roomId)?.name ?? "") : (s.rooms[0]?.name ?? "Main"));
  const ids = frabIds([...s.slots].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)));
  const days = new Map<string, Slot[]>();
  for (const x of s.slots) {
    const d = local(x.startsAt, tz).date;
    days.set(d, [...(days.get(d) ?? []), x]);
  }
  if (!days.size) days.set(local(s.event.startsAt, tz).date, []);
  const allRooms = s.rooms.map((r) => r.name);
  return [...days.keys()].sort().map((date, i) => {
    const slots = days.get(date)!;
    const first = slots[0]?.startsAt ?? s.event.startsAt;
    const last = slots.reduce((m, x) => (x.endsAt > m ? x.endsAt : m), slots[0]?.endsAt ?? s.event.endsAt);
    const names = [...new Set(slots.map(roomOf))];
    const ordered = allRooms.length ? [...allRooms.filter((r) => names.includes(r)), ...names.filter((n) => !allRooms.includes(n))] : names;
    return {
      index: i + 1,
      date,
      start: local(first, tz).iso,
      end: local(last, tz).iso,
      rooms: ordered.map((name) => ({
        name,
        events: slots
          .filter((x) => roomOf(x) === name)
          .map((x) => ({ slot: x, id: ids.get(x.id)!, guid: uuidFor(x.id), slug: `${s.event.id}-${x.id}`.toLowerCase(), roomName: name, l: local(x.startsAt, tz), minutes: Math.round((x.endsAt.getTime() - x.startsAt.getTime()) / 60_000) })),
      })),
    };
  });
}

const trackOf = (p: Slot["proposal"]) => (p ? ((JSON.parse(p.tags) as string[])[0] ?? "") : "");
const eventUrl = (s: Schedule, x: Slot) => (x.proposal ? talkUrl(x.proposal.id) : `${publicBaseUrl()}/events/${s.event.id}/schedule`);

/** frab's schedule.xml (the frab format as voc/schedule describes it): version, conference, days, rooms, events. */
export function scheduleToFrab(s: Schedule): string {
  const tz = s.event.timezone;
  const days = frabDays(s);
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>", '  <generator name="Hako"/>', `  <version>${s.version}</version>`, "  <conference>"];
  lines.push(`    <acronym>${esc(s.event.id)}</acronym>`, `    <title>${esc(s.event.title)}</title>`);
  lines.push(`    <start>${local(s.event.startsAt, tz).date}</start>`, `    <end>${local(s.event.endsAt, tz).date}</end>`);
  lines.push(`    <days>${days.length}</days>`, "    <timeslot_duration>00:05</timeslot_duration>", `    <base_url>${esc(publicBaseUrl())}/</base_url>`, `    <time_zone_name>${esc(tz)}</time_zone_name>`, "  </conference>");
  for (const day of days) {
    lines.push(`  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`);
    for (const room of day.rooms) {
      lines.push(`    <room name="${esc(room.name)}">`);
      for (const e of room.events) {
        const x = e.slot;
        const p = x.proposal;
        lines.push(`      <event guid="${e.guid}" id="${e.id}">`);
        lines.push(`        <date>${e.l.iso}</date>`, `        <start>${e.l.time}</start>`, `        <duration>${hhmm(e.minutes)}</duration>`, `        <room>${esc(e.roomName)}</room>`);
        lines.push(`        <slug>${esc(e.slug)}</slug>`, `        <url>${esc(eventUrl(s, x))}</url>`);
        lines.push(`        <title>${esc(slotTitle(x))}</title>`, "        <subtitle></subtitle>", `        <track>${esc(trackOf(p))}</track>`);
        lines.push(`        <type>${esc(p ? p.formatName : x.kind)}</type>`, `        <language>${p?.language ?? ""}</language>`);
        lines.push(`        <abstract>${esc(p?.abstract ?? "")}</abstract>`, "        <description></description>");
        lines.push("        <persons>");
        for (const sp of p?.speakers ?? []) lines.push(`          <person>${esc(sp.user.name ?? sp.user.handle ?? "")}</person>`);
        lines.push("        </persons>", "        <links></links>", "      </event>");
      }
      lines.push("    </room>");
    }
    lines.push("  </day>");
  }
  lines.push("</schedule>", "");
  return lines.join("\n");
}

/** The frab-style schedule JSON (`schedule.json`), in the shape voc/schedule describes. */
export function scheduleToFrabJson(s: Schedule) {
  const tz = s.event.timezone;
  const days = frabDays(s);
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: "Hako" },
    schedule: {
      version: String(s.version),
      base_url: `${publicBaseUrl()}/`,
      conference: {
        acronym: s.event.id,
        title: s.event.title,
        start: local(s.event.startsAt, tz).date,
        end: local(s.event.endsAt, tz).date,
        daysCount: days.length,
        timeslot_duration: "00:05",
        time_zone_name: tz,
        url: `${publicBaseUrl()}/events/${s.event.id}`,
        rooms: s.rooms.map((r) => ({ name: r.name, guid: uuidFor(r.id) })),
        days: days.map((d) => ({
          index: d.index,
          date: d.date,
          day_start: d.start,
          day_end: d.end,
          rooms: Object.fromEntries(
            d.rooms.map((r) => [
              r.name,
              r.events.map((e) => ({
                id: e.id,
                guid: e.guid,
                date: e.l.iso,
                // c3voc readers expect a date-time here (frab's own JSON writes "HH:MM").
                start: e.l.iso,
                duration: hhmm(e.minutes),
                room: e.roomName,
                slug: e.slug,
                url: eventUrl(s, e.slot),
                title: slotTitle(e.slot),
                subtitle: "",
                track: trackOf(e.slot.proposal) || null,
                type: e.slot.proposal ? e.slot.proposal.formatName : e.slot.kind,
                language: e.slot.proposal?.language ?? "",
                abstract: e.slot.proposal?.abstract ?? "",
                description: "",
                persons: (e.slot.proposal?.speakers ?? []).map((sp) => ({ name: sp.user.name ?? sp.user.handle ?? "", guid: uuidFor(sp.user.id) })),
                links: [],
              })),
            ]),
          ),
        })),
      },
    },
  };
}
