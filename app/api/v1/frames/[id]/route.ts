import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { frameCounts, updateFrame } from "@/lib/frames/service";
import { frameUpdateInput } from "@/lib/registrations/schema";
import { frameForOrganizer } from "@/lib/registrations/service";
import { toFrameJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Organizers edit a frame; raising the capacity promotes from the waitlist. */
export const PATCH = apiRoute<Ctx>("frames.update", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  // Authorized before the body is read.
  await frameForOrganizer(actor, id);
  const input = parseInput(frameUpdateInput, await readJsonObject(req));
  const frame = await updateFrame(actor, id, input);
  const counts = (await frameCounts(frame.eventId)).get(frame.id) ?? { applied: 0, confirmed: 0, waitlisted: 0, cancelled: 0, rejected: 0, attended: 0 };
  return json(toFrameJson(frame, counts));
});
