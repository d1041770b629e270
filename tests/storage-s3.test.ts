// The S3 path of the uploads against a real S3-compatible server (s3rver, on a free local port):
// a slide PDF uploaded through the API lands in the bucket (not on disk), downloads whole and by
// range, is replaced (the old object goes) and deleted (the object goes).
import { mkdtempSync, readdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { asAnonymous, sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock, request, withBearer } from "./request-context";

const BUCKET = "hako-uploads";
const s3Dir = mkdtempSync(path.join(os.tmpdir(), "hako-s3rver-"));
const uploadDir = mkdtempSync(path.join(os.tmpdir(), "hako-s3-staging-"));
const s3 = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
const { port } = (await s3.run()) as { port: number };
process.env.UPLOAD_DIR = uploadDir;
process.env.S3_BUCKET = BUCKET;
process.env.S3_ENDPOINT = `http://127.0.0.1:${port}`;
process.env.S3_FORCE_PATH_STYLE = "1";
process.env.S3_ACCESS_KEY_ID = "S3RVER";
process.env.S3_SECRET_ACCESS_KEY = "S3RVER";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const talkMaterials = await import("@/app/api/v1/talks/[id]/materials/route");
const materialRoute = await import("@/app/api/v1/materials/[id]/route");
const download = await import("@/app/materials/[id]/file/route");
const { createToken } = await import("@/lib/tokens/service");
const { decide, replyAsSpeaker } = await import("@/lib/talks/service");
const { makeCfp, makeEvent, makeGroup, makeProposal, makeUser } = await import("./factories");
const { S3Client, ListObjectsV2Command } = await import("@aws-sdk/client-s3");

const client = new S3Client({ region: "us-east-1", endpoint: `http://127.0.0.1:${port}`, forcePathStyle: true, credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } });
const objects = async () => ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!).sort();

const ctx = (id: string) => ({ params: Promise.resolve({ id }) });
const pdf = (fill: number, size: number) => Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size, fill), Buffer.from("\n%%EOF\n")]);
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

beforeAll(() => expect(port).toBeGreaterThan(0));
afterAll(async () => {
  client.destroy();
  await s3.close();
});
beforeEach(() => asAnonymous());

describe("uploads on S3-compatible storage", () => {
  it("uploads, downloads by range, replaces and deletes a slide PDF in the bucket", async () => {
    const owner = await makeUser("owner");
    const g = await makeGroup(owner);
    const event = await makeEvent(owner, g.id, { title: "Docker Meetup Tokyo #1", startsAt: "2031-05-08T19:00", endsAt: "2031-05-08T22:00" }, true);
    await makeCfp(owner, event.id);
    const speaker = await makeUser("speaker");
    const talk = await makeProposal(speaker, event.id, { title: "Containers in production" });
    await decide(owner, event.id, [talk.id], "accept");
    await replyAsSpeaker(speaker, talk.id, "confirm");
    withBearer((await createToken(speaker.userId, "t")).token);

    const first = pdf(0x41, 300_000);
    const res = await talkMaterials.POST(req(`/api/v1/talks/${talk.id}/materials`, { method: "POST", body: multipart(first, "slides.pdf", "slides") }), ctx(talk.id));
    expect(res.status).toBe(201);
    const m = (await res.json()) as { id: string };
    const [key] = await objects();
    expect(key).toMatch(/^[0-9a-f]{32}\.pdf$/);
    // Staged on disk only while uploading.
    expect(readdirSync(uploadDir, { recursive: true }).filter((f) => String(f).endsWith(".pdf"))).toEqual([]);

    asAnonymous();
    const full = await download.GET(req(`/materials/${m.id}/file`), ctx(m.id));
    expect(full.status).toBe(200);
    const got = Buffer.from(await full.arrayBuffer());
    expect(got.length).toBe(first.length);
    expect(got.subarray(0, 40).toString("latin1")).toBe(first.subarray(0, 40).toString("latin1"));
    expect(got.equals(first)).toBe(true);
    const part = await download.GET(req(`/materials/${m.id}/file`, { headers: { range: "bytes=100000-100009" } }), ctx(m.id));
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 100000-100009/${first.length}`);
    expect(await part.text()).toBe("AAAAAAAAAA");
    const head = await download.GET(req(`/materials/${m.id}/file`, { headers: { range: "bytes=0-7" } }), ctx(m.id));
    expect(await head.text()).toBe("%PDF-1.7");

    withBearer((await createToken(speaker.userId, "t2")).token);
    const second = pdf(0x42, 1000);
    const replaced = await materialRoute.PUT(req(`/api/v1/materials/${m.id}`, { method: "PUT", body: multipart(second, "slides-v2.pdf") }), ctx(m.id));
    expect(replaced.status).toBe(200);
    const after = await objects();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(key);
    asAnonymous();
    const again = await download.GET(req(`/materials/${m.id}/file`), ctx(m.id));
    expect(Buffer.from(await again.arrayBuffer()).equals(second)).toBe(true);

    withBearer((await createToken(speaker.userId, "t3")).token);
    expect((await materialRoute.DELETE(req(`/api/v1/materials/${m.id}`, { method: "DELETE" }), ctx(m.id))).status).toBe(204);
    expect(await objects()).toEqual([]);
    asAnonymous();
    expect((await download.GET(req(`/materials/${m.id}/file`), ctx(m.id))).status).toBe(404);
  });
});
