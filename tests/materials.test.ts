// Slides and reports through the API handlers, with real uploads on a real disk folder.
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer } from "./request-context";

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "hako-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
process.env.UPLOAD_MAX_MB = "1";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const talkMaterials = await import("@/app/api/v1/talks/[id]/materials/route");
const eventMaterials = await import("@/app/api/v1/events/[id]/materials/route");
const materialRoute = await import("@/app/api/v1/materials/[id]/route");
const download = await import("@/app/materials/[id]/file/route");
const eventFeed = await import("@/app/events/[id]/materials.atom/route");
const groupFeed = await import("@/app/groups/[slug]/materials.atom/route");
const { createToken } = await import("@/lib/tokens/service");
const { decide, replyAsSpeaker } = await import("@/lib/talks/service");
const { apply } = await import("@/lib/registrations/service");
const { sendSlidesReminders } = await import("@/lib/materials/service");
const { makeCfp, makeEvent, makeFrame, makeGroup, makeProposal, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(4000, 0x20), Buffer.from("\n%%EOF\n")]);

async function as(user: { userId: string }) {
  withBearer((await createToken(user.userId, "t")).token);
}
function req(url: string, init: RequestInit = {}) {
  const h = new Headers(request.headers);
  new Headers(init.headers).forEach((v, k) => h.set(k, v));
  return new Request(`http://localhost:3000${url}`, { ...init, headers: h });
}
function multipart(bytes: Buffer, name: string, title?: string) {
  const form = new FormData();
  if (title) form.set("title", title);
  form.set("file", new Blob([new Uint8Array(bytes)], { type: "application/pdf" }), name);
  return form;
}

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { title: "CoreOS Meetup Tokyo #1", startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  await makeCfp(owner, event.id);
  const speaker = await makeUser("speaker");
  const talk = await makeProposal(speaker, event.id, { title: "Understanding fleet" });
  await decide(owner, event.id, [talk.id], "accept");
  await replyAsSpeaker(speaker, talk.id, "confirm");
  return { owner, g, event, speaker, talk };
}

beforeEach(() => asAnonymous());

