import { apiRoute, idParam } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders } from "@/lib/http/headers";
import { scheduleToFrab } from "@/lib/schedule/export";
import { scheduleForViewer } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** frab-compatible schedule.xml for conference apps (Giggity, ConfClerk). */
export const GET = apiRoute<Ctx>("schedule.xml", async (_req, ctx) => {
  const s = await scheduleForViewer(await getActor(), await idParam(ctx));
  return new Response(scheduleToFrab(s), { headers: { "content-type": "application/xml; charset=utf-8", ...cacheHeaders(!s.organizer, "public, max-age=300") } });
});
