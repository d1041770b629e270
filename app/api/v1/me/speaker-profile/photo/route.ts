import { apiRoute, json } from "@/lib/api/http";
import { getActor } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { receivePhotoUpload } from "@/lib/speakers/photo";
import { authorizePhotoUpload, setUploadedPhoto } from "@/lib/speakers/service";
import { uploads } from "@/lib/storage/service";

export const dynamic = "force-dynamic";

/** Uploads the caller's photo (multipart `file`: PNG, JPEG or WebP, 2 MB at most); authorized before the body is read. */
export const POST = apiRoute("speakers.photo.upload", async (req) => {
  const actor = authorizePhotoUpload(await getActor());
  const { file, type } = await receivePhotoUpload(req);
  if (!file || !type) {
    if (file) await uploads().remove(file.key);
    throw new AppError("INVALID_INPUT", "No file", { file: ["fileRequired"] });
  }
  const p = await setUploadedPhoto(actor, { key: file.key, type });
  return json({ bio: p.bio, photoUrl: p.photoUrl, pronouns: p.pronouns || null, company: p.company || null }, 201);
});
