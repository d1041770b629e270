import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { createFrame, eventForFrameEditor } from "@/lib/frames/service";
import { eventFramesWithCounts } from "@/lib/registrations/data";
import { frameCreateInput } from "@/lib/registrations/schema";
import { toFrameJson } from "@/lib/registrations/serialize";
import { getEventForViewer } from "@/lib/events/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The event's frames with their counts (public for published events). */
export const GET = apiRoute<Ctx>("frames.list", async (_req, ctx) => {
  const { event } = await getEventForViewer(await idParam(ctx), await getActor());
  const frames = await eventFramesWithCounts(event.id);
  return json({ items: frames.map((f) => toFrameJson(f.frame, f.counts)) });
});

/** Organizers add a frame; a lottery frame's commitment is published from this moment. */
export const POST = apiRoute<Ctx>("frames.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  // Authorized before the body is read.
  await eventForFrameEditor(actor, id);
  const input = parseInput(frameCreateInput, await readJsonObject(req));
  const frame = await createFrame(actor, id, input);
  return json(toFrameJson(frame, { applied: 0, confirmed: 0, waitlisted: 0, cancelled: 0, rejected: 0, attended: 0 }), 201);
});
