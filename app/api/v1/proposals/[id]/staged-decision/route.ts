import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { stageInput } from "@/lib/review/schema";
import { stageDecision } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Stages a decision without telling anyone: `{ decision: "accept" | "reject" | "waitlist" | "none" }`. */
export const PUT = apiRoute<Ctx>("review.stage", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(stageInput, await readJsonObject(req));
  return json({ proposalId: id, ...(await stageDecision(actor, id, input.decision)) });
});
