import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { feedbackInput } from "@/lib/feedback/schema";
import { feedbackFor, feedbackJson, giveFeedback } from "@/lib/feedback/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The talk's feedback (its speakers and the organizers). */
export const GET = apiRoute<Ctx>("feedback.list", async (_req, ctx) => json(feedbackJson(await feedbackFor(await getActor(), await idParam(ctx)))));

/** Rates the talk after it started (people who attended): `{ rating: 1..5, comment? }`; again to change it. */
export const POST = apiRoute<Ctx>("feedback.give", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("report");
  const input = parseInput(feedbackInput, await readJsonObject(req));
  const f = await giveFeedback(actor, id, input);
  return json({ talkId: id, rating: f.rating, comment: f.comment, createdAt: f.createdAt.toISOString() }, 201);
});
