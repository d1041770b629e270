// Change notifications, new-event announcements to followers, and unsubscribe links that can
// only ever unsubscribe the person they were mailed to.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request } from "./request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { POST: oneClick } = await import("@/app/unsubscribe/one-click/route");
const { apply, messageParticipants } = await import("@/lib/registrations/service");
const { publishEvent, updateEvent } = await import("@/lib/events/service");
const { eventUpdateInput } = await import("@/lib/events/schema");
const { followGroup } = await import("@/lib/groups/service");
const { readUnsubscribeToken, unsubscribeToken } = await import("@/lib/mail/unsubscribe");
const { mailPreferences, savePreferences, unsubscribeWithToken } = await import("@/lib/notifications/service");
const { sendPendingMail } = await import("@/lib/mail/service");
const { db } = await import("@/lib/db");
const { makeEvent, makeFrame, makeGroup, makeUser } = await import("./factories");

beforeEach(() => asAnonymous());

describe("change notifications", () => {
  async function withRegistrants() {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30", venueName: "Hall A" }, true);
    const frame = await makeFrame(owner, event.id, { capacity: 1 });
    const seated = await makeUser("seated");
    const waiting = await makeUser("waiting");
    const gone = await makeUser("gone");
    await apply(seated, event.id, { frameId: frame.id, answers: {} });
    await apply(waiting, event.id, { frameId: frame.id, answers: {} });
    return { owner, event, seated, waiting, gone };
  }

  it("mails confirmed and waitlisted people the old and the new date and venue, when the organizer asks", async () => {
    const { owner, event, seated, waiting, gone } = await withRegistrants();
    await updateEvent(owner, event.id, eventUpdateInput.parse({ startsAt: "2031-05-27T19:00", endsAt: "2031-05-27T21:30", venueName: "Hall B", notifyRegistrants: "1" }));
    const mails = await db().outboxMail.findMany({ where: { kind: "event.changed", to: { in: [seated.email, waiting.email, gone.email] } } });
    expect(mails.map((m) => m.to).sort()).toEqual([seated.email, waiting.email].sort());
    for (const m of mails) {
      expect(m.text).toMatch(/2031\/5\/20|2031-05-20|May 20, 2031|5月20日/);
      expect(m.text).toMatch(/5月27日|May 27/);
      expect(m.text).toContain("Hall A");
      expect(m.text).toContain("Hall B");
      expect(m.text.indexOf("Hall A")).toBeLessThan(m.text.indexOf("Hall B"));
      expect(JSON.parse(m.attachments!)[0].content).toContain("Hall B");
    }
  });

  it("tells nobody when the organizer says no, when nothing watched changed, or when the event is a draft", async () => {
    const { owner, event } = await withRegistrants();
    await updateEvent(owner, event.id, eventUpdateInput.parse({ venueName: "Hall C", notifyRegistrants: "0" }));
    await updateEvent(owner, event.id, eventUpdateInput.parse({ title: "Renamed", notifyRegistrants: "1" }));
    expect(await db().outboxMail.count({ where: { kind: "event.changed", text: { contains: "Hall C" } } })).toBe(0);
    expect(await db().outboxMail.count({ where: { kind: "event.changed", text: { contains: "Renamed" } } })).toBe(0);
    const draft = await makeEvent(owner, event.groupId, { title: "Draft night", venueName: "Old" });
    await updateEvent(owner, draft.id, eventUpdateInput.parse({ venueName: "New", notifyRegistrants: "1" }));
    expect(await db().outboxMail.count({ where: { kind: "event.changed", text: { contains: "Draft night" } } })).toBe(0);
  });
});

