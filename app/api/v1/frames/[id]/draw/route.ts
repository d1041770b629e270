import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { publicDraw } from "@/lib/lottery/data";
import { drawByOrganizer } from "@/lib/lottery/service";
import { toDrawJson } from "@/lib/registrations/serialize";
import { limitAnonymous } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Public: the commitment before the draw; seed and order after it. */
export const GET = apiRoute<Ctx>("draw.get", async (_req, ctx) => {
  await limitAnonymous("heavyRead", await getActor());
  return json(toDrawJson(await publicDraw(await idParam(ctx))), 200, { "access-control-allow-origin": "*" });
});

/** Organizers draw after applications close; a second trigger gets 409 ALREADY_DRAWN. */
export const POST = apiRoute<Ctx>("draw.run", async (_req, ctx) => {
  const id = await idParam(ctx);
  await drawByOrganizer(await getActor(), id);
  return json(toDrawJson(await publicDraw(id)));
});
