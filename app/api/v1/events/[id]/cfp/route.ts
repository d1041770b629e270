import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { getEventForViewer } from "@/lib/events/service";
import { notFound } from "@/lib/errors";
import { cfpInput } from "@/lib/talks/schema";
import { parseQuestions } from "@/lib/questions/schema";
import { authorizeCfpEditor, getCfp, saveCfp } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

function cfpJson(c: NonNullable<Awaited<ReturnType<typeof getCfp>>>) {
  return { eventId: c.eventId, opensAt: c.opensAt.toISOString(), closesAt: c.closesAt.toISOString(), guidelines: c.guidelines, formats: c.formatList, tracks: c.trackList, questions: parseQuestions(c.questions) };
}

/** The event's call for proposals. */
export const GET = apiRoute<Ctx>("cfp.get", async (_req, ctx) => {
  const { event } = await getEventForViewer(await idParam(ctx), await getActor());
  const cfp = await getCfp(event.id);
  if (!cfp) throw notFound();
  return json(cfpJson(cfp));
});

/** Organizers open or change the call: `{ opensAt, closesAt, formats: [{ id, name, minutes }] | "LT 5\nTalk 20", tracks?, guidelines? }`. */
export const PUT = apiRoute<Ctx>("cfp.put", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  await authorizeCfpEditor(actor, id);
  const input = parseInput(cfpInput, await readJsonObject(req));
  await saveCfp(actor, id, input);
  return json(cfpJson((await getCfp(id))!));
});
