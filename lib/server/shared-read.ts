// Reads that every visitor of a public page shares — an event's record, its frames with their
// counts, its talks, its participant list — remembered across requests for a moment, so that a
// signed-in visitor's page (which the page cache does not serve) reads from the database only
// what is about them: their role, their registration.
//
// An entry is used while it is younger than the TTL (HAKO_PAGE_CACHE_TTL_MS, the lag the page
// cache allows, 3 s by default) and no write in this process has moved the shared-reads
// generation since it was read (lib/server/public-changes.ts: any write to a public model or to
// registrations, any raw write). So within an instance nothing is older than the last write, and
// a change made on another instance is seen within the TTL. A read that overlapped a write is
// not kept. Entries hold promises (one read for a burst of requests); a failed read is not kept.
// What is returned is shared: callers must not change it.
import { sharedReadsGeneration } from "./public-changes";

type Entry = { generation: number; until: number; value: Promise<unknown> };

// Entries share one life, so the oldest are first in the map: expired ones are dropped from the
// front on every new read, and at most MAX_ENTRIES live at once (what several thousand visitors
// of a few hundred events read within the TTL).
const MAX_ENTRIES = 500;
const state = globalThis as unknown as { hakoSharedReads?: Map<string, Entry> };
const entries = (state.hakoSharedReads ??= new Map<string, Entry>());

function ttlMs(): number {
  const n = Number(process.env.HAKO_PAGE_CACHE_TTL_MS ?? 3000);
  return Number.isFinite(n) && n >= 0 ? n : 3000;
}

/** `fn` remembered per arguments (strings or numbers) as described above. */
export function sharedRead<A extends (string | number)[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => {
    const ttl = ttlMs();
    if (ttl === 0) return fn(...args);
    const key = `${name}\u0000${args.join("\u0000")}`;
    const now = Date.now();
    const generation = sharedReadsGeneration();
    const hit = entries.get(key);
    if (hit && hit.generation === generation && hit.until > now) return hit.value as Promise<R>;
    const value = fn(...args);
    const entry: Entry = { generation, until: now + ttl, value };
    entries.delete(key);
    for (const [k, e] of entries) {
      if (e.until > now && entries.size < MAX_ENTRIES) break;
      entries.delete(k);
    }
    entries.set(key, entry);
    value.then(
      () => {
        // A write during the read: what it read may be from before or after it; not kept.
        if (sharedReadsGeneration() !== generation && entries.get(key) === entry) entries.delete(key);
      },
      () => {
        if (entries.get(key) === entry) entries.delete(key);
      },
    );
    return value;
  };
}

/** How many entries are held (tests). */
export function sharedReadsHeld(): number {
  return entries.size;
}

/** Forgets every entry (tests). */
export function clearSharedReads(): void {
  entries.clear();
}
