import type { Env } from "../lib/env";
import type { BackupTarget } from "../lib/ops/backup";

/** What a backup covers, from the configuration. */
export function backupTarget(e: Env): BackupTarget {
  return {
    databaseUrl: e.DATABASE_URL,
    uploadDir: e.UPLOAD_DIR,
    s3: e.S3_BUCKET
      ? { bucket: e.S3_BUCKET, region: e.S3_REGION, endpoint: e.S3_ENDPOINT, accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY, forcePathStyle: e.S3_FORCE_PATH_STYLE }
      : undefined,
  };
}
