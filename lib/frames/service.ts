// Frames (参加枠): created and edited by the event's organizers. A lottery frame gets its secret
// seed and public commitment at creation, before anyone can apply.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { commitmentOf, newSeed, toHex } from "../lottery/algorithm";
import { frameForOrganizer, lockFrame, promoteFromWaitlist, TX_OPTIONS } from "../registrations/service";
import { keepQuestionIds, parseQuestions, SEATED } from "../registrations/rules";
import { type FrameCreateInput, type FrameUpdateInput, resolveFrameDates } from "../registrations/schema";

type Dates = { opensAt: Date; closesAt: Date; drawAt: Date | null; cancelDeadline: Date | null };

function checkDates(d: Dates, method: string) {
  const fields: Record<string, string[]> = {};
  if (d.closesAt <= d.opensAt) fields.closesAt = ["closesBeforeOpens"];
  if (method === "LOTTERY" && d.drawAt && d.drawAt < d.closesAt) fields.drawAt = ["drawBeforeClose"];
  if (Object.keys(fields).length) throw new AppError("INVALID_INPUT", "Invalid frame dates", fields);
}

function datesOrThrow(input: Parameters<typeof resolveFrameDates>[0], zone: string) {
  const { dates, bad } = resolveFrameDates(input, zone);
  if (bad.length) throw new AppError("INVALID_INPUT", "Invalid date", Object.fromEntries(bad.map((k) => [k, ["invalidDate"]])));
  return dates;
}

export async function createFrame(actor: Actor | null, eventId: string, input: FrameCreateInput) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event) throw notFound();
  const role = await roleIn(event.groupId, actor.userId);
  if (!canManageEvents(role)) throw event.status === "DRAFT" ? notFound() : forbidden();
  if (event.status === "CANCELLED") throw new AppError("INVALID_STATE", "The event is cancelled");
  const d = datesOrThrow(input, event.timezone);
  const dates: Dates = { opensAt: d.opensAt!, closesAt: d.closesAt!, drawAt: d.drawAt ?? null, cancelDeadline: d.cancelDeadline ?? null };
  checkDates(dates, input.method);
  const lottery = input.method === "LOTTERY" ? await newLottery() : {};
  const count = await db().frame.count({ where: { eventId } });
  return db().frame.create({
    data: {
      eventId,
      name: input.name,
      capacity: input.capacity,
      method: input.method,
      ...dates,
      questions: JSON.stringify(input.questions),
      sortOrder: count,
      ...lottery,
    },
  });
}

async function newLottery() {
  const seed = newSeed();
  return { seed: toHex(seed), commitment: await commitmentOf(seed), drawState: "PENDING" };
}

/**
 * Edits a frame. Raising the capacity promotes people from the waitlist at once; lowering it
 * never removes anyone (the frame is simply over-full until people cancel). A drawn lottery's
 * dates are history and stay as they were.
 */
export async function updateFrame(actor: Actor | null, frameId: string, input: FrameUpdateInput, now = new Date()) {
  const frame = await frameForOrganizer(actor, frameId);
  const d = datesOrThrow(input, frame.event.timezone);
  if (frame.drawState === "DRAWN" && (d.drawAt !== undefined || d.closesAt !== undefined || d.opensAt !== undefined)) {
    throw new AppError("ALREADY_DRAWN", "A drawn lottery's dates cannot change");
  }
  const dates: Dates = {
    opensAt: d.opensAt ?? frame.opensAt,
    closesAt: d.closesAt ?? frame.closesAt,
    drawAt: d.drawAt === undefined ? frame.drawAt : d.drawAt,
    cancelDeadline: d.cancelDeadline === undefined ? frame.cancelDeadline : d.cancelDeadline,
  };
  checkDates(dates, frame.method);
  return db().$transaction(async (tx) => {
    const locked = await lockFrame(tx, frame.id);
    await tx.frame.update({
      where: { id: frame.id },
      data: {
        ...dates,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
        ...(input.questions !== undefined ? { questions: JSON.stringify(keepQuestionIds(parseQuestions(locked.questions), input.questions)) } : {}),
      },
    });
    const seatsNow = locked.method === "FIRST_COME" || (locked.method === "LOTTERY" && locked.drawState === "DRAWN");
    if (input.capacity !== undefined && input.capacity > locked.capacity && seatsNow) {
      const seated = await tx.registration.count({ where: { frameId: frame.id, status: { in: [...SEATED] } } });
      await promoteFromWaitlist(tx, { ...locked, capacity: input.capacity }, input.capacity - seated, now);
    }
    return tx.frame.findUniqueOrThrow({ where: { id: frame.id } });
  }, TX_OPTIONS);
}

/** Per-status counts of each frame of an event. */
export async function frameCounts(eventId: string) {
  const rows = await db().registration.groupBy({ by: ["frameId", "status"], where: { eventId }, _count: { _all: true } });
  const out = new Map<string, { applied: number; confirmed: number; waitlisted: number; cancelled: number; rejected: number; attended: number }>();
  for (const r of rows) {
    const c = out.get(r.frameId) ?? { applied: 0, confirmed: 0, waitlisted: 0, cancelled: 0, rejected: 0, attended: 0 };
    const key = r.status.toLowerCase() as keyof typeof c;
    if (key in c) c[key] += r._count._all;
    out.set(r.frameId, c);
  }
  return out;
}

export async function framesOf(eventId: string) {
  return db().frame.findMany({ where: { eventId }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
}
