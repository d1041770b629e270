// ブログ枠: frames that ask for a report (参加レポート) after the event — the frame's setting, the
// organizers' list of who has not posted, and the reminder that is claimed once per frame and
// written to the outbox — against a real database.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { frameLog } from "@/lib/frame-log/service";
import { updateFrame } from "@/lib/frames/service";
import { runJobsOnce } from "@/lib/jobs/service";
import { frameUpdateInput } from "@/lib/registrations/schema";
import { formToObject } from "@/lib/validation";
import { addReport } from "@/lib/materials/service";
import { apply, checkIn, cancel } from "@/lib/registrations/service";
import { missingReports, sendReportReminders } from "@/lib/reports/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

// Each test's event is in a month of its own, so a reminder due in one test finds no frame of
// another (the window is two weeks). The event ends at 21:30 JST; the reminder is due 24 hours later.
let month = 0;
function times() {
  const m = String(++month).padStart(2, "0");
  const at = (s: string) => new Date(`2031-${m}-${s}+09:00`);
  return {
    date: `2031-${m}-20`,
    DURING: at("20T20:00:00"),
    ENDED: at("20T22:00:00"),
    BEFORE_DUE: at("21T21:29:00"),
    DUE: at("21T21:30:00"),
    LONG_AFTER: new Date(at("21T21:30:00").getTime() + 15 * 86_400_000),
  };
}

async function setup(opts: { requiresReport?: boolean; capacity?: number; people?: number } = {}) {
  const t = times();
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: `${t.date}T19:00`, endsAt: `${t.date}T21:30` }, true);
  const frame = await makeFrame(owner, event.id, { name: "ブログ枠", capacity: opts.capacity ?? 3, requiresReport: opts.requiresReport ?? true });
  const people = [];
  const regs = [];
  for (let i = 0; i < (opts.people ?? 4); i++) {
    const p = await makeUser("blogger");
    people.push(p);
    regs.push(await apply(p, event.id, { frameId: frame.id, answers: {} }));
  }
  return { owner, event, frame, people, regs, t };
}

const report = (actor: { userId: string }, eventId: string) => addReport(actor, eventId, { title: "参加レポート", url: `https://blog.example.com/${actor.userId}` });
const reminderMails = (emails: string[]) => db().outboxMail.findMany({ where: { kind: "materials.reportReminder", to: { in: emails } } });

