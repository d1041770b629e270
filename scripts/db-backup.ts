// npm run db:backup [-- <folder>]: the database (SQLite online backup, or pg_dump) and the
// uploaded files (UPLOAD_DIR or the S3 bucket) into a new folder, default backups/hako-<time>.
import path from "node:path";
import { env } from "../lib/env";
import { backup } from "../lib/ops/backup";
import { backupTarget } from "./ops-target";

const out = process.argv[2] ?? path.join("backups", `hako-${new Date().toISOString().replace(/[:.]/g, "-")}`);
backup(backupTarget(env()), out)
  .then((m) => console.log(`Backup written to ${out}: ${m.provider} database, ${m.uploads.files} uploaded file(s) (${m.uploads.bytes} bytes, ${m.uploads.source}).`))
  .catch((e: unknown) => {
    console.error("Backup failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  });
