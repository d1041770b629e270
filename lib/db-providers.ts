// Which database a URL names. Shared by the server, the CLI scripts, the migrator and the tests.
import path from "node:path";

export type Provider = "sqlite" | "postgresql";
export const PROVIDERS: Provider[] = ["sqlite", "postgresql"];

export const DEFAULT_DATABASE_URL = "file:./data/hako.db";

export function providerOf(url: string): Provider {
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: or postgresql:// (got "${url.split(":")[0]}:")`);
}

/** Resolves a `file:` URL to an absolute path, relative to the project root. */
export function sqlitePath(url: string, root = process.cwd()): string {
  const rest = url.slice("file:".length);
  const file = rest.includes("?") ? rest.slice(0, rest.indexOf("?")) : rest;
  return path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ root, file);
}

