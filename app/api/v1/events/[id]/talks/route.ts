import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { toTalkJson } from "@/lib/talks/serialize";
import { talksForEvent } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Confirmed talks for everyone; organizers and reviewers see every proposal, speakers their own. */
export const GET = apiRoute<Ctx>("talks.list", async (_req, ctx) => {
  const actor = await getActor();
  const talks = await talksForEvent(actor, await idParam(ctx));
  return json({
    total: talks.length,
    page: 1,
    perPage: talks.length,
    items: talks.map((t) => toTalkJson(t, { private: t.status !== "CONFIRMED" || (actor !== null && t.speakers.some((s) => s.userId === actor.userId)) })),
  });
});
