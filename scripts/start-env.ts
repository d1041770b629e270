// What `npm start` decides before anything else: it loads the `.env*` files with Next's own
// loader (the same files, in the same order, that `next start` reads), and only then decides
// whether this is the demo. Deciding first made a production server whose NEXTAUTH_SECRET lives
// in `.env.production` or `.env.local` start as a demo, with the development sign-in open to all.
import { loadEnvConfig } from "@next/env";

export type StartEnv = {
  /** No NEXTAUTH_SECRET anywhere (environment or .env files): the self-contained demo. */
  demo: boolean;
  /** The development sign-in and mailbox: the demo, or AUTH_DEV_LOGIN=1 set explicitly. */
  devLogin: boolean;
  /** The .env files read, relative to the project root. */
  envFiles: string[];
};

const on = (v: string | undefined) => v === "1" || v === "true";

/**
 * Loads `root`'s .env files into process.env (variables already set win, as in Next), then
 * decides the mode. The demo turns the development sign-in on explicitly (AUTH_DEV_LOGIN=1):
 * the server itself never enables it under NODE_ENV=production for any other reason.
 */
export function loadStartEnv(root: string, dev: boolean): StartEnv {
  // Next picks `.env.production*` or `.env.development*` by NODE_ENV; the server started below
  // runs with the same NODE_ENV, so both read the same files.
  Object.assign(process.env, { NODE_ENV: dev ? "development" : "production" });
  const { loadedEnvFiles } = loadEnvConfig(root, dev, { info: () => undefined, error: (...args: unknown[]) => console.error(...args) }, true);
  const demo = !process.env.NEXTAUTH_SECRET?.trim();
  if (demo) {
    process.env.HAKO_DEMO = "1";
    process.env.AUTH_DEV_LOGIN = "1";
  } else {
    delete process.env.HAKO_DEMO;
  }
  return { demo, devLogin: on(process.env.AUTH_DEV_LOGIN), envFiles: loadedEnvFiles.map((f) => f.path) };
}

/** The banner `npm start` prints whenever the development sign-in is on. */
export function devLoginWarning(url: string, demo: boolean): string {
  const line = "!".repeat(78);
  return [
    line,
    "!!  WARNING: the development sign-in is ON (AUTH_DEV_LOGIN=1).",
    "!!  Anyone who can open this site signs in as ANY email address, organizers included,",
    `!!  and ${url}/dev/mailbox shows every mail, sign-in links too.`,
    demo
      ? "!!  This is the demo (no NEXTAUTH_SECRET found in the environment or in .env files).\n!!  For a real site set NEXTAUTH_SECRET; see SECURITY.md."
      : "!!  Unset AUTH_DEV_LOGIN on any site that is reachable by others; see SECURITY.md.",
    line,
  ].join("\n");
}
