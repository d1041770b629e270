// Speaker availability and the attendee's "now / next": pure rules the timetable editor's
// conflict check, the personal schedule and the tests share.

export type TimeRange = { startsAt: Date; endsAt: Date };

/**
 * True when a slot from `start` to `end` lies entirely within one of the speaker's ranges.
 * No ranges at all means the speaker gave none: available at any time. Touching ranges
 * (10:00–12:00 and 12:00–14:00) join, so a slot across noon is still available.
 */
export function isSpeakerAvailable(availability: readonly TimeRange[] | null | undefined, start: Date, end: Date): boolean {
  if (!availability || availability.length === 0) return true;
  if (!(end > start)) return false;
  const merged = mergeRanges(availability);
  return merged.some((r) => r.startsAt <= start && end <= r.endsAt);
}

/** Ranges sorted and joined where they overlap or touch; empty or reversed ranges dropped. */
export function mergeRanges(ranges: readonly TimeRange[]): TimeRange[] {
  const sorted = ranges.filter((r) => r.endsAt > r.startsAt).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const out: TimeRange[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.startsAt <= last.endsAt) {
      if (r.endsAt > last.endsAt) last.endsAt = r.endsAt;
    } else out.push({ startsAt: r.startsAt, endsAt: r.endsAt });
  }
  return out;
}

/** Speakers of a slot who are not available for it (for the conflict check's "speaker unavailable"). */
export function unavailableSpeakers(byspeaker: ReadonlyMap<string, readonly TimeRange[]>, speakerIds: readonly string[], start: Date, end: Date): string[] {
  return speakerIds.filter((id) => !isSpeakerAvailable(byspeaker.get(id), start, end));
}

/** What is on now (started, not ended) and what comes next (the earliest not yet started). */
export function nowAndNext<T extends TimeRange>(items: readonly T[], now: Date): { now: T[]; next: T[] } {
  const sorted = [...items].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const current = sorted.filter((i) => i.startsAt <= now && now < i.endsAt);
  const upcoming = sorted.filter((i) => i.startsAt > now);
  const first = upcoming[0]?.startsAt.getTime();
  return { now: current, next: first === undefined ? [] : upcoming.filter((i) => i.startsAt.getTime() === first) };
}
