// What anonymous visitors read changed: a counter that the database client moves after a write to
// a model shown on the public pages, and that the page cache (lib/server/page-cache.ts) compares
// before and after each write request. A request that changed nothing public (a refused server
// action answers 200 too; an application only moves counts, which may lag by the cache's life)
// leaves the cached pages alone, so that neither an attacker's posts nor a signup rush keep the
// cache empty.
//
// On globalThis: the custom server and Next's bundles each have their own copy of this module in
// the one process.

/** Models whose rows appear on the cached public pages (home, lists, an event, a group). */
export const PUBLIC_MODELS = new Set([
  "Group",
  "GroupMembership",
  "Event",
  "EventTag",
  "Frame",
  "CallForProposals",
  "Proposal",
  "ProposalSpeaker",
  "Room",
  "Slot",
  "ScheduleVersion",
  "Material",
  "SpeakerProfile",
  "User",
]);

/** Operations that write. A new user (sign-up) shows nowhere until they do something else. */
export const WRITES = new Set(["update", "updateMany", "upsert", "delete", "deleteMany", "create", "createMany", "createManyAndReturn", "updateManyAndReturn"]);

const shared = globalThis as unknown as { hakoPublicGeneration?: number; hakoReadsGeneration?: number };

export function publicGeneration(): number {
  return shared.hakoPublicGeneration ?? 0;
}

export function markPublicChange(): void {
  shared.hakoPublicGeneration = publicGeneration() + 1;
  markSharedReadsChange();
}

/**
 * The generation of what the shared reads (lib/server/shared-read.ts) remember: moved by every
 * public change, and by every write to the models whose counts they hold (registrations) and
 * every raw write, so that within this process nothing they return is older than the last write.
 */
export function sharedReadsGeneration(): number {
  return shared.hakoReadsGeneration ?? 0;
}

export function markSharedReadsChange(): void {
  shared.hakoReadsGeneration = sharedReadsGeneration() + 1;
}

/** Models besides PUBLIC_MODELS whose writes make the shared reads out of date. */
export const SHARED_READ_MODELS = new Set(["Registration", "EventReviewer"]);

/**
 * Bookkeeping columns of public models that no page shows: seat locks, receipt counters, claims of
 * the jobs. An update of these alone (every application bumps a frame's lock and an event's
 * receipt counter) is not a public change.
 */
const BOOKKEEPING = new Set(["lockVersion", "receiptSeq", "remindedAt", "resultMailAt", "resultMailThrough", "resultMailDoneAt", "reconfirmDoneAt", "reportRemindedAt", "slidesRemindedAt", "updatedAt"]);

/** Whether a Prisma operation on a model changes what the public pages show. */
export function changesPublic(model: string | undefined, operation: string, args?: unknown): boolean {
  if (!model || !WRITES.has(operation) || !PUBLIC_MODELS.has(model)) return false;
  if (model === "User" && operation === "create") return false;
  if (operation === "update" || operation === "updateMany") {
    const data = (args as { data?: unknown } | undefined)?.data;
    if (data && typeof data === "object" && !Array.isArray(data)) return Object.keys(data).some((k) => !BOOKKEEPING.has(k));
  }
  return true;
}
