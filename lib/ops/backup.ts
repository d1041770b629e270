// Backups: the database and the uploaded files into one folder, and back.
// SQLite: SQLite's online backup API (a consistent copy while the server runs).
// PostgreSQL: pg_dump's custom format, restored with pg_restore (both must be installed).
// Uploads: the local upload folder, or every object of the S3 bucket.
import { spawnSync } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, createReadStream, copyFileSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Readable } from "node:stream";
import { providerOf, sqlitePath } from "../db-providers";

export type S3Options = { bucket: string; region: string; endpoint?: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
export type BackupTarget = { databaseUrl: string; uploadDir: string; s3?: S3Options };
export type Manifest = { format: "hako-backup-1"; createdAt: string; provider: "sqlite" | "postgresql"; database: string; uploads: { source: "local" | "s3"; files: number; bytes: number } };

const DB_SQLITE = "database.sqlite";
const DB_PG = "database.pgdump";

function tool(name: string): string {
  const r = spawnSync(name, ["--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new Error(`${name} was not found: install the PostgreSQL client tools (Debian: postgresql-client) to back up or restore PostgreSQL`);
  return name;
}

function run(cmd: string, args: string[]) {
  const r = spawnSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || String(r.error)).trim()}`);
}

async function s3Client(o: S3Options) {
  const { S3Client } = await import("@aws-sdk/client-s3");
  return new S3Client({
    region: o.region,
    endpoint: o.endpoint,
    forcePathStyle: o.forcePathStyle,
    // As in lib/storage/service.ts: plain bodies, which every S3-compatible server stores as sent.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: o.accessKeyId && o.secretAccessKey ? { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey } : undefined,
  });
}

/** Uploaded files are flat, named by Hako (lib/storage): the staging folder is not part of them. */
function localUploads(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => !n.startsWith(".") && !n.endsWith(".part") && statSync(path.join(dir, n)).isFile());
}

async function backupUploads(t: BackupTarget, out: string): Promise<Manifest["uploads"]> {
  const dest = path.join(out, "uploads");
  mkdirSync(dest, { recursive: true });
  let files = 0;
  let bytes = 0;
  if (t.s3) {
    const { ListObjectsV2Command, GetObjectCommand } = await import("@aws-sdk/client-s3");
    const client = await s3Client(t.s3);
    let token: string | undefined;
    do {
      const page = await client.send(new ListObjectsV2Command({ Bucket: t.s3.bucket, ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        if (!o.Key || o.Key.includes("/")) continue;
        const res = await client.send(new GetObjectCommand({ Bucket: t.s3.bucket, Key: o.Key }));
        await pipeline(res.Body as Readable, createWriteStream(path.join(dest, o.Key)));
        files++;
        bytes += o.Size ?? 0;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return { source: "s3", files, bytes };
  }
  for (const name of localUploads(t.uploadDir)) {
    copyFileSync(path.join(t.uploadDir, name), path.join(dest, name));
    files++;
    bytes += statSync(path.join(dest, name)).size;
  }
  return { source: "local", files, bytes };
}

/** Writes a backup into `out` (created; must not exist yet) and returns its manifest. */
export async function backup(t: BackupTarget, out: string): Promise<Manifest> {
  if (existsSync(out)) throw new Error(`${out} already exists`);
  mkdirSync(out, { recursive: true });
  const provider = providerOf(t.databaseUrl);
  if (provider === "sqlite") {
    const file = sqlitePath(t.databaseUrl);
    if (!existsSync(file)) throw new Error(`DATABASE_URL: no SQLite database at ${file}`);
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(file, { readonly: true, timeout: 10_000 });
    try {
      await db.backup(path.join(out, DB_SQLITE));
    } finally {
      db.close();
    }
  } else {
    run(tool("pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(out, DB_PG)}`, `--dbname=${t.databaseUrl}`]);
  }
  const uploads = await backupUploads(t, out);
  const manifest: Manifest = { format: "hako-backup-1", createdAt: new Date().toISOString(), provider, database: provider === "sqlite" ? DB_SQLITE : DB_PG, uploads };
  writeFileSync(path.join(out, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

export function readManifest(dir: string): Manifest {
  const file = path.join(dir, "manifest.json");
  if (!existsSync(file)) throw new Error(`${dir} is not a Hako backup (no manifest.json)`);
  const m = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  if (m.format !== "hako-backup-1") throw new Error(`${dir}: unknown backup format ${String(m.format)}`);
  return m;
}

/**
 * Restores a backup over the database and uploads `t` names. Stop the servers first: the SQLite
 * file is replaced, the PostgreSQL objects are dropped and created again.
 */
export async function restore(t: BackupTarget, dir: string): Promise<Manifest> {
  const m = readManifest(dir);
  const provider = providerOf(t.databaseUrl);
  if (provider !== m.provider) throw new Error(`the backup is of a ${m.provider} database; DATABASE_URL names ${provider}`);
  if (provider === "sqlite") {
    const file = sqlitePath(t.databaseUrl);
    mkdirSync(path.dirname(file), { recursive: true });
    for (const suffix of ["-wal", "-shm"]) rmSync(file + suffix, { force: true });
    copyFileSync(path.join(dir, m.database), file);
  } else {
    run(tool("pg_restore"), ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", `--dbname=${t.databaseUrl}`, path.join(dir, m.database)]);
  }
  const src = path.join(dir, "uploads");
  const names = existsSync(src) ? readdirSync(src) : [];
  if (t.s3) {
    const { PutObjectCommand } = await import("@aws-sdk/client-s3");
    const client = await s3Client(t.s3);
    for (const name of names) {
      const file = path.join(src, name);
      await client.send(new PutObjectCommand({ Bucket: t.s3.bucket, Key: name, Body: createReadStream(file), ContentLength: statSync(file).size }));
    }
  } else if (names.length) {
    mkdirSync(t.uploadDir, { recursive: true });
    cpSync(src, t.uploadDir, { recursive: true });
  }
  return m;
}
