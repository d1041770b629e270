// Speaker photos: a small image upload (PNG, JPEG or WebP), recognised by its first bytes, not its
// name or declared type, streamed to lib/storage like slide PDFs and capped far below them.
import { Transform, type TransformCallback } from "node:stream";
import { env } from "../env";
import { AppError } from "../errors";
import { receiveUpload, type UploadResult } from "../materials/upload";

/** Photos need no more than this, whatever UPLOAD_MAX_MB allows for slides. */
export const PHOTO_MAX_BYTES = 2 * 1024 * 1024;

export type ImageType = "image/png" | "image/jpeg" | "image/webp";

/** The image type its first bytes show, or null. */
export function sniffImage(head: Buffer): ImageType | null {
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (head.length >= 12 && head.subarray(0, 4).toString("latin1") === "RIFF" && head.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  return null;
}

/** Passes bytes through once the first 12 show an image; counts them against a limit. */
export class ImageGate extends Transform {
  private head = Buffer.alloc(0);
  private total = 0;
  detected: ImageType | null = null;
  constructor(private readonly limit: number) {
    super();
  }
  _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.total += chunk.length;
    if (this.total > this.limit) return done(new AppError("FILE_TOO_LARGE", "File too large"));
    if (this.detected) return done(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 12) return done();
    return this.release(done);
  }
  _flush(done: TransformCallback) {
    if (this.detected) return done();
    this.release((err, data) => {
      if (err) return done(err);
      if (data) this.push(data);
      done();
    });
  }
  private release(done: TransformCallback) {
    this.detected = sniffImage(this.head);
    if (!this.detected) return done(new AppError("NOT_AN_IMAGE", "Not a PNG, JPEG or WebP image"));
    const data = this.head;
    this.head = Buffer.alloc(0);
    done(null, data);
  }
}

/** Receives a multipart photo upload (field `file`); the caller has authorized before calling. */
export async function receivePhotoUpload(req: Request): Promise<UploadResult & { type: ImageType | null }> {
  let gate: ImageGate | null = null;
  const limit = Math.min(PHOTO_MAX_BYTES, env().UPLOAD_MAX_MB * 1024 * 1024);
  const result = await receiveUpload(req, {
    limit,
    gate: (l) => (gate = new ImageGate(l)),
    ext: ".img",
    fallbackName: "photo",
  });
  return { ...result, type: (gate as ImageGate | null)?.detected ?? null };
}
