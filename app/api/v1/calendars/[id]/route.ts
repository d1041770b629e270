import { apiRoute, idParam } from "@/lib/api/http";
import { icsForToken } from "@/lib/personal-schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** A personal schedule as iCalendar, for whoever holds its secret (no sign-in: calendar apps fetch it). */
export const GET = apiRoute<Ctx>("me.schedule.ics", async (_req, ctx) => {
  const ics = await icsForToken(await idParam(ctx));
  return new Response(ics, { headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": 'inline; filename="my-schedule.ics"', "cache-control": "private, max-age=300", "referrer-policy": "no-referrer" } });
});
