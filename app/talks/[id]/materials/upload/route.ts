import { getActor } from "@/lib/auth";
import { AppError, forbidden, isAppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/observability/logger";
import { uploadFields } from "@/lib/materials/schema";
import { addTalkUpload, assertCanAttach, assertCanReplace, replaceUpload } from "@/lib/materials/service";
import { receivePdfUpload } from "@/lib/materials/upload";
import { uploads } from "@/lib/storage/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

// A relative Location: behind a reverse proxy the request URL Next sees is not the public one.
function back(talkId: string, query: Record<string, string>) {
  return new Response(null, { status: 303, headers: { location: `/talks/${encodeURIComponent(talkId)}?${new URLSearchParams(query)}`, "cache-control": "no-store" } });
}

/**
 * The target of the talk page's plain upload form (works without JavaScript): stores one PDF as
 * the talk's slides, or in place of an uploaded one (`?replace=<material id>`), then sends the
 * browser back to the talk with the outcome in the query string.
 */
export async function POST(req: Request, ctx: Ctx) {
  const { id } = await ctx.params;
  const replace = new URL(req.url).searchParams.get("replace");
  try {
    // The session cookie is SameSite=Lax already; this also turns away cross-site form posts
    // from browsers that send the cookie anyway.
    if (req.headers.get("sec-fetch-site") === "cross-site") throw forbidden();
    const actor = await getActor();
    // Authorized before a byte of the body is read: strangers cannot fill the disk.
    await assertCanAttach(actor, id);
    if (replace) await assertCanReplace(actor, replace);
    const { fields, file } = await receivePdfUpload(req);
    if (!file) throw new AppError("INVALID_INPUT", "No file", { file: ["fileRequired"] });
    const meta = uploadFields.safeParse(fields);
    if (!meta.success) {
      await uploads().remove(file.key);
      throw new AppError("INVALID_INPUT", "Invalid title", { title: ["tooLong"] });
    }
    const saved = replace ? await replaceUpload(actor, replace, file) : await addTalkUpload(actor, id, meta.data.title, file);
    return back(saved.proposalId ?? id, { uploaded: replace ? "replaced" : "1" });
  } catch (e) {
    if (isAppError(e)) {
      const reason = Object.values(e.fields ?? {})[0]?.[0];
      return back(id, { error: e.code, ...(reason ? { reason } : {}) });
    }
    log("materials.upload").error(errorFields(e), "unexpected error");
    return back(id, { error: "INTERNAL" });
  }
}
