// Route patterns for HTTP metrics, read from Next's routes manifest, so that the label is
// "/events/[id]" and never the path itself (which would make one series per event).
import { readFileSync } from "node:fs";
import path from "node:path";

type ManifestRoute = { page: string; regex: string };
type Manifest = { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] };

export type RouteMatcher = (pathname: string) => string;

export function routeMatcherFrom(manifest: Manifest): RouteMatcher {
  const exact = new Map<string, string>();
  for (const r of manifest.staticRoutes ?? []) exact.set(r.page, r.page);
  const dynamic = (manifest.dynamicRoutes ?? []).map((r) => ({ page: r.page, regex: new RegExp(r.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : "/_next";
    let end = pathname.length;
    while (end > 1 && pathname.charCodeAt(end - 1) === 47 /* "/" */) end--;
    const trimmed = pathname.slice(0, end);
    const hit = exact.get(trimmed);
    if (hit) return hit;
    for (const r of dynamic) if (r.regex.test(trimmed)) return r.page;
    // Files from public/ and unknown paths: one label, whatever the path.
    return "other";
  };
}

export function loadRouteMatcher(distDir: string): RouteMatcher {
  try {
    return routeMatcherFrom(JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as Manifest);
  } catch {
    return () => "other";
  }
}
