import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assignInput } from "@/lib/review/schema";
import { assignReviewer } from "@/lib/review/service";
import { proposalForViewer } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Assigns a proposal of this event to one of its reviewers, or takes it back (`assigned: false`). */
export const POST = apiRoute<Ctx>("review.assign", async (req, ctx) => {
  const eventId = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(assignInput, await readJsonObject(req));
  const { proposal } = await proposalForViewer(actor, input.proposalId);
  if (proposal.eventId !== eventId) throw new AppError("NOT_FOUND", "Unknown proposal for this event", { proposalId: ["otherEvent"] });
  return json({ proposalId: input.proposalId, userId: input.userId, ...(await assignReviewer(actor, input.proposalId, input.userId, input.assigned)) });
});
