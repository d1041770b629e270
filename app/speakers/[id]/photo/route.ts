import { Readable } from "node:stream";
import { apiRoute, idParam } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { UPLOAD_HEADERS } from "@/lib/http/headers";
import { speakerPhoto } from "@/lib/speakers/service";
import { uploads } from "@/lib/storage/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** A speaker's uploaded photo, for whoever may see them as a speaker (lib/speakers/service.ts). */
export const GET = apiRoute<Ctx>("speakers.photo", async (_req, ctx) => {
  const p = await speakerPhoto(await getActor(), await idParam(ctx));
  const { body, size } = await uploads().get(p.photoKey!);
  return new Response(Readable.toWeb(body) as ReadableStream, {
    headers: { "content-type": p.photoType!, "content-length": String(size), ...UPLOAD_HEADERS, "cache-control": "private, max-age=300" },
  });
});
