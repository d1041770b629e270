import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { reconfirmInput } from "@/lib/reconfirmation/schema";
import { answerAsOwner } from "@/lib/reconfirmation/service";
import { limitedActor } from "@/lib/ratelimit/actor";
import { toRegistrationJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The owner answers a reconfirmation: `{ coming: true }` keeps the seat, `false` cancels it. */
export const POST = apiRoute<Ctx>("registrations.reconfirm", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("application");
  const input = parseInput(reconfirmInput, await readJsonObject(req));
  return json(toRegistrationJson(await answerAsOwner(actor, id, input.coming)));
});
