import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { anonymityInput } from "@/lib/participants/schema";
import { setAnonymous } from "@/lib/participants/service";
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

/** `{ anonymous }`: appear without name in the public participant list, or by name again. */
export const PATCH = apiRoute<Ctx>("registrations.update", async (req, ctx) => {
  const input = parseInput(anonymityInput, await readJsonObject(req));
  const reg = await setAnonymous(await getActor(), await idParam(ctx), input.anonymous);
  return json(toRegistrationJson(reg));
});
