import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { reviewSettingsInput } from "@/lib/review/schema";
import { reviewProgress, saveReviewSettings } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

function progressJson(p: Awaited<ReturnType<typeof reviewProgress>>) {
  return {
    eventId: p.event.id,
    anonymousReview: p.event.cfp?.anonymousReview ?? false,
    criteria: p.criteria.map((c) => ({ id: c.id, name: c.name, weight: c.weight })),
    usesAssignments: p.usesAssignments,
    staged: p.staged,
    reviewers: p.reviewers.map((r) => ({ userId: r.user.id, name: r.user.name, handle: r.user.handle, tracks: r.tracks, assigned: r.assigned, reviewed: r.reviewed })),
    proposals: p.proposals,
  };
}

/** The review's progress (organizers): reviewers with their counts, proposals with scores and staged decisions. */
export const GET = apiRoute<Ctx>("review.progress", async (_req, ctx) => json(progressJson(await reviewProgress(await getActor(), await idParam(ctx)))));

/** Review settings (organizers): `{ anonymousReview }`. */
export const PATCH = apiRoute<Ctx>("review.settings", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(reviewSettingsInput, await readJsonObject(req));
  await saveReviewSettings(actor, id, input);
  return json(progressJson(await reviewProgress(actor, id)));
});
