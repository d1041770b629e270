import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { checkInApiInput } from "@/lib/door/schema";
import { eventForDoor } from "@/lib/door/service";
import { limitedActor } from "@/lib/ratelimit/actor";
import { checkIn } from "@/lib/registrations/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The door: organizers and receptionists check a person in (ticket code, receipt number or row). */
export const POST = apiRoute<Ctx>("door.checkIn", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("checkIn");
  // Authorized before the body is read.
  await eventForDoor(actor, id);
  const input = parseInput(checkInApiInput, await readJsonObject(req));
  const r = await checkIn(actor, id, input);
  return json({ registrationId: r.registration.id, receiptNumber: r.registration.receiptNumber, status: r.registration.status.toLowerCase(), checkedInAt: r.registration.checkedInAt?.toISOString() ?? null, frameName: r.registration.frameName, person: r.person });
});
