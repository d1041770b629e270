import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BASE_NAMESPACES, CLIENT_NAMESPACES, pickMessages, ROUTE_NAMESPACES, routeNamespaces } from "./client-messages";
import en from "./messages/en.json";
import ja from "./messages/ja.json";

const root = path.resolve(import.meta.dirname, "../..");

function clientFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : clientFiles(p);
    return /\.tsx?$/.test(name) && /^["']use client["']/m.test(readFileSync(p, "utf8")) ? [p] : [];
  });
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith("@/") ? path.join(root, spec.slice(2)) : spec.startsWith(".") ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  for (const ext of ["", ".tsx", ".ts", "/index.tsx", "/index.ts"]) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return p;
  }
  return null;
}

/** The namespaces read by client code reachable from these files ("use client" files and what they import). */
function clientNamespacesFrom(entries: string[]): Set<string> {
  const seen = new Map<string, boolean>();
  const used = new Set<string>();
  const visit = (file: string, inClient: boolean) => {
    const before = seen.get(file);
    if (before === true || (before === false && !inClient)) return;
    seen.set(file, inClient);
    const src = readFileSync(file, "utf8");
    const client = inClient || /^["']use client["']/m.test(src);
    if (client) for (const m of src.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) used.add(m[1]!);
    for (const m of src.matchAll(/(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)) {
      const dep = resolveImport(file, (m[1] ?? m[2])!);
      if (dep && /\.tsx?$/.test(dep) && !dep.includes(`${path.sep}generated${path.sep}`)) visit(dep, client);
    }
  };
  for (const e of entries) visit(e, false);
  return used;
}

const coveredBy = (set: readonly string[]) => (ns: string) => set.some((c) => ns === c || ns.startsWith(`${c}.`));

function filesNamed(dir: string, names: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? filesNamed(p, names) : names.test(name) ? [p] : [];
  });
}

describe("client messages per route", () => {
  it("the root layout's set covers the layout, the error and not-found pages and the home page", () => {
    const entries = ["app/layout.tsx", "app/error.tsx", "app/not-found.tsx", "app/page.tsx"].map((f) => path.join(root, f));
    expect([...clientNamespacesFrom(entries)].filter((ns) => !coveredBy(BASE_NAMESPACES)(ns))).toEqual([]);
  });

  it("every top-level route with pages has a layout giving its set, and each page's nearest set covers every client component it reaches", () => {
    const app = path.join(root, "app");
    const routes = readdirSync(app).filter((d) => statSync(path.join(app, d)).isDirectory() && filesNamed(path.join(app, d), /^page\.tsx$/).length > 0);
    expect(routes).toContain("events");
    expect(routes).toContain("frames");
    for (const route of routes) {
      const layout = path.join(app, route, "layout.tsx");
      expect(existsSync(layout), `app/${route}/layout.tsx`).toBe(true);
      expect(readFileSync(layout, "utf8"), `app/${route}/layout.tsx`).toContain(`<ClientMessages route="${route}">`);
    }
    const givers = new Set<string>();
    for (const page of routes.flatMap((r) => filesNamed(path.join(app, r), /^page\.tsx$/))) {
      // The nearest layout above the page that gives a set, and the files from there down.
      const entries = [page];
      let route: string | null = null;
      for (let dir = path.dirname(page); route === null && dir.startsWith(app + path.sep); dir = path.dirname(dir)) {
        entries.push(...readdirSync(dir).filter((f) => /^(layout|error|not-found|loading|template)\.tsx$/.test(f)).map((f) => path.join(dir, f)));
        const layout = path.join(dir, "layout.tsx");
        const given = existsSync(layout) ? readFileSync(layout, "utf8").match(/<ClientMessages route="([^"]+)">/) : null;
        if (given) {
          route = given[1]!;
          expect(route, path.relative(root, layout)).toBe(path.relative(app, dir).split(path.sep).join("/"));
          givers.add(route);
        }
      }
      expect(route, path.relative(root, page)).not.toBeNull();
      const missing = [...clientNamespacesFrom(entries)].filter((ns) => !coveredBy(routeNamespaces(route!))(ns));
      expect(missing, path.relative(root, page)).toEqual([]);
    }
    // The event page's set is the small one; its other pages have their own layout.
    expect(givers).toContain("events/[id]/(tools)");
    expect(routeNamespaces("events").length).toBeLessThan(CLIENT_NAMESPACES.length / 2);
  });

  it("finds a namespace read by a client component a page imports (the check can fail)", () => {
    const used = clientNamespacesFrom([path.join(root, "app/frames/[id]/draw/page.tsx")]);
    expect(used.has("draw")).toBe(true);
    expect(coveredBy(ROUTE_NAMESPACES.frames!)("settings")).toBe(false);
  });
});

describe("client messages", () => {
  it("cover every namespace a client component reads", () => {
    const files = ["app", "components", "lib"].flatMap((d) => clientFiles(path.join(root, d)));
    expect(files.length).toBeGreaterThan(10);
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(f, "utf8");
      expect(src, `${path.relative(root, f)} calls useTranslations() without a namespace`).not.toMatch(/useTranslations\(\s*\)/);
      for (const m of src.matchAll(/useTranslations\(\s*["']([^"']+)["']\s*\)/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(5);
    const covered = (ns: string) => CLIENT_NAMESPACES.some((c) => ns === c || ns.startsWith(`${c}.`));
    expect([...used].filter((ns) => !covered(ns))).toEqual([]);
  });

  it("names only namespaces that exist in both catalogues", () => {
    for (const messages of [ja, en]) {
      const picked = pickMessages(messages, CLIENT_NAMESPACES);
      for (const ns of CLIENT_NAMESPACES) {
        const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], picked);
        expect(value, ns).toBeTypeOf("object");
      }
    }
  });

  it("picks nested paths with their nesting and leaves the rest out", () => {
    const messages = { a: { x: "1", y: { z: "2" } }, b: { c: "3", d: "4" }, mail: { big: "…" } };
    expect(pickMessages(messages, ["a", "b.c", "missing.path"])).toEqual({ a: { x: "1", y: { z: "2" } }, b: { c: "3" } });
  });

  it("sends a good deal less than the whole Japanese catalogue", () => {
    const whole = Buffer.byteLength(JSON.stringify(ja));
    const sent = Buffer.byteLength(JSON.stringify(pickMessages(ja, CLIENT_NAMESPACES)));
    expect(sent).toBeLessThan(whole * 0.85);
  });
});
