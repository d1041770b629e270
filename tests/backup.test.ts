// Backups: db:backup's module copies the database (SQLite online backup API, or pg_dump) and the
// uploaded files; db:restore's puts both back. Runs on the db tests' database (SQLite, or
// PostgreSQL when TEST_DATABASE_URL/DATABASE_URL names a server).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { closeDb, db } from "@/lib/db";
import { backup, readManifest, restore, type BackupTarget } from "@/lib/ops/backup";
import { makeGroup, makeUser } from "./factories";

const tmp = mkdtempSync(path.join(os.tmpdir(), "hako-backup-"));
const uploadDir = path.join(tmp, "uploads");
const target: BackupTarget = { databaseUrl: process.env.DATABASE_URL!, uploadDir };
const KEY = `${"ab".repeat(16)}.pdf`;

describe("db:backup and db:restore", () => {
  it("restores the database and the uploads as they were at the backup", async () => {
    const owner = await makeUser("owner");
    const kept = await makeGroup(owner, { slug: "kept-group", name: "Kept" });
    mkdirSync(uploadDir, { recursive: true });
    writeFileSync(path.join(uploadDir, KEY), "%PDF-1.7 kept");
    const out = path.join(tmp, "backup-1");

    const manifest = await backup(target, out);
    expect(manifest).toMatchObject({ format: "hako-backup-1", uploads: { source: "local", files: 1 } });
    expect(readManifest(out).provider).toBe(manifest.provider);
    expect(existsSync(path.join(out, manifest.database))).toBe(true);
    await expect(backup(target, out)).rejects.toThrow("already exists");

    // Changes after the backup: a group gone, another added, the upload lost.
    await db().group.delete({ where: { id: kept.id } });
    const later = await makeGroup(owner, { slug: "later-group", name: "Later" });
    rmSync(path.join(uploadDir, KEY));
    expect(await db().group.findUnique({ where: { id: kept.id } })).toBeNull();

    // The servers stop before a restore; here, the test's own client.
    await closeDb();
    await restore(target, out);
    expect(await db().group.findUnique({ where: { id: kept.id } })).toMatchObject({ slug: "kept-group" });
    expect(await db().group.findUnique({ where: { id: later.id } })).toBeNull();
    expect(readFileSync(path.join(uploadDir, KEY), "utf8")).toBe("%PDF-1.7 kept");
    expect(readdirSync(uploadDir)).toEqual([KEY]);
  });

  it("refuses a folder that is not a backup and a backup of the other database kind", async () => {
    await expect(restore(target, tmp)).rejects.toThrow("not a Hako backup");
    const other = path.join(tmp, "other");
    mkdirSync(other);
    const provider = target.databaseUrl.startsWith("file:") ? "postgresql" : "sqlite";
    writeFileSync(path.join(other, "manifest.json"), JSON.stringify({ format: "hako-backup-1", createdAt: "", provider, database: "x", uploads: { source: "local", files: 0, bytes: 0 } }));
    await expect(restore(target, other)).rejects.toThrow(`the backup is of a ${provider} database`);
  });
});
