import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { eventUpdateInput } from "@/lib/events/schema";
import { toEventJson } from "@/lib/events/serialize";
import { getEventForViewer, updateEvent } from "@/lib/events/service";
import { framesForEvents } from "@/lib/registrations/data";
import { toFrameJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** A published event for anyone; a draft only for its group's organizers (404 otherwise). */
export const GET = apiRoute<Ctx>("events.get", async (_req, ctx) => {
  const { event, insider } = await getEventForViewer(await idParam(ctx), await getActor());
  const frames = (await framesForEvents([event.id])).get(event.id) ?? [];
  return json({ ...toEventJson(event, { insider }), frames: frames.map((f) => toFrameJson(f.frame, f.counts)) });
});

/** Edits any subset of fields, and publishes or cancels with `status`. */
export const PATCH = apiRoute<Ctx>("events.update", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(eventUpdateInput, await readJsonObject(req));
  // Only organizers get here with a changed event: they see every field.
  return json(toEventJson(await updateEvent(actor, id, input), { insider: true }));
});
