// Duplicate for the next #N: a recurring meetup's next event starts as a copy of the last one —
// description, venue, tags, frames (with their questions, times shifted to the new date) and the
// call for proposals — as a draft with the next series number. Nothing personal is copied: no
// registration, proposal or message. Each lottery frame gets a new seed and commitment (a copied
// commitment would make the new draw predictable from the old one).
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { appendFrameLog } from "../frame-log/service";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { createdEntry, newLottery } from "../lottery/service";
import { TX_OPTIONS } from "../registrations/service";
import { parseDateTimeInZone } from "../time";
import { isUniqueViolation } from "../users/service";
import { type DuplicateInput, nextTitle } from "./schema";

const shift = (d: Date, by: number) => new Date(d.getTime() + by);
const shiftOrNull = (d: Date | null, by: number) => (d ? shift(d, by) : null);

/** Copies an event the caller organizes into a new draft starting at `input.startsAt`; returns the new event's id. */
export async function duplicateEvent(actor: Actor | null, eventId: string, input: DuplicateInput, now = new Date()): Promise<string> {
  if (!actor) throw unauthenticated();
  const source = await db().event.findUnique({
    where: { id: eventId },
    include: { tags: true, cfp: true, frames: { where: { forSpeakers: false }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] } },
  });
  if (!source) throw notFound();
  if (!canManageEvents(await roleIn(source.groupId, actor.userId))) throw source.status === "DRAFT" ? notFound() : forbidden();
  const startsAt = parseDateTimeInZone(input.startsAt, source.timezone);
  if (!startsAt) throw new AppError("INVALID_INPUT", "Invalid date", { startsAt: ["invalidDate"] });
  const by = startsAt.getTime() - source.startsAt.getTime();
  // Lotteries are made before the transaction: a v2 lottery's beacon round comes from its dates.
  const lotteries = new Map<string, Awaited<ReturnType<typeof newLottery>>>();
  for (const f of source.frames) {
    if (f.method !== "LOTTERY") continue;
    const beacon = f.algorithm === "hako-lottery-v2" ? "drand-quicknet" : "none";
    lotteries.set(f.id, await newLottery(beacon, { drawAt: shiftOrNull(f.drawAt, by), closesAt: shift(f.closesAt, by) }, now));
  }
  const copy = async () => {
    return db().$transaction(async (tx) => {
      const max = (await tx.event.aggregate({ where: { groupId: source.groupId }, _max: { seriesNumber: true } }))._max.seriesNumber ?? 0;
      const seriesNumber = max + 1;
      const created = await tx.event.create({
        data: {
          groupId: source.groupId,
          createdById: actor.userId,
          title: nextTitle(source.title, source.seriesNumber, seriesNumber),
          catchphrase: source.catchphrase,
          description: source.description,
          startsAt,
          endsAt: shift(source.endsAt, by),
          timezone: source.timezone,
          venueName: source.venueName,
          venueAddress: source.venueAddress,
          venueMapUrl: source.venueMapUrl,
          onlineUrl: source.onlineUrl,
          hashtag: source.hashtag,
          seriesNumber,
          status: "DRAFT",
          searchText: source.searchText,
        },
      });
      if (source.tags.length) await tx.eventTag.createMany({ data: source.tags.map((t) => ({ eventId: created.id, tag: t.tag })) });
      for (const f of source.frames) {
        const frame = await tx.frame.create({
          data: {
            eventId: created.id,
            name: f.name,
            capacity: f.capacity,
            method: f.method,
            opensAt: shift(f.opensAt, by),
            closesAt: shift(f.closesAt, by),
            drawAt: shiftOrNull(f.drawAt, by),
            cancelDeadline: shiftOrNull(f.cancelDeadline, by),
            reconfirmFrom: shiftOrNull(f.reconfirmFrom, by),
            reconfirmUntil: shiftOrNull(f.reconfirmUntil, by),
            reconfirmPolicy: f.reconfirmPolicy,
            requiresReport: f.requiresReport,
            questions: f.questions,
            sortOrder: f.sortOrder,
            ...(lotteries.get(f.id) ?? {}),
          },
        });
        if (frame.method === "LOTTERY") await appendFrameLog(tx, frame.id, "created", "organizer", createdEntry(frame), now);
      }
      if (source.cfp) {
        const c = source.cfp;
        await tx.callForProposals.create({
          data: { eventId: created.id, opensAt: shift(c.opensAt, by), closesAt: shift(c.closesAt, by), guidelines: c.guidelines, formats: c.formats, tracks: c.tracks, maxCoSpeakers: c.maxCoSpeakers, questions: c.questions },
        });
      }
      return created.id;
    }, TX_OPTIONS);
  };
  try {
    return await copy();
  } catch (e) {
    // Two duplicates at once may take the same next number: the unique index refuses the second.
    if (isUniqueViolation(e, "seriesNumber")) throw new AppError("SERIES_NUMBER_TAKEN", "Another event took this number meanwhile; try again", { startsAt: ["seriesTaken"] });
    throw e;
  }
}

/** The number the group's next event gets. */
export async function nextSeriesNumber(groupId: string): Promise<number> {
  return ((await db().event.aggregate({ where: { groupId }, _max: { seriesNumber: true } }))._max.seriesNumber ?? 0) + 1;
}
