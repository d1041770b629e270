import { Readable } from "node:stream";
import { apiRoute, idParam } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { cacheHeaders, UPLOAD_HEADERS } from "@/lib/http/headers";
import { parseRange } from "@/lib/materials/range";
import { materialFile } from "@/lib/materials/service";
import { uploads } from "@/lib/storage/service";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Downloads an uploaded PDF with its name, inline in the browser's viewer, with range requests. */
export const GET = apiRoute<Ctx>("materials.file", async (req, ctx) => {
  const m = await materialFile(await getActor(), await idParam(ctx));
  const size = await uploads().size(m.fileKey!);
  const range = parseRange(req.headers.get("range"), size);
  const name = m.fileName ?? "slides.pdf";
  const headers: Record<string, string> = {
    "content-type": "application/pdf",
    "content-disposition": `inline; filename="${name.replace(/[^\x20-\x7e]|"/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    "accept-ranges": "bytes",
    ...UPLOAD_HEADERS,
    // A hidden file, or one of a draft event, is only for the organizers who may see it.
    ...cacheHeaders(!m.hidden && m.event.status !== "DRAFT", "public, max-age=3600"),
  };
  if (range === "invalid") return new Response(null, { status: 416, headers: { ...headers, "content-range": `bytes */${size}` } });
  const { body } = await uploads().get(m.fileKey!, range ?? undefined);
  const stream = Readable.toWeb(body) as ReadableStream;
  if (range) return new Response(stream, { status: 206, headers: { ...headers, "content-range": `bytes ${range.start}-${range.end}/${size}`, "content-length": String(range.end - range.start + 1) } });
  return new Response(stream, { status: 200, headers: { ...headers, "content-length": String(size) } });
});
