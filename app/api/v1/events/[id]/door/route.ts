import { apiRoute, idParam, json, parseInput, queryObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { doorSearchInput } from "@/lib/door/schema";
import { searchDoor } from "@/lib/door/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The door list: seated people found by name, handle or receipt number (no email addresses). */
export const GET = apiRoute<Ctx>("door.search", async (req, ctx) => {
  const id = await idParam(ctx);
  const { q } = parseInput(doorSearchInput, queryObject(req));
  const rows = await searchDoor(await getActor(), id, q);
  return json({
    items: rows.map((r) => ({ registrationId: r.id, receiptNumber: r.receiptNumber, status: r.status.toLowerCase(), checkedInAt: r.checkedInAt?.toISOString() ?? null, frameName: r.frameName, name: r.name, handle: r.handle, walkIn: r.walkIn })),
  });
});
