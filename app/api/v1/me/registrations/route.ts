import { apiRoute, json, parseInput, queryObject } from "@/lib/api/http";
import { pageOf, pageQuery } from "@/lib/api/paging";
import { getActor } from "@/lib/auth";
import { myRegistrations } from "@/lib/registrations/data";
import { toRegistrationJson } from "@/lib/registrations/serialize";

export const dynamic = "force-dynamic";

/** The caller's registrations, upcoming first. */
export const GET = apiRoute("me.registrations", async (req) => {
  const q = parseInput(pageQuery, queryObject(req, { per_page: "perPage" }));
  const r = await myRegistrations(await getActor());
  const item = (x: (typeof r.upcoming)[number]) => ({ ...toRegistrationJson(x, x.event.endsAt), event: { id: x.event.id, title: x.event.title, startsAt: x.event.startsAt.toISOString(), timezone: x.event.timezone }, frameName: x.frame.name });
  const page = pageOf([...r.upcoming, ...r.past], q);
  return json({ ...page, items: page.items.map(item) });
});
