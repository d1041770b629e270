import { apiRoute, json, parseInput } from "@/lib/api/http";
import { unsubscribeInput } from "@/lib/notifications/schema";
import { unsubscribeWithToken } from "@/lib/notifications/service";

export const dynamic = "force-dynamic";

/**
 * RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" to the URL of
 * the List-Unsubscribe header. The signed token in the query names the person and the scope.
 */
export const POST = apiRoute("unsubscribe.oneClick", async (req) => {
  const { token } = parseInput(unsubscribeInput, { token: new URL(req.url).searchParams.get("token") ?? "" });
  const r = await unsubscribeWithToken(token);
  return json({ unsubscribed: r.scope, group: r.group ? { id: r.group.id, slug: r.group.slug } : null });
});
