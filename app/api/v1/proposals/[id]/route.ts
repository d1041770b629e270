import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { proposalPatchInput } from "@/lib/talks/schema";
import { toTalkJson } from "@/lib/talks/serialize";
import { decide, proposalForViewer, replyAsSpeaker, updateProposal, withdrawProposal } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = apiRoute<Ctx>("proposals.get", async (_req, ctx) => {
  const v = await proposalForViewer(await getActor(), await idParam(ctx));
  return json(toTalkJson(v.proposal, { private: v.speaker || v.role !== null }));
});

/**
 * Speakers edit fields, withdraw (`status: "withdrawn"`), or answer an acceptance
 * (`"confirmed"` / `"declined"`); organizers decide (`"accepted"` / `"rejected"`).
 */
export const PATCH = apiRoute<Ctx>("proposals.update", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const { status, decisionMessage, ...fields } = parseInput(proposalPatchInput, await readJsonObject(req));
  if (Object.values(fields).some((v) => v !== undefined)) await updateProposal(actor, id, fields);
  if (status === "withdrawn") await withdrawProposal(actor, id);
  if (status === "confirmed" || status === "declined") await replyAsSpeaker(actor, id, status === "confirmed" ? "confirm" : "decline");
  if (status === "accepted" || status === "rejected") {
    const { proposal } = await proposalForViewer(actor, id);
    await decide(actor, proposal.eventId, [id], status === "accepted" ? "accept" : "reject", decisionMessage);
  }
  const v = await proposalForViewer(actor, id);
  return json(toTalkJson(v.proposal, { private: true }));
});
