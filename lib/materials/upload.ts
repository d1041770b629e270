// Streaming upload of one PDF from a multipart request: never held whole in memory, cut off at
// the size limit, and checked to be a PDF by its first bytes (not its name or declared type).
import { Transform, type TransformCallback } from "node:stream";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { env } from "../env";
import { AppError } from "../errors";
import { type Stored, uploads } from "../storage/service";

const PDF_MAGIC = Buffer.from("%PDF-");

/** Passes bytes through once the first KiB shows a PDF header; counts them against a limit. */
export class PdfGate extends Transform {
  private head = Buffer.alloc(0);
  private checked = false;
  private total = 0;
  constructor(private readonly limit: number) {
    super();
  }
  _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
    this.total += chunk.length;
    if (this.total > this.limit) return done(new AppError("FILE_TOO_LARGE", "File too large"));
    if (this.checked) return done(null, chunk);
    this.head = Buffer.concat([this.head, chunk]);
    if (this.head.length < 1024) return done();
    return this.release(done);
  }
  _flush(done: TransformCallback) {
    if (this.checked) return done();
    this.release((err, data) => {
      if (err) return done(err);
      if (data) this.push(data);
      done();
    });
  }
  private release(done: TransformCallback) {
    // The PDF header may follow a little junk, but must be within the first 1024 bytes.
    if (this.head.subarray(0, 1024).indexOf(PDF_MAGIC) === -1) return done(new AppError("NOT_A_PDF", "Not a PDF"));
    this.checked = true;
    const data = this.head;
    this.head = Buffer.alloc(0);
    done(null, data);
  }
}

export type UploadResult = { fields: Record<string, string>; file: (Stored & { fileName: string }) | null };

/** What one kind of upload checks: its size limit, the gate that checks its bytes, its extension. */
export type UploadKind = { limit: number; gate: (limit: number) => Transform; ext: string; fallbackName: string };

/** Parses a multipart/form-data request with one `file` field, storing the file as it arrives. */
export function receivePdfUpload(req: Request): Promise<UploadResult> {
  return receiveUpload(req, { limit: env().UPLOAD_MAX_MB * 1024 * 1024, gate: (limit) => new PdfGate(limit), ext: ".pdf", fallbackName: "slides.pdf" });
}

/** The same streaming receiver for any kind of file (speaker photos use it with an image gate). */
export async function receiveUpload(req: Request, kind: UploadKind): Promise<UploadResult> {
  const limit = kind.limit;
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("INVALID_INPUT", "Send multipart/form-data", { file: ["fileRequired"] });
  // A declared length over the limit is refused before reading anything.
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit + 64 * 1024) throw new AppError("FILE_TOO_LARGE", "File too large");
  if (!req.body) throw new AppError("INVALID_INPUT", "Empty body", { file: ["fileRequired"] });

  const fields: Record<string, string> = {};
  let stored: Promise<(Stored & { fileName: string }) | null> = Promise.resolve(null);
  const parsed = new Promise<void>((resolve, reject) => {
    // Browsers send file names as UTF-8 (日本語のファイル名); busboy assumes Latin-1 otherwise.
    // A malformed multipart body (no boundary, cut short) is the sender's mistake: a 400, not a 500.
    const malformed = (e: unknown) => (e instanceof AppError ? e : new AppError("INVALID_INPUT", "Malformed multipart body", { file: ["fileRequired"] }));
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers: { "content-type": type }, defParamCharset: "utf8", limits: { files: 1, fields: 20, fieldSize: 10_000, fileSize: limit + 1 } });
    } catch (e) {
      return reject(malformed(e));
    }
    bb.on("field", (name, value) => {
      fields[name] = value;
    });
    bb.on("file", (name, stream, info) => {
      if (name !== "file") {
        stream.resume();
        return;
      }
      const gate = kind.gate(limit);
      // A body that ends early (an aborted upload) errors the file stream; pass it on so the
      // storage pipeline fails cleanly instead of the error going uncaught.
      stream.on("error", (e) => {
        if (!gate.destroyed) gate.destroy(e);
      });
      // The storage pipeline reports the gate's error; after that, late errors and the rest of
      // the incoming file are drained and ignored.
      gate.on("error", () => {
        stream.unpipe(gate);
        stream.resume();
      });
      stream.on("limit", () => {
        if (!gate.destroyed) gate.destroy(new AppError("FILE_TOO_LARGE", "File too large"));
      });
      // Only the base name is kept, for the download's file name; it never reaches the disk path.
      const fileName = (info.filename ?? kind.fallbackName).split(/[\\/]/).pop()!.slice(0, 200) || kind.fallbackName;
      stored = uploads()
        .put(stream.pipe(gate), kind.ext)
        .then((s) => ({ ...s, fileName }));
      stored.catch(() => stream.resume());
    });
    bb.on("error", (e) => reject(malformed(e)));
    bb.on("close", () => resolve());
    // An aborted request errors its body; busboy is told, so the file stream in flight fails
    // and the storage removes its partial file.
    const source = Readable.fromWeb(req.body as unknown as WebReadableStream<Uint8Array>);
    source.on("error", (e) => {
      bb.destroy(e);
      reject(e);
    });
    source.pipe(bb);
  });
  let file: (Stored & { fileName: string }) | null;
  try {
    await parsed;
    file = await stored;
  } catch (e) {
    // The request failed after the file part was complete (or while storing it): whatever was
    // stored is nobody's, so it goes. The storage removes its own partial files.
    const outcome = await stored.then(
      (s) => ({ s, err: null }),
      (err: unknown) => ({ s: null, err }),
    );
    if (outcome.s) await uploads().remove(outcome.s.key).catch(() => undefined);
    if (e instanceof AppError) throw e;
    if (outcome.err instanceof AppError) throw outcome.err;
    // A cut-off or malformed multipart body is the sender's problem, not a server error.
    throw new AppError("INVALID_INPUT", "The upload did not complete", { file: ["uploadIncomplete"] });
  }
  if (file && file.size === 0) {
    await uploads().remove(file.key);
    throw new AppError("INVALID_INPUT", "Empty file", { file: ["fileRequired"] });
  }
  return { fields, file };
}
