import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { voidLottery } from "@/lib/frames/service";
import { publicDraw } from "@/lib/lottery/data";
import { frameForOrganizer } from "@/lib/registrations/service";
import { voidInput } from "@/lib/registrations/schema";
import { toDrawJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Organizers void a closed, undrawn lottery with a public reason; a new lottery replaces it. */
export const POST = apiRoute<Ctx>("frames.void", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  // Authorized before the body is read.
  await frameForOrganizer(actor, id);
  const input = parseInput(voidInput, await readJsonObject(req));
  await voidLottery(actor, id, input);
  return json(toDrawJson(await publicDraw(id)));
});
