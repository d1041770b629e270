import { apiRoute, json, parseInput, queryObject, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { eventCreateInput, eventSearchInput } from "@/lib/events/schema";
import { toEventJson } from "@/lib/events/serialize";
import { createEvent, searchEvents } from "@/lib/events/service";
import { framesForEvents } from "@/lib/registrations/data";
import { toFrameJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";

/** Published events, filtered; public. */
export const GET = apiRoute("events.list", async (req) => {
  const q = parseInput(eventSearchInput, queryObject(req, { per_page: "perPage" }));
  const r = await searchEvents(q);
  const frames = await framesForEvents(r.items.map((e) => e.id));
  const items = r.items.map((e) => ({ ...toEventJson(e), frames: (frames.get(e.id) ?? []).map((f) => toFrameJson(f.frame, f.counts)) }));
  return json({ total: r.total, page: r.page, perPage: r.perPage, items });
});

/** Creates a draft event in a group the caller organizes. */
export const POST = apiRoute("events.create", async (req) => {
  const actor = await getActor();
  const input = parseInput(eventCreateInput, await readJsonObject(req));
  const event = await createEvent(actor, input);
  return json(toEventJson(event, { insider: true }), 201, { location: `/api/v1/events/${event.id}` });
});
