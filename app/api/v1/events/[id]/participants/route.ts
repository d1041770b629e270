import { apiRoute, idParam, json, parseInput, queryObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { participantQuery } from "@/lib/participants/schema";
import { publicParticipants } from "@/lib/participants/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The public participant list; a person who chose to appear anonymously has no name here. */
export const GET = apiRoute<Ctx>("participants.list", async (req, ctx) => {
  const q = parseInput(participantQuery, queryObject(req, { per_page: "perPage", frame_id: "frameId" }));
  return json(await publicParticipants(await idParam(ctx), await getActor(), q));
});
