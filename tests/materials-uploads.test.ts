// Uploads under attack and failure: authorized before a byte is read, nothing left behind by an
// aborted upload, and a replacement never loses the stored file. Real disk, real database.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer, withSession } from "./request-context";

const uploadDir = mkdtempSync(path.join(os.tmpdir(), "hako-uploads-"));
process.env.UPLOAD_DIR = uploadDir;
process.env.UPLOAD_MAX_MB = "1";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const talkMaterials = await import("@/app/api/v1/talks/[id]/materials/route");
const materialRoute = await import("@/app/api/v1/materials/[id]/route");
const uploadForm = await import("@/app/talks/[id]/materials/upload/route");
const download = await import("@/app/materials/[id]/file/route");
const { createToken } = await import("@/lib/tokens/service");
const { decide, replyAsSpeaker } = await import("@/lib/talks/service");
const { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } = await import("./factories");
const { db } = await import("@/lib/db");

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const pdf = (text: string) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.from(text), Buffer.alloc(3000, 0x20), Buffer.from("\n%%EOF\n")]);
const BOUNDARY = "----hako-test-boundary";

async function as(user: { userId: string }) {
  withBearer((await createToken(user.userId, "t")).token);
}

/** Everything in the upload folder, partial files and staging included. */
function filesOnDisk(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(path.join(dir, e.name));
      else out.push(path.relative(uploadDir, path.join(dir, e.name)));
    }
  };
  walk(uploadDir);
  return out.sort();
}

function multipartHead(name = "slides.pdf") {
  return Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`);
}
const multipartTail = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);

/** A request whose body is produced chunk by chunk; `pulled` counts the chunks the server asked for. */
function streamingRequest(url: string, method: string, chunks: Buffer[], end: "close" | "abort" | "stall" = "close") {
  const state = { pulled: 0 };
  let i = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulled++;
      if (i < chunks.length) controller.enqueue(new Uint8Array(chunks[i++]!));
      else if (end === "abort") controller.error(new Error("client went away"));
      else if (end === "close") controller.close();
    },
  });
  const headers = new Headers(request.headers);
  headers.set("content-type", `multipart/form-data; boundary=${BOUNDARY}`);
  const req = new Request(`http://localhost:3000${url}`, { method, body, headers, duplex: "half" } as RequestInit);
  return { req, state };
}

function upload(url: string, method: string, bytes: Buffer) {
  return streamingRequest(url, method, [multipartHead(), bytes, multipartTail]).req;
}

async function setup() {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { title: "Docker Meetup Tokyo #40", startsAt: "2031-04-08T19:00", endsAt: "2031-04-08T22:00" }, true);
  await makeCfp(owner, event.id);
  const speaker = await makeUser("speaker");
  const talk = await makeProposal(speaker, event.id, { title: "Rootless containers" });
  await decide(owner, event.id, [talk.id], "accept");
  await replyAsSpeaker(speaker, talk.id, "confirm");
  await as(speaker);
  const res = await talkMaterials.POST(upload(`/api/v1/talks/${talk.id}/materials`, "POST", pdf("first version")), ctx(talk.id));
  expect(res.status).toBe(201);
  const material = (await res.json()) as { id: string };
  const stored = await db().material.findUniqueOrThrow({ where: { id: material.id } });
  return { owner, speaker, talk, materialId: material.id, firstKey: stored.fileKey! };
}

async function served(materialId: string) {
  asAnonymous();
  const res = await download.GET(new Request(`http://localhost:3000/materials/${materialId}/file`), ctx(materialId));
  return { status: res.status, body: Buffer.from(await res.arrayBuffer()) };
}

beforeEach(() => {
  asAnonymous();
  rmSync(uploadDir, { recursive: true, force: true });
  mkdirSync(uploadDir, { recursive: true });
});

