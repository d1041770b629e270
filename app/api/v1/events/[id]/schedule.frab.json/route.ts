import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders } from "@/lib/http/headers";
import { scheduleToFrabJson } from "@/lib/schedule/export";
import { scheduleForViewer } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The frab-style schedule JSON (the voc/schedule JSON schema) for conference apps and video teams. */
export const GET = apiRoute<Ctx>("schedule.frabJson", async (_req, ctx) => {
  const s = await scheduleForViewer(await getActor(), await idParam(ctx));
  return json(scheduleToFrabJson(s), 200, { "access-control-allow-origin": "*", ...cacheHeaders(!s.organizer, "public, max-age=300") });
});
