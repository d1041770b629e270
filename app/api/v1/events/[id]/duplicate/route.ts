import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { toEventJson } from "@/lib/events/serialize";
import { getEventForViewer } from "@/lib/events/service";
import { framesForEvents } from "@/lib/registrations/data";
import { toFrameJson } from "@/lib/registrations/serialize";
import { duplicateInput } from "@/lib/series/schema";
import { duplicateEvent } from "@/lib/series/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Copies the event (frames, CFP, description) into a new draft with the next series number. */
export const POST = apiRoute<Ctx>("events.duplicate", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(duplicateInput, await readJsonObject(req));
  const created = await duplicateEvent(actor, id, input);
  const { event } = await getEventForViewer(created, actor);
  const frames = (await framesForEvents([event.id])).get(event.id) ?? [];
  return json({ ...toEventJson(event), frames: frames.map((f) => toFrameJson(f.frame, f.counts)) }, 201);
});