describe("announcements to followers", () => {
  it("mails followers once when the group publishes an event, except those who opted out of the group or of all bulk mail", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const [keen, groupOff, allOff, stranger] = [await makeUser("keen"), await makeUser("groupoff"), await makeUser("alloff"), await makeUser("stranger")];
    for (const f of [keen, groupOff, allOff]) await followGroup(f, g.id, true);
    await savePreferences(groupOff, { bulkMailOptOut: false, groups: [] });
    await savePreferences(allOff, { bulkMailOptOut: true, groups: [g.id] });
    expect(await mailPreferences(groupOff)).toEqual({ bulkMailOptOut: false, groups: [expect.objectContaining({ id: g.id, announcements: false })] });

    const event = await makeEvent(owner, g.id, { title: "Announced night" });
    expect(await db().outboxMail.count({ where: { kind: "group.announcement", text: { contains: "Announced night" } } })).toBe(0);
    await publishEvent(owner, event.id);
    const mails = await db().outboxMail.findMany({ where: { kind: "group.announcement", text: { contains: "Announced night" } } });
    expect(mails.map((m) => m.to)).toEqual([keen.email]);
    expect(mails.map((m) => m.to)).not.toContain(stranger.email);
    const headers = JSON.parse(mails[0]!.headers!);
    expect(headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(headers["List-Unsubscribe"]).toMatch(/^<http.*\/unsubscribe\/one-click\?token=.+>$/);
    expect(mails[0]!.text).toContain("/unsubscribe?token=");
    await expect(publishEvent(owner, event.id)).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect(await db().outboxMail.count({ where: { kind: "group.announcement", text: { contains: "Announced night" } } })).toBe(1);
  });

  it("hands the headers and the calendar file to the mail transport", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const follower = await makeUser("follower");
    await followGroup(follower, g.id, true);
    await db().outboxMail.updateMany({ where: { status: "PENDING" }, data: { status: "SENT" } });
    await publishEvent(owner, (await makeEvent(owner, g.id, { title: "Transport night" })).id);
    const sent: { headers?: Record<string, string> }[] = [];
    await sendPendingMail(new Date(Date.now() + 1000), 50, { sendMail: async (m) => void sent.push(m) });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.headers).toMatchObject({ "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
});

describe("unsubscribe links", () => {
  it("unsubscribe the person they name, from the scope they name, and nobody else", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const [alice, bob] = [await makeUser("alice"), await makeUser("bob")];
    for (const f of [alice, bob]) await followGroup(f, g.id, true);

    const aliceGroup = unsubscribeToken(alice.userId, `group:${g.id}`);
    await unsubscribeWithToken(aliceGroup);
    const membership = (u: string) => db().groupMembership.findUniqueOrThrow({ where: { groupId_userId: { groupId: g.id, userId: u } } });
    expect((await membership(alice.userId)).announcementsOptOut).toBe(true);
    expect((await membership(bob.userId)).announcementsOptOut).toBe(false);

    // Alice's signature does not carry over to Bob's id, nor to another scope.
    const [, , sig] = aliceGroup.split(".");
    for (const forged of [`${bob.userId}.group:${g.id}.${sig}`, `${alice.userId}.all.${sig}`, `${bob.userId}.all.${sig}`, "x", `${alice.userId}.all.`]) {
      expect(readUnsubscribeToken(forged)).toBeNull();
      await expect(unsubscribeWithToken(forged)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    }
    expect((await membership(bob.userId)).announcementsOptOut).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: alice.userId } })).bulkMailOptOut).toBe(false);
    expect((await db().user.findUniqueOrThrow({ where: { id: bob.userId } })).bulkMailOptOut).toBe(false);
  });

  it("works as an RFC 8058 one-click POST, and a bad token changes nothing", async () => {
    const person = await makeUser("oneclick");
    const other = await makeUser("other");
    const post = (token: string) =>
      oneClick(
        new Request(`http://localhost:3000/unsubscribe/one-click?token=${encodeURIComponent(token)}`, {
          method: "POST",
          headers: { ...Object.fromEntries(new Headers(request.headers)), "content-type": "application/x-www-form-urlencoded" },
          body: "List-Unsubscribe=One-Click",
        }),
        undefined,
      );
    const bad = await post(`${other.userId}.all.${unsubscribeToken(person.userId, "all").split(".")[2]}`);
    expect(bad.status).toBe(400);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.userId } })).bulkMailOptOut).toBe(false);
    const ok = await post(unsubscribeToken(person.userId, "all"));
    expect(ok.status).toBe(200);
    expect((await db().user.findUniqueOrThrow({ where: { id: person.userId } })).bulkMailOptOut).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: other.userId } })).bulkMailOptOut).toBe(false);
  });

  it("stops organizers' messages for a person who opted out of bulk mail, and puts a link in the others", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
    const frame = await makeFrame(owner, event.id, { capacity: 5 });
    const [quiet, loud] = [await makeUser("quiet"), await makeUser("loud")];
    for (const p of [quiet, loud]) await apply(p, event.id, { frameId: frame.id, answers: {} });
    await unsubscribeWithToken(unsubscribeToken(quiet.userId, "all"));
    expect(await messageParticipants(owner, event.id, { subject: "Hello", body: "Bring a laptop" })).toEqual({ sent: 1 });
    const m = await db().outboxMail.findFirstOrThrow({ where: { kind: "event.message", to: loud.email } });
    expect(m.text).toContain("/unsubscribe?token=");
    expect(JSON.parse(m.headers!)["List-Unsubscribe"]).toContain(encodeURIComponent(unsubscribeToken(loud.userId, "all")));
  });
});
