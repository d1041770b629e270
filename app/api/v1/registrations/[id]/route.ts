import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { getRegistrationForOwner } from "@/lib/registrations/data";
import { toRegistrationJson } from "@/lib/registrations/serialize";
import { cancel } from "@/lib/registrations/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = apiRoute<Ctx>("registrations.get", async (_req, ctx) => {
  const reg = await getRegistrationForOwner(await getActor(), await idParam(ctx));
  return json(toRegistrationJson(reg, reg.event.endsAt));
});

/** Cancels one's own registration; the first waitlisted person is promoted in the same transaction. */
export const DELETE = apiRoute<Ctx>("registrations.cancel", async (_req, ctx) => {
  return json(toRegistrationJson(await cancel(await limitedActor("application"), await idParam(ctx))));
});