describe("replacing a file through PUT /api/v1/materials/<id>", () => {
  it("answers 404 for an unknown id without reading the body or writing to disk", async () => {
    const { speaker } = await setup();
    const before = filesOnDisk();
    await as(speaker);
    const { req, state } = streamingRequest("/api/v1/materials/no-such-material", "PUT", [multipartHead(), pdf("x"), multipartTail], "stall");
    const res = await materialRoute.PUT(req, ctx("no-such-material"));
    expect(res.status).toBe(404);
    // A stream pulls once on its own to fill its queue; the server never asked for more.
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(filesOnDisk()).toEqual(before);
  });

  it("refuses a stranger and an anonymous caller before reading the body", async () => {
    const { materialId } = await setup();
    const before = filesOnDisk();
    const stranger = await makeUser("stranger");
    await as(stranger);
    const a = streamingRequest(`/api/v1/materials/${materialId}`, "PUT", [multipartHead(), pdf("mine now"), multipartTail], "stall");
    expect((await materialRoute.PUT(a.req, ctx(materialId))).status).toBe(403);
    expect(a.state.pulled).toBeLessThanOrEqual(1);
    asAnonymous();
    const b = streamingRequest(`/api/v1/materials/${materialId}`, "PUT", [multipartHead(), pdf("mine now"), multipartTail], "stall");
    expect((await materialRoute.PUT(b.req, ctx(materialId))).status).toBe(401);
    expect(filesOnDisk()).toEqual(before);
    expect((await served(materialId)).body.includes("first version")).toBe(true);
  });

  it("stores the new file, switches to it, then removes the old one", async () => {
    const { speaker, materialId, firstKey } = await setup();
    await as(speaker);
    const res = await materialRoute.PUT(upload(`/api/v1/materials/${materialId}`, "PUT", pdf("second version")), ctx(materialId));
    expect(res.status).toBe(200);
    const row = await db().material.findUniqueOrThrow({ where: { id: materialId } });
    expect(row.fileKey).not.toBe(firstKey);
    expect(filesOnDisk()).toEqual([row.fileKey]);
    const file = await served(materialId);
    expect(file.status).toBe(200);
    expect(file.body.includes("second version")).toBe(true);
  });

  it("keeps serving the new file when removing the old one fails", async () => {
    const { speaker, materialId, firstKey } = await setup();
    // A directory where the old file was: removing it fails as a real disk error would.
    rmSync(path.join(uploadDir, firstKey));
    mkdirSync(path.join(uploadDir, firstKey));
    writeFileSync(path.join(uploadDir, firstKey, "keep"), "x");
    await as(speaker);
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const res = await materialRoute.PUT(upload(`/api/v1/materials/${materialId}`, "PUT", pdf("second version")), ctx(materialId));
    errors.mockRestore();
    expect(res.status).toBe(200);
    const row = await db().material.findUniqueOrThrow({ where: { id: materialId } });
    expect(row.fileKey).not.toBe(firstKey);
    expect(filesOnDisk()).toContain(row.fileKey);
    const file = await served(materialId);
    expect(file.status).toBe(200);
    expect(file.body.includes("second version")).toBe(true);
  });

  it("keeps the old file when the new one is refused", async () => {
    const { speaker, materialId, firstKey } = await setup();
    await as(speaker);
    const res = await materialRoute.PUT(upload(`/api/v1/materials/${materialId}`, "PUT", Buffer.from("GIF89a not a pdf".repeat(100))), ctx(materialId));
    expect(res.status).toBe(415);
    expect(filesOnDisk()).toEqual([firstKey]);
    expect((await served(materialId)).body.includes("first version")).toBe(true);
  });
});

describe("the talk page's upload form", () => {
  it("refuses to replace another talk's file before reading the body", async () => {
    const { owner, materialId, firstKey } = await setup();
    // A confirmed speaker of another talk of the same event, posting to their own talk's form.
    const other = await makeUser("other");
    const event = (await db().material.findUniqueOrThrow({ where: { id: materialId } })).eventId;
    const theirs = await makeProposal(other, event, { title: "Another talk" });
    await decide(owner, event, [theirs.id], "accept");
    await replyAsSpeaker(other, theirs.id, "confirm");
    withSession(other.userId);
    const { req, state } = streamingRequest(`/talks/${theirs.id}/materials/upload?replace=${materialId}`, "POST", [multipartHead(), pdf("hijack"), multipartTail], "stall");
    const res = await uploadForm.POST(req, ctx(theirs.id));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toContain("error=FORBIDDEN");
    expect(state.pulled).toBeLessThanOrEqual(1);
    expect(filesOnDisk()).toEqual([firstKey]);
    expect((await served(materialId)).body.includes("first version")).toBe(true);
  });
});

describe("an upload that does not complete", () => {
  it("leaves no partial or stored file when the client aborts mid-file", async () => {
    const { speaker, talk, materialId, firstKey } = await setup();
    await as(speaker);
    const cut = (url: string, method: string) => streamingRequest(url, method, [multipartHead(), pdf("half of it"), Buffer.alloc(64 * 1024, 0x41)], "abort").req;
    const added = await talkMaterials.POST(cut(`/api/v1/talks/${talk.id}/materials`, "POST"), ctx(talk.id));
    expect(added.status).toBe(400);
    expect((await added.json()).error.fields.file).toHaveLength(1);
    const replaced = await materialRoute.PUT(cut(`/api/v1/materials/${materialId}`, "PUT"), ctx(materialId));
    expect(replaced.status).toBe(400);
    expect(filesOnDisk()).toEqual([firstKey]);
    expect(await db().material.count({ where: { proposalId: talk.id } })).toBe(1);
  });

  it("leaves nothing when the body simply ends before the form does", async () => {
    const { speaker, talk, firstKey } = await setup();
    await as(speaker);
    const { req } = streamingRequest(`/api/v1/talks/${talk.id}/materials`, "POST", [multipartHead(), pdf("no closing boundary")], "close");
    const res = await talkMaterials.POST(req, ctx(talk.id));
    expect(res.status).toBe(400);
    expect(filesOnDisk()).toEqual([firstKey]);
  });

  it("leaves nothing when the client aborts after the file but before the form ends", async () => {
    const { speaker, talk, firstKey } = await setup();
    await as(speaker);
    const tail = Buffer.from(`\r\n--${BOUNDARY}\r\nContent-Disposition: form-data; name="title"\r\n\r\nslides`);
    const { req } = streamingRequest(`/api/v1/talks/${talk.id}/materials`, "POST", [multipartHead(), pdf("complete file"), tail], "abort");
    const res = await talkMaterials.POST(req, ctx(talk.id));
    expect(res.status).toBe(400);
    expect(filesOnDisk()).toEqual([firstKey]);
    expect(await db().material.count({ where: { proposalId: talk.id } })).toBe(1);
  });
});
