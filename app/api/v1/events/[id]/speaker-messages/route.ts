import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { speakerMessageInput } from "@/lib/review/schema";
import { messageSpeakers } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Mails the event's speakers: `{ audience: "all" | "accepted" | "confirmed", subject, body }`. */
export const POST = apiRoute<Ctx>("review.messageSpeakers", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(speakerMessageInput, await readJsonObject(req));
  return json(await messageSpeakers(actor, id, input), 201);
});
