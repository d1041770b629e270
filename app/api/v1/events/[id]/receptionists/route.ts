import { apiRoute, idParam, json, parseInput, queryObject, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { receptionistInput } from "@/lib/door/schema";
import { addReceptionist, receptionistsOf, removeReceptionist } from "@/lib/door/service";
import { limitedActor } from "@/lib/ratelimit/actor";
import { z } from "zod";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The event's receptionists (受付): its own, then the group's. */
export const GET = apiRoute<Ctx>("receptionists.list", async (_req, ctx) => {
  const id = await idParam(ctx);
  return json({ items: await receptionistsOf(await getActor(), { eventId: id }) });
});

export const POST = apiRoute<Ctx>("receptionists.add", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("invitation");
  await receptionistsOf(actor, { eventId: id });
  const input = parseInput(receptionistInput, await readJsonObject(req));
  return json(await addReceptionist(actor, { eventId: id }, input.query), 201);
});

export const DELETE = apiRoute<Ctx>("receptionists.remove", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  // Authorized before the query is read.
  await receptionistsOf(actor, { eventId: id });
  const { userId } = parseInput(z.object({ userId: z.string().min(1).max(64) }), queryObject(req, { user_id: "userId" }));
  await removeReceptionist(actor, { eventId: id }, userId);
  return new Response(null, { status: 204 });
});
