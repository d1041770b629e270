// Every list of the API pages (`page`, `per_page`) with a maximum page size: found from the
// registry, so a new list with paging is checked too, and a list without paging is reported.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { sessionJwtMock, nextAuthMock, nextCacheMock, nextHeadersMock } from "../request-context";

vi.mock("next/headers", () => nextHeadersMock);
vi.mock("@/lib/session-jwt", () => sessionJwtMock);
vi.mock("next-auth", () => nextAuthMock);
vi.mock("next/cache", () => nextCacheMock);

const { routes } = await import("@/lib/api/registry");
const { inputJsonSchema } = await import("@/lib/api/openapi");
const { actAs, callRoute, makeWorld, routeHandler } = await import("./world");
type RouteEntry = import("@/lib/api/registry").RouteEntry;

let world: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  world = await makeWorld();
}, 120_000);

/** Routes answering with `{ total, page, perPage, items }`. */
const lists = (Object.entries(routes) as [string, RouteEntry][]).filter(([, r]) => JSON.stringify(r.response.schema ?? {}).includes('"perPage"'));

describe("list endpoints", () => {
  it("are found", () => {
    expect(lists.map(([n]) => n)).toEqual(expect.arrayContaining(["events.list", "registrations.list", "talks.list", "materials.list", "me.registrations"]));
  });

  for (const [name, entry] of lists) {
    it(`${name} takes page and per_page with a maximum, and keeps to it`, async () => {
      expect(entry.queryNames?.per_page, `${name} has no per_page`).toBe("perPage");
      const max = (inputJsonSchema(entry.query!) as { properties: { perPage: { maximum?: number } } }).properties.perPage.maximum;
      expect(max).toBeLessThanOrEqual(500);
      actAs(world, "organizer");
      const handler = await routeHandler(entry);
      const id = entry.resource ? world.resources[entry.resource]! : "";
      const tooMany = await callRoute(entry, handler, { id, query: `per_page=${max! + 1}` });
      expect(tooMany.status).toBe(400);
      const one = await callRoute(entry, handler, { id, query: "per_page=1" });
      expect(one.status).toBe(200);
      const body = await one.json();
      expect(body).toMatchObject({ page: 1, perPage: 1 });
      expect(body.items.length).toBeLessThanOrEqual(1);
    });
  }
});
