// The public draw record of a lottery frame (GET /api/v1/frames/{id}/draw and the draw page).
import { db } from "../db";
import { beaconChain, env } from "../env";
import { notFound } from "../errors";
import { ALGORITHM_V2 } from "./algorithm";
import { isPublicQuicknet, roundTime } from "./beacon";
import { algorithmOf, drawDueAt, parseIds } from "./service";

export type DrawStatus = "open" | "closed" | "drawn" | "voided";

export function drawStatus(f: { drawState: string | null; closedAt: Date | null; closesAt: Date }, now: Date): DrawStatus {
  if (f.drawState === "VOIDED") return "voided";
  if (f.drawState === "DRAWN") return "drawn";
  return f.closedAt || now >= f.closesAt ? "closed" : "open";
}

/**
 * When organizers may void a closed, undrawn lottery. v1: at once. v2: before its beacon round
 * is out, at once (nobody knows the order yet); once it is out, only after
 * HAKO_BEACON_VOID_AFTER_MINUTES without a draw, so that nobody can look at the round and void an
 * outcome they dislike while the draw can still happen.
 */
export function voidableFrom(f: { algorithm: string | null; beaconRound: number | null }, now: Date): Date {
  if (algorithmOf(f) !== ALGORITHM_V2 || f.beaconRound === null) return now;
  const out = roundTime(beaconChain(), f.beaconRound);
  return now.getTime() < out ? now : new Date(out + env().HAKO_BEACON_VOID_AFTER_MINUTES * 60_000);
}

/**
 * The public draw record: the commitment before the draw; the frozen list from the close; seed,
 * beacon and order after the draw. The draw page leaves the order out (`order: false`, then
 * `order` is empty and `orderCount` says how long it is) and shows it a page at a time.
 */
export async function publicDraw(frameId: string, now = new Date(), opts: { order?: boolean } = {}) {
  const frame = await db().frame.findUnique({ where: { id: frameId }, include: { event: { select: { id: true, title: true, status: true, timezone: true } } } });
  if (!frame || frame.method !== "LOTTERY" || frame.event.status === "DRAFT") throw notFound();
  const drawn = frame.drawState === "DRAWN";
  const withOrder = opts.order ?? true;
  const order = drawn && withOrder ? (await db().drawEntry.findMany({ where: { frameId }, orderBy: { position: "asc" }, select: { publicId: true } })).map((e) => e.publicId) : [];
  const orderCount = !drawn ? 0 : withOrder ? order.length : await db().drawEntry.count({ where: { frameId } });
  const status = drawStatus(frame, now);
  const chain = beaconChain();
  const v2 = algorithmOf(frame) === ALGORITHM_V2;
  return {
    frameId: frame.id,
    eventId: frame.eventId,
    event: { id: frame.event.id, title: frame.event.title, timezone: frame.event.timezone, status: frame.event.status },
    frameName: frame.name,
    algorithm: algorithmOf(frame),
    status,
    commitment: frame.commitment!,
    seed: drawn ? frame.seed : null,
    drawnAt: frame.drawnAt,
    drawAt: drawDueAt(frame),
    closesAt: frame.closesAt,
    closedAt: frame.closedAt,
    applicantsCount: frame.applicantsCount,
    // Stored once at the close, never recomputed.
    applicantsDigest: frame.applicantsDigest,
    // The capacity the draw used; until the draw, today's.
    capacity: drawn ? (frame.drawnCapacity ?? frame.capacity) : frame.capacity,
    nominated: parseIds(frame.nominated),
    order,
    orderCount,
    beacon:
      v2 && frame.beaconRound !== null
        ? { chain: "drand-quicknet" as const, round: frame.beaconRound, roundAt: new Date(roundTime(chain, frame.beaconRound)), randomness: frame.beaconRandomness, signature: frame.beaconSignature }
        : null,
    // The chain v2 rounds are checked against, so the verifier can say whether it is drand's own.
    chain: v2 ? { ...chain, publicQuicknet: isPublicQuicknet(chain) } : null,
    waiting: status === "closed" && frame.drawWaitReason ? { reason: frame.drawWaitReason, detail: frame.drawWaitDetail, since: frame.drawWaitSince } : null,
    voidableFrom: status === "closed" ? voidableFrom(frame, now) : null,
  };
}

/** Places in a drawn frame's order shown per page of the draw page. */
export const DRAW_PAGE_SIZE = 50;

/** One page (1-based) of a drawn frame's order. */
export async function drawOrderPage(frameId: string, page: number) {
  const from = (page - 1) * DRAW_PAGE_SIZE;
  return db().drawEntry.findMany({
    where: { frameId, position: { gt: from, lte: from + DRAW_PAGE_SIZE } },
    orderBy: { position: "asc" },
    select: { position: true, publicId: true, nominated: true },
  });
}

/** The first of these public ids found in a drawn frame's order, with its place (1-based); null if none is there. */
export async function drawPlaceOf(frameId: string, publicIds: string[]) {
  if (!publicIds.length) return null;
  return db().drawEntry.findFirst({ where: { frameId, publicId: { in: publicIds } }, orderBy: { position: "asc" }, select: { position: true, publicId: true } });
}