describe(`blog frame reports (${dbProvider()})`, () => {
  it("saves the frame's setting on creation and edit, and reads an unchecked form box as off", async () => {
    const { owner, frame } = await setup({ people: 0 });
    expect(frame.requiresReport).toBe(true);
    // The form sends "0" after the box: unchecked.
    expect((await updateFrame(owner, frame.id, { requiresReport: false })).requiresReport).toBe(false);
    expect((await updateFrame(owner, frame.id, { name: "一般枠" })).requiresReport).toBe(false);
    expect((await updateFrame(owner, frame.id, { requiresReport: true })).requiresReport).toBe(true);
    const other = await makeFrame(owner, frame.eventId, { name: "一般枠" });
    expect(other.requiresReport).toBe(false);
  });

  it("reads the form's box: checked sends 1 before the hidden 0, unchecked only the 0, a frozen form neither", () => {
    const form = (...values: string[]) => {
      const fd = new FormData();
      fd.set("name", "ブログ枠");
      for (const v of values) fd.append("requiresReport", v);
      return frameUpdateInput.parse(formToObject(fd)).requiresReport;
    };
    expect(form("1", "0")).toBe(true);
    expect(form("0")).toBe(false);
    expect(form()).toBeUndefined();
    expect(frameUpdateInput.safeParse({ requiresReport: "maybe" }).success).toBe(false);
  });

  it("logs a lottery frame's change of the setting, and refuses it between the close and the draw", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, {}, true);
    const now = Date.now();
    const lottery = await makeFrame(owner, event.id, { method: "LOTTERY", beacon: "none", opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3600_000).toISOString() });
    await updateFrame(owner, lottery.id, { requiresReport: true });
    const entries = await frameLog(lottery.id);
    expect(entries.at(-1)).toMatchObject({ kind: "changed", data: { requiresReport: true } });
    await expect(updateFrame(owner, lottery.id, { requiresReport: false }, new Date(now + 2 * 3600_000))).rejects.toMatchObject({ code: "FRAME_FROZEN" });
    expect((await db().frame.findUniqueOrThrow({ where: { id: lottery.id } })).requiresReport).toBe(true);
  });

  it("lists the confirmed who have not posted after the event, with counts, for organizers only", async () => {
    const { owner, event, frame, people, regs, t } = await setup();
    const before = await missingReports(owner, event.id, t.DURING);
    expect(before.ended).toBe(false);
    expect(before.frames[0]!.missing).toEqual([]);
    await report(people[0]!, event.id);
    const after = await missingReports(owner, event.id, t.ENDED);
    expect(after.ended).toBe(true);
    const f = after.frames.find((x) => x.frameId === frame.id)!;
    expect(f.basis).toBe("CONFIRMED");
    expect(f.expected).toBe(3);
    // people[3] is on the waitlist: not expected; people[0] posted.
    expect(f.missing.map((m) => m.registrationId)).toEqual([regs[1]!.id, regs[2]!.id]);
    expect(f.remindedAt).toBeNull();
    expect(f.reminderDueAt.toISOString()).toBe(t.DUE.toISOString());
    await expect(missingReports(people[1]!, event.id, t.ENDED)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(missingReports(null, event.id, t.ENDED)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("expects reports only from the checked-in once the door was used", async () => {
    const { owner, event, frame, regs, t } = await setup();
    await checkIn(owner, event.id, { receiptNumber: regs[1]!.receiptNumber! }, t.DURING);
    const f = (await missingReports(owner, event.id, t.ENDED)).frames.find((x) => x.frameId === frame.id)!;
    expect(f.basis).toBe("ATTENDED");
    expect(f.expected).toBe(1);
    expect(f.missing.map((m) => m.registrationId)).toEqual([regs[1]!.id]);
  });

  it("mails each confirmed person without a report once, the day after, in their language, with the link", async () => {
    const { event, frame, people, t } = await setup({ capacity: 3, people: 5 });
    const emails = people.map((p) => p.email);
    await db().user.update({ where: { id: people[2]!.userId }, data: { locale: "en" } });
    await report(people[0]!, event.id);
    // people[1] cancels (people[3] gets the seat); people[4] stays on the waitlist.
    const reg1 = await db().registration.findFirstOrThrow({ where: { userId: people[1]!.userId, eventId: event.id } });
    await cancel(people[1]!, reg1.id);
    expect(await sendReportReminders(t.ENDED)).toEqual({ frames: 0, mails: 0 });
    expect(await sendReportReminders(t.BEFORE_DUE)).toEqual({ frames: 0, mails: 0 });
    expect(await sendReportReminders(t.DUE)).toEqual({ frames: 1, mails: 2 });
    expect(await sendReportReminders(new Date(t.DUE.getTime() + 3600_000))).toEqual({ frames: 0, mails: 0 });
    const mails = await reminderMails(emails);
    expect(mails.map((m) => m.to).sort()).toEqual([people[2]!.email, people[3]!.email].sort());
    const en = mails.find((m) => m.to === people[2]!.email)!;
    const ja = mails.find((m) => m.to === people[3]!.email)!;
    expect(en.subject).toBe(`Please post your report: ${event.title}`);
    expect(ja.subject).toBe(`参加レポートの投稿のお願い: ${event.title}`);
    for (const m of [en, ja]) expect(m.text).toContain(`/events/${event.id}/materials#materials-reports`);
    expect(ja.text).toContain("ブログ枠");
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).reportRemindedAt?.toISOString()).toBe(t.DUE.toISOString());
  });

  it("mails nobody for frames that do not ask, or for events long over", async () => {
    const plain = await setup({ requiresReport: false, people: 2 });
    expect((await sendReportReminders(plain.t.DUE)).mails).toBe(0);
    expect(await reminderMails(plain.people.map((p) => p.email))).toHaveLength(0);
    const late = await setup({ people: 2 });
    expect(await sendReportReminders(late.t.LONG_AFTER)).toEqual({ frames: 0, mails: 0 });
    expect(await reminderMails(late.people.map((p) => p.email))).toHaveLength(0);
  });

  it("claims the reminder once even when several instances run the jobs at the same moment", async () => {
    const { frame, people, t } = await setup({ people: 3 });
    const results = await Promise.all(Array.from({ length: 4 }, () => sendReportReminders(t.DUE)));
    expect(results.reduce((n, r) => n + r.frames, 0)).toBe(1);
    expect(results.reduce((n, r) => n + r.mails, 0)).toBe(3);
    expect(await reminderMails(people.map((p) => p.email))).toHaveLength(3);
    // The jobs tick runs it too, and sends nothing more.
    await runJobsOnce(new Date(t.DUE.getTime() + 60_000));
    expect(await reminderMails(people.map((p) => p.email))).toHaveLength(3);
    expect((await db().frame.findUniqueOrThrow({ where: { id: frame.id } })).reportRemindedAt).not.toBeNull();
  });
});
