// Several instances starting at once with HAKO_DEMO_DATA=1 all start: the seeding takes turns,
// and the data is there once. Runs on SQLite and, with TEST_DATABASE_URL, on PostgreSQL.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemoIfEmpty } from "@/lib/demo/service";
import { withSeedLock } from "@/lib/demo/seed-lock";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "hako-seed-lock-uploads-"));

describe("the demo seed lock", () => {
  it("lets one holder in at a time", async () => {
    const url = process.env.DATABASE_URL!;
    const log: string[] = [];
    const hold = (name: string) =>
      withSeedLock(url, async () => {
        log.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 300));
        log.push(`${name} out`);
        return name;
      });
    expect(await Promise.all([hold("a"), hold("b"), hold("c")])).toEqual(["a", "b", "c"]);
    // Each holder leaves before the next enters, whatever the order they got in.
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace(" in", " out"));
  });

  it("releases the lock when the work fails", async () => {
    const url = process.env.DATABASE_URL!;
    await expect(withSeedLock(url, async () => Promise.reject(new Error("seed failed")))).rejects.toThrow("seed failed");
    expect(await withSeedLock(url, async () => "next")).toBe("next");
  });

  it("seeds once when two instances start at the same moment, and both succeed", async () => {
    const results = await Promise.all([seedDemoIfEmpty(), seedDemoIfEmpty()]);
    expect(results.filter((r) => r === null)).toHaveLength(1);
    expect(results.find((r) => r !== null)).toMatchObject({ groups: 4, events: 8 });
    expect(await db().group.count()).toBe(4);
    expect(await db().event.count({ where: { title: "CoreOS Meetup Tokyo #1" } })).toBe(1);
    expect(await seedDemoIfEmpty()).toBeNull();
  }, 600_000);
});
