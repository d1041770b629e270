import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { criteriaInput } from "@/lib/review/schema";
import { criteriaOf, saveCriteria } from "@/lib/review/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

const criteriaJson = (cs: { id: string; name: string; weight: number }[]) => ({ items: cs.map((c) => ({ id: c.id, name: c.name, weight: c.weight })) });

/** The event's review criteria (reviewers and organizers). */
export const GET = apiRoute<Ctx>("review.criteria.get", async (_req, ctx) => json(criteriaJson(await criteriaOf(await getActor(), await idParam(ctx)))));

/** Replaces them (organizers): `{ criteria: [{ name, weight }] | "内容 3\\n新規性 2" }`. */
export const PUT = apiRoute<Ctx>("review.criteria.put", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  const input = parseInput(criteriaInput, await readJsonObject(req));
  return json(criteriaJson(await saveCriteria(actor, id, input)));
});
