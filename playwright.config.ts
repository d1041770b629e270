import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_RATE_LIMIT_SCALE } from "./e2e/security/limits";
import { TEST_CHAIN } from "./tests/support/test-chain";

// End-to-end tests drive Chromium against the real production server (`npm start` on its own
// port and its own fresh database, filled with the demo data). Debian's Chromium is used where
// Playwright's own browser download is not available.
//
// The `load` project (e2e/load) fires hundreds of API requests at once at that server and checks
// the registration invariants afterwards. It runs after the browser projects, one file at a time,
// so that its bursts do not slow the browser tests into timeouts. On its own, skip that wait:
// `npx playwright test --project load --no-deps`. E2E_DATABASE_URL=postgresql://user@host/name
// runs the server on PostgreSQL (that database is dropped and created again); with it,
// E2E_INSTANCES=3 runs three instances of the server behind nginx on E2E_PORT instead (ports
// E2E_PORT+10…, scripts/e2e-cluster.ts), for the load tests.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const INSTANCES = Number(process.env.E2E_INSTANCES || 1);
const baseURL = `http://localhost:${PORT}`;
// A local drand relay on the next port signs the test chain's rounds; the server checks lottery
// v2 draws against that chain (frames stay v1 unless made with `beacon: "drand-quicknet"`).
const RELAY_PORT = PORT + 1;
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: process.env.CI ? 2 : undefined,
  // One retry on CI, reported as "flaky" in the list, so a rare browser timing hiccup does not
  // hide the rest of the run; the load tests never retry (their invariants must hold first time).
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // The journeys walk a dozen pages each; with two workers and the server sharing two cores a
  // page can take three seconds, so a whole journey gets two minutes.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    timezoneId: "Asia/Tokyo",
    locale: "ja-JP",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined }, testIgnore: [/mobile\.spec\.ts/, /[\\/]load[\\/]/] },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testMatch: /mobile\.spec\.ts/ },
    // 127.0.0.1, not localhost: Playwright's connection to "localhost" tries IPv6 first and adds
    // seconds per new connection under a burst of hundreds.
    { name: "load", testDir: "e2e/load", dependencies: ["desktop", "phone"], workers: 1, retries: 0, timeout: 180_000, use: { baseURL: `http://127.0.0.1:${PORT}` } },
  ],
  webServer: [
    {
      command: "npx tsx scripts/e2e-drand-relay.ts",
      url: `http://127.0.0.1:${RELAY_PORT}/${TEST_CHAIN.hash}/info`,
      timeout: 60_000,
      reuseExistingServer: !process.env.CI,
      env: { PORT: String(RELAY_PORT) },
    },
    {
      command: "npx tsx scripts/e2e-server.ts",
      url: `${baseURL}/readyz`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: "pipe",
      // The instances and nginx are stopped with SIGTERM (graceful), not killed.
      ...(INSTANCES > 1 ? { gracefulShutdown: { signal: "SIGTERM" as const, timeout: 30_000 } } : {}),
      env: {
        PORT: String(PORT),
        DATABASE_URL: process.env.E2E_DATABASE_URL || "file:./data/e2e.db",
        UPLOAD_DIR: "data/e2e-uploads",
        HAKO_SCHEDULER_INTERVAL_MS: "2000",
        HAKO_BEACON_RELAYS: `http://127.0.0.1:${RELAY_PORT}`,
        HAKO_BEACON_CHAIN_HASH: TEST_CHAIN.hash,
        HAKO_BEACON_PUBLIC_KEY: TEST_CHAIN.publicKey,
        HAKO_BEACON_GENESIS: String(TEST_CHAIN.genesis),
        HAKO_BEACON_PERIOD: String(TEST_CHAIN.period),
        // Limits stay on, scaled for a suite that runs from one address; loopback stands for a
        // trusted proxy, so e2e/security can check what a proxy's X-Forwarded-Proto does.
        HAKO_RATE_LIMIT_SCALE: String(E2E_RATE_LIMIT_SCALE),
        HAKO_TRUSTED_PROXIES: "loopback",
      },
    },
  ],
});
