import { apiRoute, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { myRegistrations } from "@/lib/registrations/data";
import { toRegistrationJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";

/** The caller's registrations, upcoming first. */
export const GET = apiRoute("me.registrations", async () => {
  const r = await myRegistrations(await getActor());
  const item = (x: (typeof r.upcoming)[number]) => ({ ...toRegistrationJson(x, x.event.endsAt), event: { id: x.event.id, title: x.event.title, startsAt: x.event.startsAt.toISOString(), timezone: x.event.timezone }, frameName: x.frame.name });
  const items = [...r.upcoming.map(item), ...r.past.map(item)];
  return json({ total: items.length, page: 1, perPage: items.length, items });
});
