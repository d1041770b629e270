import { apiRoute, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { resetFeedToken } from "@/lib/personal-schedule/service";

export const dynamic = "force-dynamic";

/** Replaces the secret of the caller's private calendar URL; the old URL stops working. */
export const POST = apiRoute("me.calendarToken", async () => json(await resetFeedToken(await getActor()), 201, { "cache-control": "private, no-store" }));
