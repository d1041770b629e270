// Bounded input at the two doors: apiRoute refuses an oversized body by its declared length or by
// counting the bytes as they arrive, before anything parses it; serverAction refuses oversized
// form fields before the action runs. Nothing is stored either way.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock } from "../request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { routes } = await import("@/lib/api/registry");
const { ACTION_FIELD_LIMIT, ACTION_STRING_LIMIT } = await import("@/lib/api/action");
const { actAs, callRoute, fullSnapshot, makeWorld, resolve, routeHandler } = await import("./world");
const { actions } = await import("@/lib/api/registry");
const { saveCfpAction } = await import("@/lib/talks/actions");
const { decideAction } = await import("@/lib/talks/actions");

let world: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  world = await makeWorld();
}, 120_000);

/** A body that arrives in chunks with no Content-Length, counting how much of it was pulled. */
function trickle(total: number, chunk = 16 * 1024) {
  const state = { pulled: 0 };
  const piece = new TextEncoder().encode("a".repeat(chunk));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += piece.byteLength;
      controller.enqueue(piece);
    },
  });
  return { stream, state };
}

describe("the API's body cap", () => {
  const cfp = routes["cfp.put"];

  it("refuses the 256 KB formats body of the stall report by its size, before parsing or authorizing", async () => {
    const handler = await routeHandler(cfp);
    actAs(world, "anonymous");
    const before = await fullSnapshot();
    const body = JSON.stringify({ opensAt: "2031-01-01T10:00", closesAt: "2031-02-01T10:00", formats: "a" + " ".repeat(256_000) + "x" });
    const res = await callRoute(cfp, handler, { id: world.resources.event!, body, contentType: "application/json", headers: { "accept-language": "en" } });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({ code: "PAYLOAD_TOO_LARGE", message: "The request is too large." });
    const ja = await callRoute(cfp, handler, { id: world.resources.event!, body, contentType: "application/json", headers: { "accept-language": "ja" } });
    expect((await ja.json()).error.message).toBe("リクエストが大きすぎます。");
    expect(await fullSnapshot()).toEqual(before);
  });

  it("counts the bytes of a body sent without a length, and stops reading past the cap", async () => {
    const entry = routes["frames.update"];
    const handler = await routeHandler(entry);
    actAs(world, "organizer");
    const { stream, state } = trickle(10 * 1024 * 1024);
    const res = await callRoute(entry, handler, { id: world.resources.frame!, body: stream, contentType: "application/json" });
    expect(res.status).toBe(413);
    expect(state.pulled).toBeLessThan(256 * 1024);
  });

  it("does not believe a declared length smaller than the body", async () => {
    const entry = routes["groups.create"];
    const handler = await routeHandler(entry);
    actAs(world, "attendee");
    const { stream } = trickle(200 * 1024);
    const res = await callRoute(entry, handler, { body: stream, contentType: "application/json", headers: { "content-length": "10" }, id: "" });
    expect(res.status).toBe(413);
  });

  it("refuses a declared length over the cap without reading the body", async () => {
    const entry = routes["registrations.create"];
    const handler = await routeHandler(entry);
    actAs(world, "attendee");
    const { stream, state } = trickle(1024 * 1024);
    const res = await callRoute(entry, handler, { id: world.resources.event!, body: stream, contentType: "application/json", headers: { "content-length": String(1024 * 1024) } });
    expect(res.status).toBe(413);
    expect(state.pulled).toBeLessThanOrEqual(64 * 1024);
  });

  it("caps a string under the body cap by its field's own limit", async () => {
    const handler = await routeHandler(cfp);
    actAs(world, "organizer");
    const res = await callRoute(cfp, handler, { id: world.resources.event!, body: JSON.stringify({ opensAt: "2031-01-01T10:00", closesAt: "2031-02-01T10:00", formats: "a" + " ".repeat(50_000) + "x" }), contentType: "application/json", headers: { "accept-language": "en" } });
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.formats).toEqual(["This is too long."]);
  });

  it("still takes an event description of 20,000 Japanese characters (~60 KB)", async () => {
    const entry = routes["events.update"];
    actAs(world, "organizer");
    const res = await callRoute(entry, await routeHandler(entry), { id: world.resources.event!, body: JSON.stringify({ description: "箱".repeat(20_000) }), contentType: "application/json" });
    expect(res.status).toBe(200);
  });
});

