import { apiRoute, idParam, json } from "@/lib/api/http";
import { publicFrameLog } from "@/lib/frame-log/service";
import { limitAnonymous } from "@/lib/ratelimit/actor";
import { getActor } from "@/lib/auth";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Public: a lottery frame's hash-chained log, every entry from seq 1 (docs/lottery.md). */
export const GET = apiRoute<Ctx>("frames.log", async (_req, ctx) => {
  await limitAnonymous("heavyRead", await getActor());
  return json(await publicFrameLog(await idParam(ctx)), 200, { "access-control-allow-origin": "*" });
});
