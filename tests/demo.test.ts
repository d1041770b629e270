// The demo replays the community's history through the services; its lottery must verify.
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/lib/demo/service";
import { verifyDraw } from "@/lib/lottery/algorithm";
import { frameLog } from "@/lib/frame-log/service";
import { publicDraw } from "@/lib/lottery/data";
import { verifyLottery } from "@/lib/lottery/verify";
import { materialsPage } from "@/lib/materials/service";
import { scheduleForViewer } from "@/lib/schedule/service";

process.env.UPLOAD_DIR = mkdtempSync(path.join(os.tmpdir(), "hako-demo-uploads-"));

describe("the demo data", () => {
  it("seeds CoreOS Meetup Tokyo #1 with a drawn, verifiable lottery: 350 applicants for 100 seats", async () => {
    const r = await seedDemo();
    expect(r).toMatchObject({ groups: 4, events: 8 });
    const event = await db().event.findFirstOrThrow({ where: { title: "CoreOS Meetup Tokyo #1" }, include: { frames: { where: { method: "LOTTERY" } } } });
    const frame = event.frames[0]!;
    const draw = await publicDraw(frame.id);
    expect(draw.order).toHaveLength(350);
    expect((await verifyDraw(draw)).ok).toBe(true);
    // It is a v1 draw (the demo is offline) with its frame log: made, closed, drawn, and the
    // twelve cancellations each followed by the promotion of the first person waiting.
    expect(draw.algorithm).toBe("hako-lottery-v1");
    const log = await frameLog(frame.id);
    expect(log.slice(0, 3).map((e) => e.kind)).toEqual(["created", "closed", "drawn"]);
    expect(log.filter((e) => e.kind === "promoted")).toHaveLength(12);
    const full = await verifyLottery(draw, log);
    expect(full.checks.filter((c) => !c.ok)).toEqual([]);
    expect(full.checks.map((c) => c.name)).toContain("promotions");
    const byStatus = Object.fromEntries(
      (await db().registration.groupBy({ by: ["status"], where: { frameId: frame.id }, _count: { _all: true } })).map((g) => [g.status, g._count._all]),
    );
    // 12 winners cancelled; the first 12 on the waitlist took their seats.
    expect(byStatus).toEqual({ ATTENDED: 85, CONFIRMED: 15, CANCELLED: 12, WAITLISTED: 238 });
    expect(await db().outboxMail.count()).toBe(0);

    // Its eight 20-minute talks (after a 10-minute introduction) are in a published timetable,
    // each with slides, and attendees posted reports.
    const schedule = await scheduleForViewer(null, event.id);
    expect(schedule.visible).toBe(true);
    const talks = schedule.slots.filter((s) => s.kind === "talk");
    expect(talks.map((s) => s.proposal!.minutes)).toEqual([10, 20, 20, 20, 20, 20, 20, 20, 20]);
    // The timetable links every talk's slides.
    expect(talks.every((s) => s.proposal!.materials.length === 1)).toBe(true);
    const page = await materialsPage(null, event.id);
    expect(page.talksWithoutSlides).toEqual([]);
    expect(page.talks.flatMap((t) => t.materials).some((m) => m.fileKey)).toBe(true);
    expect(page.talks.flatMap((t) => t.materials).some((m) => m.url)).toBe(true);
    expect(page.reports.length).toBeGreaterThanOrEqual(3);

    // The two-day conference fits the same model: three rooms, no conflicts.
    const jkd = await db().event.findFirstOrThrow({ where: { title: "Japan Container Days v18.12" } });
    const organizer = await db().user.findUniqueOrThrow({ where: { email: "organizer@example.com" } });
    const conf = await scheduleForViewer({ userId: organizer.id }, jkd.id);
    expect(conf.rooms).toHaveLength(3);
    expect(conf.conflicts).toEqual([]);
    // Its timetable was published, changed and published again: version 2 lists the change.
    expect(conf.version).toBe(2);
    expect(conf.versions[0]!.changes.map((c) => c.type)).toEqual(["roomChanged", "roomChanged"]);
    expect((await scheduleForViewer({ userId: organizer.id }, event.id)).conflicts).toEqual([]);
  }, 300_000);
});
