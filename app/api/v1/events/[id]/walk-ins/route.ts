import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { walkInInput } from "@/lib/door/schema";
import { eventForDoor, registerWalkIn } from "@/lib/door/service";
import { limitedActor } from "@/lib/ratelimit/actor";
import { toRegistrationJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** A walk-in at the door, while the frame has a free seat: confirmed and checked in at once. */
export const POST = apiRoute<Ctx>("door.walkIn", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("checkIn");
  await eventForDoor(actor, id);
  const input = parseInput(walkInInput, await readJsonObject(req));
  const r = await registerWalkIn(actor, id, input);
  return json({ ...toRegistrationJson(r.registration), name: r.name }, 201);
});
