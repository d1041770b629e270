// Where uploaded files live: a local folder (data/uploads by default) or S3-compatible object
// storage (S3_BUCKET and friends). Keys are random names chosen by Hako, never the uploader's
// file name, so nothing a user sends can steer where a file is written.
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { env } from "../env";

export type Stored = { key: string; size: number };
export type Range = { start: number; end: number };

export interface Storage {
  /** Writes the stream under a new random key; `limit` bytes at most (more rejects with TOO_LARGE). */
  put(body: Readable, ext: string): Promise<Stored>;
  /** Reads a whole file or a byte range. */
  get(key: string, range?: Range): Promise<{ body: Readable; size: number }>;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
}

export const newKey = (ext: string) => `${randomBytes(16).toString("hex")}${ext}`;

/** Keys are only what newKey makes: anything else (../, slashes) is refused before touching disk. */
export function isValidKey(key: string): boolean {
  return /^[0-9a-f]{32}\.[a-z0-9]{1,8}$/.test(key);
}

function assertKey(key: string) {
  if (!isValidKey(key)) throw new Error("invalid storage key");
}

export class LocalStorage implements Storage {
  constructor(private readonly dir: string) {}

  private file(key: string) {
    assertKey(key);
    return path.join(path.resolve(this.dir), key);
  }

  async put(body: Readable, ext: string): Promise<Stored> {
    await mkdir(this.dir, { recursive: true });
    const key = newKey(ext);
    const tmp = `${this.file(key)}.part`;
    try {
      await pipeline(body, createWriteStream(tmp, { flags: "wx" }));
      await rename(tmp, this.file(key));
    } catch (e) {
      await rm(tmp, { force: true });
      throw e;
    }
    return { key, size: (await stat(this.file(key))).size };
  }

  async get(key: string, range?: Range) {
    const size = await this.size(key);
    return { body: createReadStream(this.file(key), range ? { start: range.start, end: range.end } : undefined), size };
  }

  async size(key: string) {
    return (await stat(this.file(key))).size;
  }

  async remove(key: string) {
    await rm(this.file(key), { force: true });
  }
}

export class S3Storage implements Storage {
  private clientPromise: Promise<import("@aws-sdk/client-s3").S3Client> | undefined;
  constructor(
    private readonly bucket: string,
    private readonly options: { region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean },
  ) {}

  private async client() {
    this.clientPromise ??= import("@aws-sdk/client-s3").then(
      ({ S3Client }) =>
        new S3Client({
          region: this.options.region,
          endpoint: this.options.endpoint,
          forcePathStyle: this.options.forcePathStyle,
          // Plain bodies: the SDK's default (streamed aws-chunked bodies with a trailing checksum)
          // is stored verbatim, framing and all, by S3-compatible servers that do not know it
          // (tests/storage-s3.test.ts). Checksums are then sent only where an operation needs one.
          requestChecksumCalculation: "WHEN_REQUIRED",
          responseChecksumValidation: "WHEN_REQUIRED",
          credentials: this.options.accessKeyId && this.options.secretAccessKey ? { accessKeyId: this.options.accessKeyId, secretAccessKey: this.options.secretAccessKey } : undefined,
        }),
    );
    return this.clientPromise;
  }

  async put(body: Readable, ext: string): Promise<Stored> {
    // The upload is streamed to a temporary local file first (bounded, checked), then sent with
    // its length; S3's PutObject needs the length up front.
    const local = new LocalStorage(path.join(env().UPLOAD_DIR, ".s3-staging"));
    const staged = await local.put(body, ext);
    try {
      const { PutObjectCommand } = await import("@aws-sdk/client-s3");
      const key = newKey(ext);
      const { body: stream } = await local.get(staged.key);
      await (await this.client()).send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: stream, ContentLength: staged.size }));
      return { key, size: staged.size };
    } finally {
      await local.remove(staged.key);
    }
  }

  async get(key: string, range?: Range) {
    assertKey(key);
    const { GetObjectCommand } = await import("@aws-sdk/client-s3");
    const res = await (await this.client()).send(new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
    const total = res.ContentRange ? Number(res.ContentRange.split("/")[1]) : Number(res.ContentLength ?? 0);
    return { body: res.Body as Readable, size: total };
  }

  async size(key: string) {
    assertKey(key);
    const { HeadObjectCommand } = await import("@aws-sdk/client-s3");
    const res = await (await this.client()).send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
    return Number(res.ContentLength ?? 0);
  }

  async remove(key: string) {
    assertKey(key);
    const { DeleteObjectCommand } = await import("@aws-sdk/client-s3");
    await (await this.client()).send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}

let storage: Storage | undefined;

export function uploads(): Storage {
  if (storage) return storage;
  const e = env();
  storage = e.S3_BUCKET
    ? new S3Storage(e.S3_BUCKET, { region: e.S3_REGION, endpoint: e.S3_ENDPOINT, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE })
    : new LocalStorage(e.UPLOAD_DIR);
  return storage;
}

export { Readable };
