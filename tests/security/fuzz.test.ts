// Hostile input for every operation of the generated OpenAPI document, anonymous and as the
// event's organizer: huge and deeply nested bodies, wrong types, unicode edge cases, control
// characters, prototype keys, broken JSON and wrong content types, in the path, the query and
// the body. Never a 500, never over a second, and a refused request stores nothing.
// FUZZ_RUNS sets the runs per operation and caller (default 100; each operation gets twice that).
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock } from "../request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { routes } = await import("@/lib/api/registry");
const { openApiDocument } = await import("@/lib/api/openapi");
const { actAs, callRoute, makeWorld, quickSnapshot, resolve, routeHandler, wellFormed } = await import("./world");
type RouteEntry = import("@/lib/api/registry").RouteEntry;

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
// A stall, not a speed target: hostile input that makes a handler backtrack or loop takes many
// seconds; a normal request on a loaded two-core machine (other test files, a browser suite)
// has been seen to take just over one.
const LIMIT_MS = 4000;

type Operation = {
  operationId: keyof typeof routes;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown> } }> };
};
const doc = openApiDocument("http://localhost:3000");
const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops as Record<string, Operation>).map(([method, op]) => ({ path, method, op })));

let world: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  world = await makeWorld();
}, 120_000);

// Generators -----------------------------------------------------------------------------------

const nasty = [
  "",
  "\u0000",
  "a\u0000b",
  "\u0007\u001b[2J\r\n\t",
  "\u202eevil",
  "\u200b\u200d\ufeff",
  "\ud800",
  "\udfff\ud800",
  "😀".repeat(500),
  "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
  "é".normalize("NFD").repeat(300),
  "__proto__",
  "constructor",
  "../../../etc/passwd",
  "%00%2e%2e%2f",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "=HYPERLINK(\"http://x\")",
  "' OR 1=1 --",
  "1e309",
  "-0",
  "NaN",
  "2030-02-30T25:61",
  "9999-12-31T23:59:59+14:00",
  "0000-01-01T00:00:00Z",
  "LT 5\n".repeat(400),
  "a" + " ".repeat(30_000) + "x",
];

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...nasty) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 70_000 }).map((n) => "x".repeat(n)) },
  // What made a backtracking regular expression take seconds (issue 8): text, long blanks, text.
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1000, max: 63_000 }), fc.constantFrom(" ", "\t", " :", "0")).map(([n, pad]) => "a" + pad.repeat(Math.floor(n / pad.length)) + "x") },
);

const PROTO_KEYS = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"];

const deep = fc.tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean()).map(([depth, arrays]) => (arrays ? "[".repeat(depth) + "]".repeat(depth) : '{"a":'.repeat(depth) + "1" + "}".repeat(depth)));

