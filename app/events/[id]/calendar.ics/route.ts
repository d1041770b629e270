import { getActor } from "@/lib/auth";
import { isAppError } from "@/lib/errors";
import { eventToIcs } from "@/lib/events/ics";
import { getEventForViewer } from "@/lib/events/service";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, ctx: { params: Promise<{ id: string }> }) {
  const { id } = await ctx.params;
  try {
    const { event, insider } = await getEventForViewer(id, await getActor());
    return new Response(eventToIcs(event, { includeOnlineUrl: insider }), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": `attachment; filename="hako-event-${event.id}.ics"`,
      },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    throw e;
  }
}
