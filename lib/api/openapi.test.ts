import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? routeFiles(join(dir, d.name)) : d.name === "route.ts" ? [join(dir, d.name)] : []));
}

describe("the OpenAPI document", () => {
  it("describes every v1 route handler", () => {
    const root = join(process.cwd(), "app/api/v1");
    const routes = routeFiles(root)
      .map((f) => "/" + relative(root, f).split(sep).slice(0, -1).join("/").replace(/\[(\w+)\]/g, "{$1}"))
      .filter((p) => p !== "/openapi.json");
    const documented = Object.keys(openApiDocument("http://localhost:3000").paths);
    expect(routes.length).toBeGreaterThan(0);
    expect(documented.sort()).toEqual(expect.arrayContaining(routes.sort()));
  });
});
