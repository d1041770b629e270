import { apiRoute, idParam, json, parseInput, queryObject, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { answerFilterFrom, participants } from "@/lib/registrations/data";
import { applyInput, registrationListQuery } from "@/lib/registrations/schema";
import { toRegistrationJson } from "@/lib/registrations/serialize";
import { apply } from "@/lib/registrations/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Apply to a frame of the event. */
export const POST = apiRoute<Ctx>("registrations.create", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("application");
  const input = parseInput(applyInput, await readJsonObject(req));
  const reg = await apply(actor, id, input);
  return json(toRegistrationJson(reg), 201);
});

/** Organizers: the event's registrations, with the person. */
export const GET = apiRoute<Ctx>("registrations.list", async (req, ctx) => {
  const id = await idParam(ctx);
  const q = parseInput(registrationListQuery, queryObject(req, { per_page: "perPage", frame_id: "frameId" }));
  const { question, answer, ...rest } = q;
  const r = await participants(await getActor(), id, { ...rest, answer: answerFilterFrom(question, answer) });
  return json({
    total: r.total,
    page: r.page,
    perPage: r.perPage,
    items: r.items.map((x) => ({ ...toRegistrationJson(x, r.event.endsAt), user: { id: x.user.id, name: x.user.name, handle: x.user.handle, email: x.user.email }, frameName: x.frame.name })),
  });
});
