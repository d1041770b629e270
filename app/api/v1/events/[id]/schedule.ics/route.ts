import { apiRoute, idParam, parseInput, queryObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders } from "@/lib/http/headers";
import { scheduleToIcs } from "@/lib/schedule/export";
import { icsQuery } from "@/lib/schedule/schema";
import { scheduleForViewer } from "@/lib/schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The whole timetable as iCalendar; `?slot=<id>` for one talk. */
export const GET = apiRoute<Ctx>("schedule.ics", async (req, ctx) => {
  const s = await scheduleForViewer(await getActor(), await idParam(ctx));
  const { slot } = parseInput(icsQuery, queryObject(req));
  return new Response(scheduleToIcs(s, slot), {
    headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": `inline; filename="schedule-${s.event.id}.ics"`, ...cacheHeaders(!s.organizer, "public, max-age=300") },
  });
});
