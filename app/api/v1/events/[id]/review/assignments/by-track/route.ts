import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { assignByTrack } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Assigns every open proposal to the reviewers of its tracks; answers how many assignments were added. */
export const POST = apiRoute<Ctx>("review.assignByTrack", async (_req, ctx) => json(await assignByTrack(await getActor(), await idParam(ctx))));
