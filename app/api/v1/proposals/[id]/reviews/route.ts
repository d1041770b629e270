import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { criteriaReviewInput } from "@/lib/review/schema";
import { reviewProposal } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Scores a proposal (reviewers and organizers): `{ scores: { criterionId: 1..5 }, comment? }`, or `{ score }` without criteria. */
export const POST = apiRoute<Ctx>("review.score", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(criteriaReviewInput, await readJsonObject(req));
  const r = await reviewProposal(actor, id, input);
  return json({ proposalId: id, score: r.score, weighted: r.weighted, scores: JSON.parse(r.scores) as Record<string, number>, comment: r.comment }, 201);
});
