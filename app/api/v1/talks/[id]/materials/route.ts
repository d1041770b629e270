import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { linkInput, uploadFields } from "@/lib/materials/schema";
import { addTalkLink, addTalkUpload, assertCanAttach, materialJson } from "@/lib/materials/service";
import { receivePdfUpload } from "@/lib/materials/upload";
import { AppError } from "@/lib/errors";
import { uploads } from "@/lib/storage/service";
import { limitedActor } from "@/lib/ratelimit/actor";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/**
 * Attaches slides (or a video) to a talk: a JSON link `{ kind?, title, url }`, or a multipart
 * form with a PDF `file` (and an optional `title`). Authorized before the body is read.
 */
export const POST = apiRoute<Ctx>("materials.talk", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await limitedActor("report");
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    await assertCanAttach(actor, id);
    const { fields, file } = await receivePdfUpload(req);
    if (!file) throw new AppError("INVALID_INPUT", "No file", { file: ["fileRequired"] });
    const meta = uploadFields.safeParse(fields);
    if (!meta.success) {
      await uploads().remove(file.key);
      throw new AppError("INVALID_INPUT", "Invalid title", { title: ["tooLong"] });
    }
    return json(materialJson(await addTalkUpload(actor, id, meta.data.title, file)), 201);
  }
  const input = parseInput(linkInput, await readJsonObject(req));
  return json(materialJson(await addTalkLink(actor, id, input)), 201);
});
