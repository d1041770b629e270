import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { undoCheckInInput } from "@/lib/door/schema";
import { eventForDoor, undoCheckIn } from "@/lib/door/service";
import { limitedActor } from "@/lib/ratelimit/actor";
import { toRegistrationJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Takes back a check-in made by mistake: the person is confirmed again. */
export const POST = apiRoute<Ctx>("door.undo", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("checkIn");
  await eventForDoor(actor, id);
  const input = parseInput(undoCheckInInput, await readJsonObject(req));
  return json(toRegistrationJson(await undoCheckIn(actor, id, input.registrationId)));
});
