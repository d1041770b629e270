import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth";
import { publicBaseUrl } from "@/lib/env";
import { isRateLimited, rateLimit } from "@/lib/ratelimit/limiter";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ nextauth: string[] }> };

// Options are built per request so that configuration is read at run time, not at build time.
async function handler(req: Request, ctx: Ctx) {
  return NextAuth(req as never, { params: await ctx.params } as never, authOptions());
}

/**
 * Asking for a magic link is limited per address and per client, before next-auth queues the
 * mail: a refused request gets the sign-in page with the reason (JSON `{ url }` for next-auth's
 * client, a redirect for a plain form), with Retry-After.
 */
async function post(req: Request, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "signin/email") {
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").trim().toLowerCase().slice(0, 320);
    try {
      await rateLimit("signInMail", { headers: req.headers, id: email || null });
    } catch (e) {
      if (!isRateLimited(e)) throw e;
      const url = `${publicBaseUrl()}/signin?error=RateLimited&retryAfter=${e.retryAfterSeconds}`;
      const headers = { "retry-after": String(e.retryAfterSeconds), "cache-control": "no-store" };
      if (form?.get("json") === "true") return Response.json({ url }, { status: 429, headers });
      return new Response(null, { status: 303, headers: { ...headers, location: url } });
    }
  }
  return handler(req, ctx);
}

export { handler as GET, post as POST };
