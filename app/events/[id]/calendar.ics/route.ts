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
        // A participant's copy carries the participant-only online URL, an organizer's may be a
        // draft's: neither may be kept by a shared cache and handed to someone else.
        "Cache-Control": insider || event.status !== "PUBLISHED" ? "private, no-store" : "public, max-age=0, must-revalidate",
        Vary: "Cookie, Authorization",
      },
    });
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") return new Response("Not found", { status: 404 });
    throw e;
  }
}
