import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { availabilityInput } from "@/lib/speakers/schema";
import { availabilityJson, getAvailability, saveAvailability } from "@/lib/speakers/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The caller's availability for the event (its speakers only). */
export const GET = apiRoute<Ctx>("speakers.availability.get", async (_req, ctx) => {
  const a = await getAvailability(await getActor(), await idParam(ctx));
  return json({ eventId: a.event.id, days: a.days, ranges: availabilityJson(a.ranges) });
});

/** Replaces it: `{ ranges: [{ startsAt, endsAt }] }` in the event's zone (or ISO with offset); `[]` means any time. */
export const PUT = apiRoute<Ctx>("speakers.availability.put", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(availabilityInput, await readJsonObject(req));
  const ranges = await saveAvailability(actor, id, input);
  return json({ eventId: id, ranges: availabilityJson(ranges) });
});
