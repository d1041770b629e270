import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { templateInput } from "@/lib/review/schema";
import { decisionTemplates, saveDecisionTemplate } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The decision mails (accept, reject, waitlist) in ja and en, as they will be sent. */
export const GET = apiRoute<Ctx>("review.templates.get", async (_req, ctx) => json({ items: await decisionTemplates(await getActor(), await idParam(ctx)) }));

/** Saves one: `{ decision, locale, subject, body }` with {name}, {title}, {event}, {url}. */
export const PUT = apiRoute<Ctx>("review.templates.put", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(templateInput, await readJsonObject(req));
  return json(await saveDecisionTemplate(actor, id, input));
});
