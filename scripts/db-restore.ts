// npm run db:restore -- <folder>: puts a backup made by db:backup back into the database
// DATABASE_URL names and the uploads (UPLOAD_DIR or the S3 bucket). Stop the servers first.
import { env } from "../lib/env";
import { restore } from "../lib/ops/backup";
import { backupTarget } from "./ops-target";

const dir = process.argv[2];
if (!dir) {
  console.error("Usage: npm run db:restore -- <backup folder>");
  process.exit(2);
}
restore(backupTarget(env()), dir)
  .then((m) => console.log(`Restored the ${m.provider} database and ${m.uploads.files} uploaded file(s) from ${dir} (made ${m.createdAt}).`))
  .catch((e: unknown) => {
    console.error("Restore failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
