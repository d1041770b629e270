// The API's Frame, Registration and Draw shapes (names fixed by the API contract).
import type { publicDraw } from "../lottery/data";
import { parseQuestions, storedAnswers } from "../questions/schema";

type FrameRow = {
  id: string; eventId: string; name: string; capacity: number; method: string; opensAt: Date; closesAt: Date;
  drawAt: Date | null; cancelDeadline: Date | null; commitment: string | null; drawState: string | null; drawnAt: Date | null; questions: string;
  algorithm?: string | null;
  reconfirmFrom?: Date | null; reconfirmUntil?: Date | null; reconfirmPolicy?: string; requiresReport?: boolean;
};
type Counts = { applied: number; confirmed: number; waitlisted: number; cancelled: number; rejected: number; attended: number };

export function toFrameJson(f: FrameRow, counts: Counts) {
  return {
    id: f.id,
    eventId: f.eventId,
    name: f.name,
    capacity: f.capacity,
    method: f.method.toLowerCase() as "lottery" | "first_come" | "approval",
    opensAt: f.opensAt.toISOString(),
    closesAt: f.closesAt.toISOString(),
    drawAt: f.method === "LOTTERY" ? (f.drawAt ?? f.closesAt).toISOString() : null,
    cancelDeadline: f.cancelDeadline?.toISOString() ?? null,
    // Seats taken include people already checked in.
    counts: { applied: counts.applied, confirmed: counts.confirmed + counts.attended, waitlisted: counts.waitlisted, cancelled: counts.cancelled, rejected: counts.rejected, attended: counts.attended },
    commitment: f.method === "LOTTERY" ? f.commitment : null,
    algorithm: f.method === "LOTTERY" ? (f.algorithm ?? "hako-lottery-v1") : null,
    drawn: f.drawState === "DRAWN",
    drawnAt: f.drawnAt?.toISOString() ?? null,
    reconfirmFrom: f.reconfirmFrom?.toISOString() ?? null,
    reconfirmUntil: f.reconfirmUntil?.toISOString() ?? null,
    reconfirmPolicy: (f.reconfirmPolicy ?? "RELEASE").toLowerCase() as "release" | "remind",
    requiresReport: f.requiresReport ?? false,
    questions: parseQuestions(f.questions),
  };
}

type RegRow = {
  id: string; publicId: string; eventId: string; frameId: string; userId: string; status: string;
  waitlistPosition: number | null; receiptNumber: number; createdAt: Date; checkedInAt: Date | null; answers: string;
  anonymous?: boolean;
  reconfirmation?: string | null;
};

/** `no_show`: still only confirmed once the event has ended. */
export function toRegistrationJson(r: RegRow, eventEndsAt?: Date, now = new Date()) {
  const status = r.status === "CONFIRMED" && eventEndsAt && eventEndsAt < now ? "no_show" : r.status.toLowerCase();
  return {
    id: r.id,
    publicId: r.publicId,
    eventId: r.eventId,
    frameId: r.frameId,
    userId: r.userId,
    status: status as "applied" | "confirmed" | "waitlisted" | "cancelled" | "rejected" | "attended" | "no_show",
    waitlistPosition: r.waitlistPosition,
    receiptNumber: r.receiptNumber,
    answers: storedAnswers(r.answers),
    anonymous: r.anonymous ?? false,
    reconfirmation: (r.reconfirmation?.toLowerCase() ?? null) as "pending" | "confirmed" | "declined" | "released" | null,
    checkedInAt: r.checkedInAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  };
}

export type PublicDraw = Awaited<ReturnType<typeof publicDraw>>;

/** The Draw shape of the API (API.md, "Draw" and "Draw, v2"). */
export function toDrawJson(d: PublicDraw) {
  return {
    frameId: d.frameId,
    eventId: d.eventId,
    frameName: d.frameName,
    algorithm: d.algorithm as "hako-lottery-v1" | "hako-lottery-v2",
    status: d.status,
    commitment: d.commitment,
    seed: d.seed,
    drawAt: d.drawAt.toISOString(),
    closesAt: d.closesAt.toISOString(),
    closedAt: d.closedAt?.toISOString() ?? null,
    drawnAt: d.drawnAt?.toISOString() ?? null,
    capacity: d.capacity,
    nominated: d.nominated,
    applicantsCount: d.applicantsCount,
    applicantsDigest: d.applicantsDigest,
    beacon: d.beacon ? { chain: d.beacon.chain, round: d.beacon.round, roundAt: d.beacon.roundAt.toISOString(), randomness: d.beacon.randomness, signature: d.beacon.signature } : null,
    chain: d.chain ? { hash: d.chain.hash, publicKey: d.chain.publicKey, genesis: d.chain.genesis, period: d.chain.period, publicQuicknet: d.chain.publicQuicknet } : null,
    waiting: d.waiting ? { reason: d.waiting.reason, detail: d.waiting.detail, since: d.waiting.since?.toISOString() ?? null } : null,
    voidableFrom: d.voidableFrom?.toISOString() ?? null,
    order: d.order,
  };
}
