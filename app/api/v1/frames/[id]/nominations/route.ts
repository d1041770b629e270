import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { nominate } from "@/lib/frames/service";
import { nominateInput } from "@/lib/registrations/schema";
import { frameForOrganizer } from "@/lib/registrations/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Sets the nominations (指名) of a lottery frame before its close: these come first, in order. */
export const PUT = apiRoute<Ctx>("frames.nominations", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  await frameForOrganizer(actor, id);
  const input = parseInput(nominateInput, await readJsonObject(req));
  return json({ frameId: id, nominated: await nominate(actor, id, input.publicIds) });
});
