import { apiRoute, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { unauthenticated } from "@/lib/errors";
import { getProfile } from "@/lib/users/service";
import { organizedGroups } from "@/lib/groups/service";
import { toGroupJson } from "@/lib/events/serialize";

export const dynamic = "force-dynamic";

/** The caller, for scripts checking their token, with the groups they organize. */
export const GET = apiRoute("me", async () => {
  const actor = await getActor();
  if (!actor) throw unauthenticated();
  const [user, groups] = await Promise.all([getProfile(actor.userId), organizedGroups(actor.userId)]);
  return json({
    id: user.id,
    name: user.name,
    handle: user.handle,
    image: user.image,
    locale: user.locale,
    organizedGroups: groups.map(toGroupJson),
  });
});
