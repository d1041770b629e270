import { apiRoute, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { groupInput } from "@/lib/groups/schema";
import { toGroupJson } from "@/lib/events/serialize";
import { createGroup } from "@/lib/groups/service";

export const dynamic = "force-dynamic";

/** Creates a group; the caller becomes its owner. */
export const POST = apiRoute("groups.create", async (req) => {
  const actor = await getActor();
  const input = parseInput(groupInput, await readJsonObject(req));
  const group = await createGroup(actor, input);
  return json(toGroupJson(group), 201);
});
