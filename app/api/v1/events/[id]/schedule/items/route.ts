import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { slotInput } from "@/lib/schedule/schema";
import { addSlot, itemJson } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Places a confirmed talk in a room, or adds a fixed item (roomId null: all rooms). */
export const POST = apiRoute<Ctx>("schedule.items.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const input = parseInput(slotInput, await readJsonObject(req));
  const slot = await addSlot(await getActor(), id, input.kind === "talk" ? input : { ...input, proposalId: null });
  return json(itemJson(slot), 201);
});
