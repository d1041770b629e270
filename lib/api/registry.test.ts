// A new route handler or server action must be listed in the registry (who may call it, how its
// input is validated), or this fails: the files are scanned, not listed by hand.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { actions, routes } from "./registry";

function files(dir: string, name: (f: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? (d.name === "generated" || d.name === "node_modules" ? [] : files(join(dir, d.name), name)) : name(d.name) ? [join(dir, d.name)] : []));
}

const root = process.cwd();

/** app/events/[id]/route.ts → /events/{id}; [...x] → {x}. */
function routePath(file: string) {
  const dir = relative(join(root, "app"), file).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s));
  return "/" + dir.map((s) => s.replace(/^\[(?:\.\.\.)?(\w+)\]$/, "{$1}")).join("/");
}

/** The HTTP methods a route file exports (functions, constants or re-exports). */
function exportedMethods(source: string): string[] {
  const out = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function|const|let)\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) out.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) for (const part of m[1]!.split(",")) {
    const name = part.trim().split(/\s+as\s+/).pop()!.trim();
    if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) out.add(name);
  }
  return [...out];
}

/** The functions a "use server" file exports. */
function exportedActions(source: string): string[] {
  return [...source.matchAll(/export\s+(?:async\s+function|const|function)\s+(\w+)/g)].map((m) => m[1]!);
}

describe("the registry of routes and actions", () => {
  it("lists every method of every route file", () => {
    const registered = new Set(Object.values(routes).map((r) => `${r.method} ${r.path}`));
    const found = files(join(root, "app"), (f) => f === "route.ts" || f === "route.tsx").flatMap((f) => exportedMethods(readFileSync(f, "utf8")).map((m) => `${m} ${routePath(f)}`));
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((r) => !registered.has(r))).toEqual([]);
    // …and nothing that no longer exists.
    expect([...registered].filter((r) => !found.includes(r))).toEqual([]);
  });

  it("lists every exported server action", () => {
    const found = files(join(root, "lib"), (f) => f === "actions.ts").flatMap((f) => {
      const domain = relative(join(root, "lib"), f).split(sep).slice(0, -1).join("/");
      return exportedActions(readFileSync(f, "utf8")).map((a) => `${domain}.${a}`);
    });
    expect(found.length).toBeGreaterThan(30);
    expect(found.filter((a) => !(a in actions))).toEqual([]);
    expect(Object.keys(actions).filter((a) => !found.includes(a))).toEqual([]);
  });

  it("reads methods and actions the way route and action files write them", () => {
    expect(exportedMethods("export const GET = apiRoute(...);\nexport async function POST() {}\nexport { handler as PUT, other as x };")).toEqual(["GET", "POST", "PUT"]);
    expect(exportedActions('"use server";\nexport async function a() {}\nexport const b = serverAction("x.b", async () => null);')).toEqual(["a", "b"]);
    expect(routePath(join(root, "app/api/auth/[...nextauth]/route.ts"))).toBe("/api/auth/{nextauth}");
  });
});
