// The grid editor's arithmetic: days in the event's zone, 5-minute snapping, moves and resizes.
// Pure (no server imports), so the browser computes a drop exactly as the tests check it.
import { parseDateTimeInZone, toDateTimeLocal } from "../time";

export const SNAP_MINUTES = 5;
const MINUTE = 60_000;

export const snap = (minutes: number) => Math.round(minutes / SNAP_MINUTES) * SNAP_MINUTES;

export type GridDay = {
  /** "2031-06-14" in the event's zone */
  key: string;
  /** The first and last instant the grid shows that day (whole hours). */
  from: Date;
  to: Date;
};

/** Local midnight of a "YYYY-MM-DD" day in the zone, as a UTC instant. */
const at = (day: string, hhmm: string, tz: string) => parseDateTimeInZone(`${day}T${hhmm}`, tz)!;
const dayOf = (d: Date, tz: string) => toDateTimeLocal(d, tz).slice(0, 10);

/**
 * One grid per local day the event or any item touches. Each shows whole hours from the earlier of
 * the event's start (that day) and the first item, to the later of the event's end and the last
 * item, so items before the start (受付) and after the end (懇親会) have a place.
 */
export function gridDays(event: { startsAt: Date; endsAt: Date }, items: { startsAt: Date; endsAt: Date }[], tz: string): GridDay[] {
  const keys = new Set<string>();
  // At most two weeks of event days: a longer "event" is a data error, not a timetable.
  for (let d = dayOf(event.startsAt, tz); d <= dayOf(new Date(event.endsAt.getTime() - 1), tz) && keys.size < 14; ) {
    keys.add(d);
    d = dayOf(new Date(at(d, "12:00", tz).getTime() + 24 * 60 * MINUTE), tz);
  }
  for (const i of items) keys.add(dayOf(i.startsAt, tz));
  return [...keys].sort().map((key) => {
    const mine = items.filter((i) => dayOf(i.startsAt, tz) === key);
    const endHour = (d: Date) => (dayOf(d, tz) === key ? Math.ceil(minutesOfDay(d, tz) / 60) : 24);
    const startHour = (d: Date) => (dayOf(d, tz) === key ? Math.floor(minutesOfDay(d, tz) / 60) : 0);
    const eventFrom = dayOf(event.startsAt, tz) === key ? startHour(event.startsAt) : 9;
    const eventTo = dayOf(event.endsAt, tz) === key ? endHour(event.endsAt) : 18;
    const fromH = Math.min(eventFrom, ...mine.map((i) => startHour(i.startsAt)));
    const toH = Math.min(24, Math.max(eventTo, fromH + 1, ...mine.map((i) => endHour(i.endsAt))));
    const from = at(key, `${String(fromH).padStart(2, "0")}:00`, tz);
    const to = new Date(at(key, "00:00", tz).getTime() + toH * 60 * MINUTE);
    return { key, from, to };
  });
}

const minutesOfDay = (d: Date, tz: string) => {
  const l = toDateTimeLocal(d, tz);
  return Number(l.slice(11, 13)) * 60 + Number(l.slice(14, 16));
};

export type Placed = { startsAt: Date; endsAt: Date };

/** Where a dragged item lands: its top edge at `offsetMinutes` from the day's top, snapped. */
export function dropAt(day: GridDay, offsetMinutes: number, minutes: number): Placed {
  const clamped = Math.max(0, Math.min(snap(offsetMinutes), (day.to.getTime() - day.from.getTime()) / MINUTE - SNAP_MINUTES));
  const startsAt = new Date(day.from.getTime() + clamped * MINUTE);
  return { startsAt, endsAt: new Date(startsAt.getTime() + minutes * MINUTE) };
}

/** Moves an item by whole snapped minutes, keeping its length. */
export function moveBy(item: Placed, deltaMinutes: number): Placed {
  const d = snap(deltaMinutes) * MINUTE;
  return { startsAt: new Date(item.startsAt.getTime() + d), endsAt: new Date(item.endsAt.getTime() + d) };
}

/** Changes an item's end by snapped minutes; null when it would end at or before its start. */
export function resizeBy(item: Placed, deltaMinutes: number): Placed | null {
  const endsAt = new Date(item.endsAt.getTime() + snap(deltaMinutes) * MINUTE);
  return endsAt > item.startsAt ? { startsAt: item.startsAt, endsAt } : null;
}

export const lengthMinutes = (p: Placed) => Math.round((p.endsAt.getTime() - p.startsAt.getTime()) / MINUTE);

/** Where a keyboard drag has taken an item: a room (index) of a day (index), minutes below the day's top. */
export type KeyPosition = { day: number; room: number; minutes: number };

/**
 * One arrow key of a keyboard drag, counted on the grid rather than measured in pixels, so that
 * each press is exactly one step however the page scrolls meanwhile. Up and down: one snap, on
 * into the neighbouring day past a day's first or last start (a start keeps the item inside the
 * day's grid); left and right: one room of the same day, staying put at the first and last room.
 * From the list (`null`), left or right enters the first room of the first day at its top.
 */
export function keyStep(at: KeyPosition | null, key: string, grid: { dayMinutes: number[]; rooms: number; length: number }): KeyPosition | null {
  const last = (day: number) => Math.max(0, Math.floor((grid.dayMinutes[day]! - grid.length) / SNAP_MINUTES) * SNAP_MINUTES);
  if (!at) return (key === "ArrowRight" || key === "ArrowLeft") && grid.dayMinutes.length && grid.rooms ? { day: 0, room: 0, minutes: 0 } : null;
  switch (key) {
    case "ArrowDown":
      if (at.minutes + SNAP_MINUTES <= last(at.day)) return { ...at, minutes: at.minutes + SNAP_MINUTES };
      return at.day + 1 < grid.dayMinutes.length ? { ...at, day: at.day + 1, minutes: 0 } : at;
    case "ArrowUp":
      if (at.minutes - SNAP_MINUTES >= 0) return { ...at, minutes: at.minutes - SNAP_MINUTES };
      return at.day > 0 ? { ...at, day: at.day - 1, minutes: last(at.day - 1) } : at;
    case "ArrowRight":
      return { ...at, room: Math.min(at.room + 1, grid.rooms - 1) };
    case "ArrowLeft":
      return { ...at, room: Math.max(at.room - 1, 0) };
  }
  return at;
}
