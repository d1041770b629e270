import { getActor } from "@/lib/auth";
import { forbidden, isAppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/observability/logger";
import { receivePhotoUpload } from "@/lib/speakers/photo";
import { authorizePhotoUpload, setUploadedPhoto } from "@/lib/speakers/service";
import { uploads } from "@/lib/storage/service";

export const dynamic = "force-dynamic";

const back = (query: Record<string, string>) => new Response(null, { status: 303, headers: { location: `/me/speaker?${new URLSearchParams(query)}`, "cache-control": "no-store" } });

/** The speaker page's plain photo upload (works without JavaScript); authorized before the body is read. */
export async function POST(req: Request) {
  try {
    if (req.headers.get("sec-fetch-site") === "cross-site") throw forbidden();
    const actor = authorizePhotoUpload(await getActor());
    const { file, type } = await receivePhotoUpload(req);
    if (!file || !type) {
      if (file) await uploads().remove(file.key);
      return back({ error: "INVALID_INPUT" });
    }
    await setUploadedPhoto(actor, { key: file.key, type });
    return back({ uploaded: "1" });
  } catch (e) {
    if (isAppError(e)) return back({ error: e.code });
    log("speakers.photo").error(errorFields(e), "unexpected error");
    return back({ error: "INTERNAL" });
  }
}
