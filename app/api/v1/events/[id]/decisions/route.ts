import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { sendStagedDecisions } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Sends every staged decision of the event at once (state changes and mails together). */
export const POST = apiRoute<Ctx>("review.send", async (_req, ctx) => json(await sendStagedDecisions(await getActor(), await idParam(ctx))));
