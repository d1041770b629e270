import { apiRoute } from "@/lib/api/http";
import { publicBaseUrl } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { materialsAtom } from "@/lib/materials/feed";
import { feedMaterials, groupReports } from "@/lib/materials/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ slug: string }> };

export const GET = apiRoute<Ctx>("materials.atom.group", async (_req, ctx) => {
  const { slug } = await ctx.params;
  if (!/^[a-z0-9-]{1,50}$/.test(slug)) throw new AppError("NOT_FOUND");
  const { group } = await groupReports(slug, 1);
  const base = publicBaseUrl();
  const xml = materialsAtom(
    { id: group.id, title: `${group.name} — 資料 / Materials`, pageUrl: `${base}/groups/${group.slug}`, feedUrl: `${base}/groups/${group.slug}/materials.atom` },
    await feedMaterials({ groupSlug: group.slug }),
  );
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});
