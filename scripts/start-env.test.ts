import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { devLoginWarning, loadStartEnv } from "./start-env";

// loadStartEnv writes into process.env, as `npm start` needs; each test gets it back untouched.
let saved: NodeJS.ProcessEnv;
let dir: string;
beforeEach(() => {
  saved = { ...process.env };
  for (const k of ["NEXTAUTH_SECRET", "AUTH_DEV_LOGIN", "HAKO_DEMO"]) delete process.env[k];
  dir = mkdtempSync(path.join(os.tmpdir(), "hako-start-env-"));
});
afterEach(() => {
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
  rmSync(dir, { recursive: true, force: true });
});

describe("loadStartEnv", () => {
  it("is not the demo when the secret is only in .env.production", () => {
    writeFileSync(path.join(dir, ".env.production"), "NEXTAUTH_SECRET=from-the-file\n");
    const mode = loadStartEnv(dir, false);
    expect(mode).toEqual({ demo: false, devLogin: false, envFiles: [".env.production"] });
    expect(process.env.NEXTAUTH_SECRET).toBe("from-the-file");
    expect(process.env.HAKO_DEMO).toBeUndefined();
  });

  it("is not the demo when the secret is only in .env.local", () => {
    writeFileSync(path.join(dir, ".env.local"), "NEXTAUTH_SECRET=local\n");
    expect(loadStartEnv(dir, false)).toMatchObject({ demo: false, devLogin: false });
  });

  it("drops a stray HAKO_DEMO once a secret is configured", () => {
    writeFileSync(path.join(dir, ".env"), "NEXTAUTH_SECRET=s\nHAKO_DEMO=1\n");
    expect(loadStartEnv(dir, false)).toMatchObject({ demo: false, devLogin: false });
    expect(process.env.HAKO_DEMO).toBeUndefined();
  });

  it("keeps the development sign-in only when AUTH_DEV_LOGIN=1 is set explicitly", () => {
    writeFileSync(path.join(dir, ".env.production"), "NEXTAUTH_SECRET=s\nAUTH_DEV_LOGIN=1\n");
    expect(loadStartEnv(dir, false)).toMatchObject({ demo: false, devLogin: true });
  });

  it("is the demo without any secret, and turns the development sign-in on explicitly", () => {
    expect(loadStartEnv(dir, false)).toEqual({ demo: true, devLogin: true, envFiles: [] });
    expect(process.env.AUTH_DEV_LOGIN).toBe("1");
    expect(process.env.HAKO_DEMO).toBe("1");
  });

  it("warns loudly, naming the mailbox", () => {
    const w = devLoginWarning("https://hako.example.org", false);
    expect(w).toContain("WARNING");
    expect(w).toContain("https://hako.example.org/dev/mailbox");
  });
});

describe("devLoginEnabled", () => {
  async function fresh(vars: Record<string, string>) {
    vi.resetModules();
    Object.assign(process.env, vars);
    return (await import("../lib/env")).devLoginEnabled();
  }

  it("ignores HAKO_DEMO under NODE_ENV=production", async () => {
    expect(await fresh({ NODE_ENV: "production", HAKO_DEMO: "1" })).toBe(false);
  });

  it("follows AUTH_DEV_LOGIN=1 under NODE_ENV=production", async () => {
    expect(await fresh({ NODE_ENV: "production", AUTH_DEV_LOGIN: "1" })).toBe(true);
  });

  it("keeps the demo's sign-in outside production (npm run dev, tests)", async () => {
    expect(await fresh({ NODE_ENV: "development", HAKO_DEMO: "1" })).toBe(true);
  });
});
