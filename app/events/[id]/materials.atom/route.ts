import { apiRoute, idParam } from "@/lib/api/http";
import { publicBaseUrl } from "@/lib/env";
import { getEventForViewer } from "@/lib/events/service";
import { materialsAtom } from "@/lib/materials/feed";
import { feedMaterials } from "@/lib/materials/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

export const GET = apiRoute<Ctx>("materials.atom.event", async (_req, ctx) => {
  const { event } = await getEventForViewer(await idParam(ctx), null);
  const base = publicBaseUrl();
  const xml = materialsAtom(
    { id: event.id, title: `${event.title} — 資料 / Materials`, pageUrl: `${base}/events/${event.id}/materials`, feedUrl: `${base}/events/${event.id}/materials.atom` },
    await feedMaterials({ eventId: event.id }),
  );
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=300" } });
});