describe("slides", () => {
  it("uploads a PDF under a random name, serves it with ranges, and adds a link", async () => {
    const { event, speaker, talk } = await setup();
    await as(speaker);
    const res = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: multipart(PDF, "../../etc/fleet スライド.pdf", "fleet slides") }), ctx(talk.id));
    expect(res.status).toBe(201);
    const m = await res.json();
    expect(m).toMatchObject({ kind: "slides", title: "fleet slides", fileName: "fleet スライド.pdf", talkId: talk.id, host: "localhost:3000" });
    expect(m.url).toBe(m.fileUrl);
    const files = readdirSync(uploadDir).filter((f) => f.endsWith(".pdf"));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{32}\.pdf$/);

    asAnonymous();
    const full = await download.GET(req(`/materials/${m.id}/file`), ctx(m.id));
    expect(full.status).toBe(200);
    expect(full.headers.get("content-type")).toBe("application/pdf");
    expect(full.headers.get("content-disposition")).toContain("filename*=UTF-8''fleet%20%E3%82%B9%E3%83%A9%E3%82%A4%E3%83%89.pdf");
    expect(Buffer.from(await full.arrayBuffer()).equals(PDF)).toBe(true);
    const part = await download.GET(req(`/materials/${m.id}/file`, { headers: { range: "bytes=0-7" } }), ctx(m.id));
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 0-7/${PDF.length}`);
    expect(await part.text()).toBe("%PDF-1.7");

    await as(speaker);
    const link = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: JSON.stringify({ title: "Speaker Deck", url: "https://speakerdeck.com/demo/understanding-fleet" }) }), ctx(talk.id));
    expect(await link.json()).toMatchObject({ kind: "slides", host: "speakerdeck.com" });
    const list = await (await eventMaterials.GET(req(`/api/v1/events/${event.id}/materials`), ctx(event.id))).json();
    expect(list.items.map((x: { title: string }) => x.title)).toEqual(["fleet slides", "Speaker Deck"]);
  });

  it("refuses a renamed non-PDF, an oversized file and bad links, storing nothing", async () => {
    const { talk, speaker } = await setup();
    await as(speaker);
    const before = readdirSync(uploadDir).length;
    const fake = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: multipart(Buffer.from("MZ\x90\x00 not a pdf at all".repeat(100)), "evil.pdf") }), ctx(talk.id));
    expect(fake.status).toBe(415);
    expect((await fake.json()).error.code).toBe("NOT_A_PDF");
    const big = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(1024 * 1024 + 10, 0x41)]);
    const tooBig = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: multipart(big, "big.pdf") }), ctx(talk.id));
    expect(tooBig.status).toBe(413);
    for (const url of ["javascript:alert(1)", "data:text/html,hi", "file:///etc/passwd"]) {
      const r = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: JSON.stringify({ title: "x", url }) }), ctx(talk.id));
      expect(r.status).toBe(400);
    }
    expect(readdirSync(uploadDir).filter((f) => !f.startsWith(".")).length).toBe(before);
    expect(await db().material.count({ where: { proposalId: talk.id } })).toBe(0);
  });

  it("does not let someone else attach slides to a talk that is not theirs", async () => {
    const { talk } = await setup();
    const stranger = await makeUser("stranger");
    await as(stranger);
    const r = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: multipart(PDF, "mine.pdf") }), ctx(talk.id));
    expect(r.status).toBe(403);
    const l = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: JSON.stringify({ title: "x", url: "https://example.com" }) }), ctx(talk.id));
    expect(l.status).toBe(403);
    expect(await db().material.count({ where: { proposalId: talk.id } })).toBe(0);
  });
});

describe("reports and feeds", () => {
  it("takes reports from registered people only, lets organizers hide spam, and feeds the rest", async () => {
    const { owner, g, event, talk, speaker } = await setup();
    const frame = await makeFrame(owner, event.id, { capacity: 10 });
    const attendee = await makeUser("attendee");
    await apply(attendee, event.id, { frameId: frame.id, answers: {} });
    const outsider = await makeUser("outsider");

    await as(outsider);
    const refused = await eventMaterials.POST(req(`/api/v1/events/${event.id}/materials`, { method: "POST", body: JSON.stringify({ title: "spam", url: "https://spam.example" }) }), ctx(event.id));
    expect(refused.status).toBe(403);
    expect((await refused.json()).error.code).toBe("NOT_REGISTERED");

    await as(attendee);
    const report = await (await eventMaterials.POST(req(`/api/v1/events/${event.id}/materials`, { method: "POST", body: JSON.stringify({ title: "CoreOS Meetup Tokyo #1 に参加した", url: "https://blog.example/coreos-1" }) }), ctx(event.id))).json();
    expect(report).toMatchObject({ kind: "report", host: "blog.example" });
    const spam = await (await eventMaterials.POST(req(`/api/v1/events/${event.id}/materials`, { method: "POST", body: JSON.stringify({ title: "cheap pills", url: "https://spam.example" }) }), ctx(event.id))).json();
    expect((await materialRoute.PATCH(req(`/api/v1/materials/${spam.id}`, { method: "PATCH", body: JSON.stringify({ hidden: true }) }), ctx(spam.id))).status).toBe(403);
    await as(owner);
    expect((await materialRoute.PATCH(req(`/api/v1/materials/${spam.id}`, { method: "PATCH", body: JSON.stringify({ hidden: true }) }), ctx(spam.id))).status).toBe(200);
    await as(speaker);
    await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: JSON.stringify({ title: "fleet slides", url: "https://speakerdeck.com/demo/fleet" }) }), ctx(talk.id));

    asAnonymous();
    const atom = await (await eventFeed.GET(req(`/events/${event.id}/materials.atom`), ctx(event.id))).text();
    expect(atom).toContain("<feed");
    expect(atom).toContain("CoreOS Meetup Tokyo #1 に参加した");
    expect(atom).toContain("fleet slides");
    expect(atom).not.toContain("cheap pills");
    const groupAtom = await groupFeed.GET(req(`/groups/${g.slug}/materials.atom`), { params: Promise.resolve({ slug: g.slug }) });
    expect(groupAtom.headers.get("content-type")).toContain("application/atom+xml");
    expect(await groupAtom.text()).toContain("blog.example/coreos-1");
  });

  it("reminds speakers without slides once after the event", async () => {
    const { event, speaker } = await setup();
    const after = new Date(event.endsAt.getTime() + 3600_000);
    await sendSlidesReminders(after);
    expect((await sendSlidesReminders(after)).mails).toBe(0);
    expect(await db().outboxMail.count({ where: { to: speaker.email, kind: "materials.reminder" } })).toBe(1);
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: speaker.email, kind: "materials.reminder" } });
    expect(mail.subject).toContain("Understanding fleet");
  });
});
