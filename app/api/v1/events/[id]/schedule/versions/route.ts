import { apiRoute, idParam, json, parseInput, queryObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders } from "@/lib/http/headers";
import { versionsQuery } from "@/lib/schedule/schema";
import { publishSchedule, scheduleVersions } from "@/lib/schedule/service";
import { versionJson } from "@/lib/schedule/export";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** The published versions and what changed in each, newest first. */
export const GET = apiRoute<Ctx>("schedule.versions.list", async (req, ctx) => {
  const id = await idParam(ctx);
  const { limit } = parseInput(versionsQuery, queryObject(req));
  const actor = await getActor();
  const v = await scheduleVersions(actor, id, limit);
  return json({ eventId: id, version: v.version, items: v.items.map((x) => versionJson(x, v.timezone)) }, 200, cacheHeaders(!actor, "no-store"));
});

/** Publishes the timetable as a new version (none when nothing changed: 200 with the current one). */
export const POST = apiRoute<Ctx>("schedule.versions.publish", async (_req, ctx) => {
  const id = await idParam(ctx);
  const r = await publishSchedule(await getActor(), id);
  return json({ eventId: id, version: r.version, created: r.created, changes: r.changes }, r.created ? 201 : 200);
});
