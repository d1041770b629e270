import { apiRoute, idParam, json, parseInput, queryObject, readJsonObject } from "@/lib/api/http";
import { pageOf, pageQuery } from "@/lib/api/paging";
import { getActor } from "@/lib/auth";
import { reportInput } from "@/lib/materials/schema";
import { addReport, materialJson, materialsPage } from "@/lib/materials/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Every visible material of the event: talks' slides and videos, and reports. */
export const GET = apiRoute<Ctx>("materials.list", async (req, ctx) => {
  const q = parseInput(pageQuery, queryObject(req, { per_page: "perPage" }));
  const page = await materialsPage(await getActor(), await idParam(ctx));
  const all = pageOf([...page.talks.flatMap((t) => t.materials), ...page.eventMaterials, ...page.reports], q);
  return json({ ...all, items: all.items.map(materialJson) });
});

/** A report link (参加レポート) by someone registered for the event. */
export const POST = apiRoute<Ctx>("materials.report", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("report");
  const input = parseInput(reportInput, await readJsonObject(req));
  return json(materialJson(await addReport(actor, id, input)), 201);
});
