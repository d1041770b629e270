import { apiRoute, idParam, json, parseInput, queryObject } from "@/lib/api/http";
import { pageOf, pageQuery } from "@/lib/api/paging";
import { getActor } from "@/lib/auth";
import { toTalkJson } from "@/lib/talks/serialize";
import { talksForEvent } from "@/lib/talks/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Confirmed talks for everyone; organizers and reviewers see every proposal, speakers their own. */
export const GET = apiRoute<Ctx>("talks.list", async (req, ctx) => {
  const q = parseInput(pageQuery, queryObject(req, { per_page: "perPage" }));
  const actor = await getActor();
  const talks = await talksForEvent(actor, await idParam(ctx));
  const page = pageOf(talks, q);
  return json({ ...page, items: page.items.map((t) => toTalkJson(t, { private: t.status !== "CONFIRMED" || (actor !== null && t.speakers.some((s) => s.userId === actor.userId)) })) });
});
