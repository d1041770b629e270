import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { proposalInput } from "@/lib/talks/schema";
import { toTalkJson } from "@/lib/talks/serialize";
import { submitProposal } from "@/lib/talks/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Submit a proposal while the event's call for proposals is open. */
export const POST = apiRoute<Ctx>("proposals.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("proposal");
  const input = parseInput(proposalInput, await readJsonObject(req));
  return json(toTalkJson(await submitProposal(actor, id, input), { private: true }), 201);
});
