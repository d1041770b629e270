import { apiRoute, idParam, json, parseInput, queryObject, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { slotDeleteQuery, slotPatchInput } from "@/lib/schedule/schema";
import { deleteSlot, itemJson, moveSlot } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Moves or resizes an item made on `version` (409 STALE_VERSION when it changed since). */
export const PATCH = apiRoute<Ctx>("schedule.items.update", async (req, ctx) => {
  const id = await idParam(ctx);
  const input = parseInput(slotPatchInput, await readJsonObject(req));
  return json(itemJson(await moveSlot(await getActor(), id, input)));
});

export const DELETE = apiRoute<Ctx>("schedule.items.delete", async (req, ctx) => {
  const id = await idParam(ctx);
  const { version } = parseInput(slotDeleteQuery, queryObject(req));
  await deleteSlot(await getActor(), id, version);
  return new Response(null, { status: 204 });
});
