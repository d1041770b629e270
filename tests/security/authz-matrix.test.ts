// The authorization matrix, generated from lib/api/registry.ts (not written per route): every
// route and server action that changes something is called, with a valid input, by each caller
// its auth level excludes (anonymous, an attendee of the event, the organizer of another group)
// and must be refused with 401/403/404 (or the action's equivalent) and change nothing at all.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock } from "../request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { actions, REFUSED, routes } = await import("@/lib/api/registry");
const { actAs, callRoute, fullSnapshot, makeWorld, pdfForm, resolve, routeHandler } = await import("./world");
type World = Awaited<ReturnType<typeof makeWorld>>;

const REFUSAL_CODES = ["UNAUTHENTICATED", "FORBIDDEN", "NOT_FOUND", "NOT_A_SPEAKER", "NOT_REGISTERED", "NOT_ATTENDED"];
const mutating = Object.entries(routes).filter(([, r]) => r.method !== "GET" && r.auth !== "external");

let world: World;
beforeAll(async () => {
  world = await makeWorld();
}, 120_000);

describe("every mutating route refuses the callers its auth level excludes, and changes nothing", () => {
  it("covers the mutating routes", () => {
    expect(mutating.length).toBeGreaterThan(15);
  });

  for (const [name, entry] of mutating) {
    for (const caller of REFUSED[entry.auth]) {
      it(`${entry.method} ${entry.path} (${name}) as ${caller}`, async () => {
        const handler = await routeHandler(entry);
        const id = entry.resource ? world.resources[entry.resource]! : "";
        const before = await fullSnapshot();
        actAs(world, caller);
        const sample = "sample" in entry ? entry.sample : undefined;
        const res = sample
          ? await callRoute(entry, handler, { id, body: JSON.stringify(resolve(world, sample)), contentType: "application/json" })
          : "multipart" in entry
            ? await callRoute(entry, handler, { id, body: pdfForm() })
            : await callRoute(entry, handler, { id });
        if (res.status === 303) {
          // The plain upload form answers with a redirect carrying the refusal.
          expect(new URL(res.headers.get("location")!, "http://x").searchParams.get("error")).toMatch(new RegExp(`^(${REFUSAL_CODES.join("|")})$`));
        } else {
          expect([401, 403, 404], `${name} as ${caller}: ${res.status} ${await res.clone().text()}`).toContain(res.status);
          const body = await res.json();
          expect(REFUSAL_CODES).toContain(body.error.code);
        }
        expect(await fullSnapshot()).toEqual(before);
      });
    }
  }
});

// Reads limited to organizers (and the door list) refuse the same callers: a receptionist sees
// the door list and nothing else of the organizer's.
const guardedReads = Object.entries(routes).filter(([, r]) => r.method === "GET" && (r.auth === "organizer" || r.auth === "door"));

describe("every organizer-only read refuses the callers its auth level excludes", () => {
  it("covers the door list and the organizer reads", () => {
    expect(guardedReads.map(([n]) => n)).toEqual(expect.arrayContaining(["door.search", "registrations.list", "participants.csv"]));
  });

  for (const [name, entry] of guardedReads) {
    for (const caller of REFUSED[entry.auth]) {
      it(`${entry.method} ${entry.path} (${name}) as ${caller}`, async () => {
        const handler = await routeHandler(entry);
        actAs(world, caller);
        const res = await callRoute(entry, handler, { id: world.resources[entry.resource!]!, query: name === "door.search" ? "q=a" : undefined });
        expect([401, 403, 404], `${name} as ${caller}: ${res.status}`).toContain(res.status);
      });
    }
  }

  it("lets a receptionist search the door list", async () => {
    const entry = routes["door.search"];
    actAs(world, "receptionist");
    const res = await callRoute(entry, await routeHandler(entry), { id: world.resources.event!, query: "q=walked" });
    expect(res.status).toBe(200);
    expect((await res.json()).items).toHaveLength(1);
  });
});

/** How an action file declares it: `(prev, form)` for useActionState forms, `(form)` for plain ones. */
function takesState(domain: string, exportName: string): boolean {
  const source = readFileSync(path.join(process.cwd(), "lib", domain, "actions.ts"), "utf8");
  const m = source.match(new RegExp(`serverAction\\("${domain}\\.${exportName}", async function ${exportName}\\(([^)]*)\\)`));
  if (!m) throw new Error(`${domain}.${exportName} is not declared through serverAction()`);
  return m[1]!.split(",").length === 2;
}

function formOf(world: World, sample: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [k, v] of Object.entries(resolve(world, sample) as Record<string, string | string[]>)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  return form;
}

const mutatingActions = Object.entries(actions).filter(([, a]) => REFUSED[a.auth].length > 0);

describe("every server action refuses the callers its auth level excludes, and changes nothing", () => {
  it("covers the server actions", () => {
    expect(mutatingActions.length).toBeGreaterThan(35);
  });

  for (const [name, entry] of mutatingActions) {
    for (const caller of REFUSED[entry.auth]) {
      it(`${name} as ${caller}`, async () => {
        const [domain, exportName] = name.split(".") as [string, string];
        const mod = (await import(path.join(process.cwd(), "lib", domain, "actions.ts"))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
        const fn = mod[exportName]!;
        const form = formOf(world, entry.sample);
        const before = await fullSnapshot();
        actAs(world, caller);
        let result: unknown;
        try {
          result = takesState(domain, exportName) ? await fn(null, form) : await fn(form);
        } catch (e) {
          // next/navigation's redirect to the sign-in page is a refusal too.
          const digest = String((e as { digest?: unknown }).digest ?? "");
          expect(digest, `${name} as ${caller} threw ${String(e)}`).toMatch(/^NEXT_REDIRECT;[^;]*;\/signin/);
        }
        if (result !== undefined && result !== null) {
          expect(result, `${name} as ${caller}`).toMatchObject({ ok: false });
          expect(REFUSAL_CODES, `${name} as ${caller}: ${JSON.stringify(result)}`).toContain((result as { code: string }).code);
        }
        expect(await fullSnapshot()).toEqual(before);
      });
    }
  }
});

describe("the matrix can fail", () => {
  it("sees a change made by an allowed caller", async () => {
    const before = await fullSnapshot();
    actAs(world, "organizer");
    const entry = routes["events.update"];
    const res = await callRoute(entry, await routeHandler(entry), { id: world.resources.event!, body: JSON.stringify({ title: "Renamed by its organizer" }), contentType: "application/json" });
    expect(res.status).toBe(200);
    expect(await fullSnapshot()).not.toEqual(before);
  });
});
