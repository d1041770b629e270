import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, pickMessages } from "./client-messages";
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
