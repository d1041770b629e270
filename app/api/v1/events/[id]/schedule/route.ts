import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders } from "@/lib/http/headers";
import { toScheduleJson } from "@/lib/schedule/export";
import { scheduleForViewer } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The timetable (empty until published, except for organizers). */
export const GET = apiRoute<Ctx>("schedule.json", async (_req, ctx) => {
  const s = await scheduleForViewer(await getActor(), await idParam(ctx));
  return json(toScheduleJson(s), 200, { "access-control-allow-origin": "*", ...cacheHeaders(!s.organizer, "no-store") });
});
