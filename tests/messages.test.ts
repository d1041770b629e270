// Targeted messages: each audience gets exactly its people, scheduled ones go out once from the
// jobs tick, the history is kept, and only organizers may write.
import { describe, expect, it } from "vitest";
import { db, dbProvider } from "@/lib/db";
import { runJobsOnce } from "@/lib/jobs/service";
import { cancelScheduledMessage, createMessage, messageHistory, sendDueMessages } from "@/lib/messages/service";
import { messageInput } from "@/lib/messages/schema";
import { apply } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

async function world() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const open = await makeFrame(owner, event.id, { name: "一般枠", capacity: 1 });
  const approval = await makeFrame(owner, event.id, { name: "ブログ枠", capacity: 5, method: "APPROVAL" });
  const [confirmed, waiting, applied] = [await makeUser("confirmed"), await makeUser("waiting"), await makeUser("applied")];
  await apply(confirmed, event.id, { frameId: open.id, answers: {} });
  await apply(waiting, event.id, { frameId: open.id, answers: {} });
  await apply(applied, event.id, { frameId: approval.id, answers: {} });
  return { owner, event, open, approval, confirmed, waiting, applied };
}

const input = (v: Record<string, unknown>) => messageInput.parse({ subject: `件名 ${Math.random()}`, body: "本文", ...v });
const mailsFor = (subject: string) => db().outboxMail.findMany({ where: { kind: "event.message", subject: { contains: subject } }, orderBy: { to: "asc" } });

describe(`targeted messages (${dbProvider()})`, () => {
  it("sends each audience to exactly its people", async () => {
    const w = await world();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ audience: "CONFIRMED" }, [w.confirmed.email]],
      [{ audience: "WAITLISTED" }, [w.waiting.email]],
      [{ audience: "APPLIED" }, [w.applied.email]],
      [{ audience: "FRAME", frameId: w.open.id }, [w.confirmed.email, w.waiting.email].sort()],
      [{ audience: "UNRECONFIRMED" }, []],
      [{ audience: "SPEAKERS" }, []],
    ];
    for (const [v, expected] of cases) {
      const i = input(v);
      const m = await createMessage(w.owner, w.event.id, i);
      expect(m.sentAt).not.toBeNull();
      expect(m.recipients).toBe(expected.length);
      expect((await mailsFor(i.subject)).map((x) => x.to)).toEqual(expected);
    }
    await db().registration.updateMany({ where: { userId: w.confirmed.userId }, data: { reconfirmation: "PENDING" } });
    const i = input({ audience: "UNRECONFIRMED" });
    await createMessage(w.owner, w.event.id, i);
    expect((await mailsFor(i.subject)).map((x) => x.to)).toEqual([w.confirmed.email]);
    expect((await messageHistory(w.owner, w.event.id)).length).toBe(7);
  });

  it("is bulk mail: none to those who turned bulk mail off, an unsubscribe link for the others", async () => {
    const w = await world();
    await db().user.update({ where: { id: w.waiting.userId }, data: { bulkMailOptOut: true } });
    const i = input({ audience: "FRAME", frameId: w.open.id });
    const m = await createMessage(w.owner, w.event.id, i);
    expect(m.recipients).toBe(1);
    const [mail, ...others] = await mailsFor(i.subject);
    expect(others).toHaveLength(0);
    expect(mail!.to).toBe(w.confirmed.email);
    expect(mail!.text).toMatch(/\/unsubscribe\?token=/);
    const headers = JSON.parse(mail!.headers!) as Record<string, string>;
    expect(headers["List-Unsubscribe"]).toMatch(/^<https?:\/\/.+\/unsubscribe\/one-click\?token=.+>$/);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("keeps a scheduled message until its time, then the tick sends it once", async () => {
    const w = await world();
    const i = input({ audience: "CONFIRMED", sendAt: "2031-05-19T12:00" });
    const m = await createMessage(w.owner, w.event.id, i, new Date("2031-05-01T00:00:00Z"));
    expect(m.sentAt).toBeNull();
    await sendDueMessages(new Date("2031-05-19T02:59:00Z"));
    expect(await mailsFor(i.subject)).toHaveLength(0);
    await runJobsOnce(new Date("2031-05-19T03:00:00Z"));
    await sendDueMessages(new Date("2031-05-19T03:01:00Z"));
    expect((await mailsFor(i.subject)).map((x) => x.to)).toEqual([w.confirmed.email]);
    const after = await db().eventMessage.findUniqueOrThrow({ where: { id: m.id } });
    expect(after.recipients).toBe(1);
  });

  it("withdraws a scheduled message, but not a sent one", async () => {
    const w = await world();
    const later = await createMessage(w.owner, w.event.id, input({ audience: "CONFIRMED", sendAt: "2031-05-19T12:00" }), new Date("2031-05-01T00:00:00Z"));
    const now = await createMessage(w.owner, w.event.id, input({ audience: "CONFIRMED" }));
    await cancelScheduledMessage(w.owner, later.id);
    await expect(cancelScheduledMessage(w.owner, now.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db().eventMessage.count({ where: { id: later.id } })).toBe(0);
  });

  it("refuses strangers, other events' frames and bad dates, and sends nothing", async () => {
    const w = await world();
    const other = await world();
    const stranger = await makeUser();
    const before = await db().outboxMail.count();
    await expect(createMessage(stranger, w.event.id, input({ audience: "CONFIRMED" }))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createMessage(null, w.event.id, input({ audience: "CONFIRMED" }))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(createMessage(w.owner, w.event.id, input({ audience: "FRAME", frameId: other.open.id }))).rejects.toMatchObject({ code: "INVALID_INPUT", fields: { frameId: ["invalid"] } });
    await expect(createMessage(w.owner, w.event.id, input({ audience: "CONFIRMED", sendAt: "tomorrow" }))).rejects.toMatchObject({ fields: { sendAt: ["invalidDate"] } });
    await expect(messageHistory(stranger, w.event.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(cancelScheduledMessage(other.owner, (await createMessage(w.owner, w.event.id, input({ audience: "CONFIRMED", sendAt: "2031-05-19T12:00" }), new Date("2031-05-01T00:00:00Z"))).id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(messageInput.safeParse({ audience: "FRAME", subject: "a", body: "b" }).success).toBe(false);
    expect(messageInput.safeParse({ audience: "EVERYONE", subject: "a", body: "b" }).success).toBe(false);
    expect(await db().outboxMail.count()).toBe(before);
  });
});
