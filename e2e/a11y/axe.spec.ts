// Accessibility: axe over every kind of page, at a phone's width (390 px) and a desktop's (1280 px),
// in Japanese and English, signed out and signed in (as the demo organizer, so the organizer's
// pages are included). Any serious or critical finding fails, with every finding listed at once.
// One browser context per combination, visiting a list of URLs: fast enough for every run.
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext } from "@playwright/test";
import { expect, signInOverHttp, test } from "../fixtures";

const ORGANIZER = "organizer@example.com";

// Independent combinations, each in its own context: let the workers share them.
test.describe.configure({ mode: "parallel" });

type Demo = { eventId: string; groupSlug: string; lotteryFrameId: string | null };

async function demoIds(request: APIRequestContext): Promise<Demo> {
  const res = await request.get("/api/v1/events?when=all&group=coreos-meetup-tokyo&per_page=50");
  const list = res.ok() ? ((await res.json()) as { items: { id: string; group: { slug: string } }[] }).items : [];
  const any = list.length ? list : ((await (await request.get("/api/v1/events?when=all&per_page=50")).json()) as { items: { id: string; group: { slug: string } }[] }).items;
  expect(any.length, "the demo data has events").toBeGreaterThan(0);
  for (const e of any) {
    const frames = ((await (await request.get(`/api/v1/events/${e.id}/frames`)).json()) as { items: { id: string; method: string }[] }).items;
    const lottery = frames.find((f) => f.method === "lottery");
    if (lottery) return { eventId: e.id, groupSlug: e.group.slug, lotteryFrameId: lottery.id };
  }
  return { eventId: any[0]!.id, groupSlug: any[0]!.group.slug, lotteryFrameId: null };
}

function publicPages(d: Demo): string[] {
  return [
    "/",
    "/events",
    "/events?view=calendar",
    `/events/${d.eventId}`,
    `/events/${d.eventId}/timetable`,
    `/events/${d.eventId}/materials`,
    `/events/${d.eventId}/cfp`,
    `/groups/${d.groupSlug}`,
    "/groups",
    "/signin",
    ...(d.lotteryFrameId ? [`/frames/${d.lotteryFrameId}/draw`] : []),
  ];
}

function signedInPages(d: Demo): string[] {
  return [
    "/me/events",
    "/me/talks",
    "/settings/profile",
    "/settings/tokens",
    "/events/new",
    "/groups/new",
    `/events/${d.eventId}/manage`,
    `/events/${d.eventId}/checkin`,
    `/events/${d.eventId}/edit`,
    `/events/${d.eventId}/proposals`,
    ...(d.lotteryFrameId ? [`/frames/${d.lotteryFrameId}/nominations`] : []),
  ];
}

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

// Four combinations, not all eight: every pair of (width, language), (width, signed in or out) and
// (language, signed in or out) occurs once (an orthogonal array), so a finding that depends on any
// two of them together is still caught, in half the time.
const COMBINATIONS = [
  { viewport: VIEWPORTS[0], locale: "ja-JP", signedIn: true },
  { viewport: VIEWPORTS[0], locale: "en-US", signedIn: false },
  { viewport: VIEWPORTS[1], locale: "ja-JP", signedIn: false },
  { viewport: VIEWPORTS[1], locale: "en-US", signedIn: true },
] as const;

for (const { viewport, locale, signedIn } of COMBINATIONS) {
  test(`has no serious or critical axe findings (${viewport.name}, ${locale}, ${signedIn ? "signed in" : "signed out"})`, async ({ browser }) => {
    test.setTimeout(600_000); // about twenty pages with axe each, two combinations at a time on two cores
    const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, locale, isMobile: viewport.name === "phone", hasTouch: viewport.name === "phone" });
    const page = await context.newPage();
    const demo = await demoIds(page.request);
    if (signedIn) await signInOverHttp(page.request, ORGANIZER);
    const urls = [...publicPages(demo), ...(signedIn ? signedInPages(demo) : [])];
    const findings: string[] = [];
    for (const url of urls) {
      const res = await page.goto(url);
      // A page this demo event does not have (an unpublished timetable, no call for talks).
      if (res?.status() === 404) continue;
      expect(res?.status(), url).toBeLessThan(400);
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
      for (const v of result.violations) {
        if (v.impact !== "serious" && v.impact !== "critical") continue;
        findings.push(`${url} [${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("\n    ")}`);
      }
    }
    await context.close();
    expect(findings, findings.join("\n")).toEqual([]);
  });
}