describe("the server actions' caps", () => {
  it("refuses a field longer than any form has before the action parses it, and stores nothing", async () => {
    actAs(world, "organizer");
    const form = new FormData();
    form.set("eventId", world.refs.event!);
    form.set("opensAt", "2031-01-01T10:00");
    form.set("closesAt", "2031-02-01T10:00");
    form.set("formats", "a" + " ".repeat(ACTION_STRING_LIMIT + 10) + "x");
    const before = await fullSnapshot();
    expect(await saveCfpAction(null, form)).toEqual({ ok: false, code: "PAYLOAD_TOO_LARGE", fields: { formats: ["tooLong"] } });
    expect(await fullSnapshot()).toEqual(before);
  });

  it("refuses too many fields and too many bytes in all", async () => {
    actAs(world, "organizer");
    const many = new FormData();
    many.set("eventId", world.refs.event!);
    many.set("decision", "accept");
    for (let i = 0; i <= ACTION_FIELD_LIMIT; i++) many.append("ids", `p${i}`);
    expect(await decideAction(null, many)).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
    const big = new FormData();
    big.set("eventId", world.refs.event!);
    for (let i = 0; i < 10; i++) big.set(`x${i}`, "y".repeat(ACTION_STRING_LIMIT));
    expect(await saveCfpAction(null, big)).toMatchObject({ ok: false, code: "PAYLOAD_TOO_LARGE" });
  });

  it("lets a normal form through to its own validation", async () => {
    actAs(world, "organizer");
    const form = new FormData();
    form.set("eventId", world.refs.event!);
    form.set("opensAt", "2031-01-01T10:00");
    form.set("closesAt", "2031-02-01T10:00");
    form.set("formats", "x".repeat(3000));
    expect(await saveCfpAction(null, form)).toMatchObject({ ok: false, code: "INVALID_INPUT", fields: { formats: ["tooLong"] } });
  });
});

describe("text no database can store", () => {
  const poisoned = (sample: Record<string, unknown>) => Object.fromEntries(Object.entries(sample).map(([k, v]) => [k, typeof v === "string" && !v.startsWith("$") ? `a\u0000b` : v]));

  it("is refused by every JSON route with a 400 (PostgreSQL would fail on NUL), storing nothing", async () => {
    actAs(world, "organizer");
    for (const [name, entry] of Object.entries(routes) as [string, import("@/lib/api/registry").RouteEntry][]) {
      if (!entry.sample) continue;
      const before = await fullSnapshot();
      const id = entry.resource ? world.resources[entry.resource]! : "";
      for (const value of [{ ...poisoned(entry.sample), note: "a\u0000b" }, { ...entry.sample, extra: "\ud800" }]) {
        const res = await callRoute(entry, await routeHandler(entry), { id, body: JSON.stringify(resolve(world, value)), contentType: "application/json" });
        expect(res.status, `${name}: ${await res.clone().text()}`).toBe(400);
      }
      expect(await fullSnapshot(), name).toEqual(before);
    }
    const list = routes["events.list"];
    expect((await callRoute(list, await routeHandler(list), { id: "", query: "keyword=a%00b" })).status).toBe(400);
  });

  it("is refused by every server action before it runs", async () => {
    actAs(world, "organizer");
    const before = await fullSnapshot();
    for (const [name, entry] of Object.entries(actions)) {
      const [domain, exportName] = name.split(".") as [string, string];
      const mod = (await import(`@/lib/${domain}/actions`)) as Record<string, (...args: unknown[]) => Promise<unknown>>;
      const form = new FormData();
      for (const [k, v] of Object.entries(resolve(world, poisoned(entry.sample)) as Record<string, string | string[]>)) for (const x of [v].flat()) form.append(k, x);
      if (!Object.values(entry.sample).some((v) => typeof v === "string" && !v.startsWith("$"))) form.append("note", "a\u0000b");
      // The wrapper answers before the action looks at its arguments, whichever form it takes.
      expect(await mod[exportName]!(null, form), name).toMatchObject({ ok: false, code: "INVALID_INPUT" });
    }
    expect(await fullSnapshot()).toEqual(before);
  });
});
