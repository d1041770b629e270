// The security headers as a browser receives them from the production server: a CSP whose nonce
// is on every script the page has (and the page still works), HSTS only over https, sandboxed
// uploads that Chromium's PDF viewer still opens, and private caching of per-person answers.
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { confirmedTalk, ok, onePagePdf } from "./helpers";

test.describe("security headers", () => {
  test("puts the request's CSP nonce on every script of a page, and the page still runs", async ({ page }) => {
    const res = await page.request.get("/events");
    const csp = res.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).toContain("'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    // A second request gets another nonce.
    const again = (await page.request.get("/events")).headers()["content-security-policy"];
    expect(again).not.toContain(`'nonce-${nonce}'`);
    expect(res.headers()["permissions-policy"]).toContain("camera=(self)");
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

    // Hydrated under that policy: no violation reported, and a client-side control works.
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto("/signin");
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    expect(violations).toEqual([]);
  });

  test("serves a public page from the server's cache with a fresh nonce each time, and it still runs", async ({ page }) => {
    // Other tests write in parallel (each successful write empties the cache) and a render under
    // load can outlast the cache's life: load until the first answer from the cache, within a bound.
    const answers: { nonce?: string; cache?: string }[] = [];
    const load = async () => {
      const res = await page.request.get("/events");
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1];
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      answers.push({ nonce, cache: res.headers()["x-hako-cache"] });
      return res.headers()["x-hako-cache"];
    };
    await expect.poll(load, { timeout: 30_000, intervals: [0, 100, 250, 500] }).toBe("hit");
    // And a second answer from the cache: a new nonce again.
    await expect.poll(load, { timeout: 30_000, intervals: [0, 100, 250, 500] }).toBe("hit");
    expect(answers.map((a) => a.nonce).every(Boolean)).toBe(true);
    expect(new Set(answers.map((a) => a.nonce)).size).toBe(answers.length);
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const shown = await page.goto("/events");
    expect(shown?.headers()["x-hako-cache"]).toMatch(/^(hit|miss|wait|stale)$/);
    await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
    expect(violations).toEqual([]);
  });

  test("sends HSTS only when the request came over https through a trusted proxy", async ({ page }) => {
    expect((await page.request.get("/")).headers()["strict-transport-security"]).toBeUndefined();
    const viaProxy = await page.request.get("/", { headers: { "x-forwarded-proto": "https" } });
    expect(viaProxy.headers()["strict-transport-security"]).toMatch(/^max-age=\d{7,}; includeSubDomains$/);
  });

  test("serves an uploaded PDF sandboxed, opens it in Chromium's viewer, and keeps a hidden one private", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const speaker = await openSession(uniqueEmail("speaker"));
    const talkId = await confirmedTalk(page, speaker.page, event.id, { title: `Sandboxed slides ${uniqueSuffix()}` });
    const material = await ok<{ id: string }>(await speaker.page.request.post(`/api/v1/talks/${talkId}/materials`, { multipart: { title: "slides", file: onePagePdf("slides.pdf") } }), 201);
    const url = `/materials/${material.id}/file`;

    const anonymous = (await openSession()).page;
    const res = await anonymous.request.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/pdf");
    expect(res.headers()["content-security-policy"]).toMatch(/^sandbox;/);
    expect(res.headers()["x-content-type-options"]).toBe("nosniff");
    expect(res.headers()["cache-control"]).toBe("public, max-age=3600");

    // A top-level navigation to the PDF still opens the browser's own viewer.
    await anonymous.goto(url);
    await expect.poll(() => anonymous.frames().some((f) => f.url().startsWith("chrome-extension://"))).toBe(true);

    await ok(await page.request.patch(`/api/v1/materials/${material.id}`, { data: { hidden: true } }), 200);
    const hidden = await page.request.get(url);
    expect(hidden.status()).toBe(200);
    expect(hidden.headers()["cache-control"]).toBe("private, no-store");
    expect(hidden.headers()["vary"]).toContain("Cookie");
    expect((await anonymous.request.get(url)).status()).toBe(404);
  });

  test("answers per-person API reads and an organizer's unpublished timetable privately", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const me = await page.request.get("/api/v1/me");
    expect(me.headers()["cache-control"]).toBe("private, no-store");
    expect(me.headers()["vary"]).toContain("Cookie");
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    for (const path of ["schedule.ics", "schedule.xml", "schedule"]) {
      const res = await page.request.get(`/api/v1/events/${event.id}/${path}`);
      expect(res.status()).toBe(200);
      expect(res.headers()["cache-control"], path).toBe("private, no-store");
    }
    const anonymous = (await openSession()).page;
    const pub = await anonymous.request.get(`/api/v1/events/${event.id}/schedule.ics`);
    expect(pub.headers()["cache-control"]).toBe("public, max-age=300");
  });
});
