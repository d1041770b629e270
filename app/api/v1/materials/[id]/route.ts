import { apiRoute, idParam, json, parseInput, readJsonObject } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { assertCanReplace, materialJson, removeMaterial, replaceUpload, setHidden } from "@/lib/materials/service";
import { hiddenInput } from "@/lib/materials/schema";
import { receivePdfUpload } from "@/lib/materials/upload";

export const dynamic = "force-dynamic";
type Ctx = { params: Promise<{ id: string }> };

/** Organizers hide or show a material (`{ hidden }`). */
export const PATCH = apiRoute<Ctx>("materials.hide", async (req, ctx) => {
  const id = await idParam(ctx);
  const { hidden } = parseInput(hiddenInput, await readJsonObject(req));
  return json(materialJson(await setHidden(await getActor(), id, hidden)));
});

/** Replaces an uploaded PDF (multipart `file`). */
export const PUT = apiRoute<Ctx>("materials.replace", async (req, ctx) => {
  const id = await idParam(ctx);
  const actor = await getActor();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  await assertCanReplace(actor, id);
  const { file } = await receivePdfUpload(req);
  if (!file) throw new AppError("INVALID_INPUT", "No file", { file: ["fileRequired"] });
  return json(materialJson(await replaceUpload(actor, id, file)));
});

export const DELETE = apiRoute<Ctx>("materials.remove", async (_req, ctx) => {
  await removeMaterial(await getActor(), await idParam(ctx));
  return new Response(null, { status: 204 });
});
