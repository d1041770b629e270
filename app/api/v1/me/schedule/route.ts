import { apiRoute, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { mySchedule, scheduleEntryJson } from "@/lib/personal-schedule/service";

export const dynamic = "force-dynamic";

/** The caller's marked talks in time order, and the private URL of their calendar. */
export const GET = apiRoute("me.schedule", async () => {
  const s = await mySchedule(await getActor());
  return json({ talks: s.entries.map(scheduleEntryJson), icsUrl: s.icsUrl }, 200, { "cache-control": "private, no-store" });
});