/** JSON text for a value; objects are written by hand so that "__proto__" is a real key. */
const { value: hostileJson } = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString.map((s) => JSON.stringify(s)),
    fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constantFrom(Number.MAX_SAFE_INTEGER + 2, -1, 0, 1e308)).map((n) => JSON.stringify(n)),
    fc.constantFrom("true", "false", "null"),
    fc.array(tie("value"), { maxLength: 5 }).map((xs) => `[${xs.join(",")}]`),
    fc.array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 })), tie("value")), { maxLength: 5 }).map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`),
    deep,
  ),
}));

/** A body shaped like the operation's: its own field names (and prototype keys) with hostile values. */
function shapedBody(fields: string[], sample: Record<string, unknown> | undefined) {
  const key = fc.oneof(fc.constantFrom(...(fields.length ? fields : ["x"])), fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 12 }));
  const fromScratch = fc.array(fc.tuple(key, hostileJson), { minLength: 1, maxLength: 8 }).map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);
  if (!sample) return fromScratch;
  // A valid body with one field made hostile reaches deeper than a body refused at once.
  const valid = resolve(world, sample) as Record<string, unknown>;
  const mutated = fc.tuple(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...Object.keys(valid)) }, { weight: 1, arbitrary: fc.constantFrom(...PROTO_KEYS) }), hostileJson).map(([k, v]) => {
    const rest = Object.entries(valid).filter(([name]) => name !== k);
    return `{${[...rest.map(([name, x]) => `${JSON.stringify(name)}:${JSON.stringify(x)}`), `${JSON.stringify(k)}:${v}`].join(",")}}`;
  });
  return fc.oneof(fromScratch, mutated);
}

type Sent = { body?: string | FormData; contentType?: string };

function bodies(op: Operation, entry: RouteEntry): fc.Arbitrary<Sent> {
  const content = op.requestBody?.content ?? {};
  const fields = Object.keys(content["application/json"]?.schema.properties ?? {});
  const json = shapedBody(fields, entry.sample).map((body) => ({ body, contentType: "application/json" }));
  const raw = fc.oneof(hostileJson, fc.constantFrom("{", '{"a":', "nul", "\u0000", "{}}", '{"__proto__":{"isAdmin":true}}', "[]", ""), fc.string({ unit: "binary", maxLength: 200 }));
  const wrongType = fc.tuple(raw, fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "multipart/form-data", "application/json; charset=utf-16", undefined)).map(([body, contentType]) => ({ body, contentType }));
  const multipart = fc.tuple(hostileString, fc.constantFrom("%PDF-1.4\n", "", "GIF89a", "%PDF"), fc.integer({ min: 0, max: 20_000 }), fc.constantFrom("file", "title", "__proto__", "x")).map(([title, head, size, name]) => {
    const form = new FormData();
    form.set("title", title);
    form.set(name, new File([head + "0".repeat(size)], title.slice(0, 50) || "x.pdf", { type: "application/pdf" }));
    return { body: form } as Sent;
  });
  const options = [json, wrongType, ...(content["multipart/form-data"] ? [multipart] : [])];
  if (entry.method === "GET") return fc.constant<Sent>({});
  return entry.method === "DELETE" ? fc.oneof(fc.constant<Sent>({}), wrongType) : fc.oneof(...options);
}

function ids(entry: RouteEntry) {
  const real = entry.resource ? world.resources[entry.resource]! : "x";
  return fc.oneof({ weight: 3, arbitrary: fc.constant(real) }, { weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.constantFrom(...Object.values(world.resources)) });
}

function queries(op: Operation) {
  const names = (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name);
  const name = fc.oneof(fc.constantFrom(...(names.length ? names : ["q"])), fc.constantFrom(...PROTO_KEYS), fc.string({ maxLength: 10 }));
  return fc.array(fc.tuple(name, hostileString), { maxLength: 6 }).map((kv) => new URLSearchParams(kv.map(([k, v]) => [wellFormed(k), wellFormed(v)])).toString());
}

// The suite --------------------------------------------------------------------------------------

describe("fuzzing every operation of the OpenAPI document", () => {
  it("has operations to fuzz", () => {
    expect(operations.length).toBeGreaterThan(25);
  });

  for (const { path, method, op } of operations) {
    it(`${method.toUpperCase()} ${path} (${op.operationId}) survives hostile input, anonymous and as the organizer`, { timeout: 300_000 }, async () => {
      const entry = routes[op.operationId] as RouteEntry;
      const handler = await routeHandler(entry);
      for (const caller of ["anonymous", "organizer"] as const) {
        // Nothing but these requests writes to the database, so one snapshot ends a request and
        // begins the next.
        let last = await quickSnapshot();
        await fc.assert(
          fc.asyncProperty(ids(entry), queries(op), bodies(op, entry), async (id, query, sent) => {
            actAs(world, caller);
            const before = last;
            const started = performance.now();
            const res = await callRoute(entry, handler, { id, query, body: sent.body, contentType: sent.contentType });
            const text = await res.text();
            const elapsed = performance.now() - started;
            expect(res.status, `${caller} got ${res.status}: ${text.slice(0, 300)}`).toBeLessThan(500);
            expect(elapsed, `${caller} waited ${Math.round(elapsed)} ms`).toBeLessThan(LIMIT_MS);
            last = await quickSnapshot();
            if (res.status >= 400) {
              expect(JSON.parse(text).error.code, text.slice(0, 200)).toMatch(/^[A-Z_]+$/);
              expect(last, `${caller}: refused with ${res.status} yet something was stored`).toBe(before);
            }
          }),
          { numRuns: RUNS, endOnFailure: true },
        );
      }
    });
  }
});
