import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { speakerJson, speakersOfEvent } from "@/lib/speakers/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The speakers of the event's confirmed talks with their public profiles. */
export const GET = apiRoute<Ctx>("speakers.list", async (_req, ctx) => {
  const { event, speakers } = await speakersOfEvent(await getActor(), await idParam(ctx));
  return json({ eventId: event.id, items: speakers.map(speakerJson) });
});
