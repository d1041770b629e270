import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { reviewerTracksInput } from "@/lib/review/schema";
import { setReviewerTracks } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Sets the tracks a reviewer is assigned by: `{ userId, tracks }`. */
export const PUT = apiRoute<Ctx>("review.reviewerTracks", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(reviewerTracksInput, await readJsonObject(req));
  await setReviewerTracks(actor, id, input.userId, input.tracks);
  return json({ userId: input.userId, tracks: input.tracks });
});
