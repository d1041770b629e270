import { apiRoute, idParam, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { starTalk } from "@/lib/personal-schedule/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Marks a confirmed talk (☆) for the caller's schedule. */
export const PUT = apiRoute<Ctx>("me.schedule.star", async (_req, ctx) => {
  const id = await idParam(ctx);
  return json({ talkId: id, ...(await starTalk(await getActor(), id, true)) });
});

/** Unmarks it. */
export const DELETE = apiRoute<Ctx>("me.schedule.unstar", async (_req, ctx) => {
  const id = await idParam(ctx);
  return json({ talkId: id, ...(await starTalk(await getActor(), id, false)) });
});
