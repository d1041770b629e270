// An XSS corpus typed into the text and URL fields of the real pages in Chromium: script tags,
// event handlers, javascript: and data: URLs, SVG. Every page that shows what was typed is then
// checked: no dialog opened, no payload flag set, no CSP violation reported (the app itself must
// render nothing executable; the CSP is the second line), no event-handler attribute anywhere, and
// no link, frame or object that points at a javascript:, data: or vbscript: URL.
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { CfpPage } from "../pages/cfp.page";
import { ManagePage } from "../pages/manage.page";
import { MaterialsPage, TalkSlidesSection } from "../pages/materials.page";
import { ok } from "./helpers";

/** Short enough for any title field; each one a different way in. */
const TEXT = [
  `<script>alert("xss-script")</script>`,
  `<img src=x onerror=alert("xss-img")>`,
  `<svg onload=alert("xss-svg")><script>alert(1)</script></svg>`,
  `"><iframe srcdoc="<script>parent.__xss=1</script>">`,
  `'"><a href="javascript:alert(1)">click</a>`,
];

/** Markdown and HTML for the long text fields (descriptions, abstracts, bios, messages). */
const RICH = [
  "# Heading",
  `<script>window.__xss = 1; alert("xss-md-script")</script>`,
  `<img src="x" onerror="window.__xss = 1">`,
  `<svg><script>window.__xss = 1</script><animate onbegin="window.__xss = 1" attributeName="x" dur="1s"/></svg>`,
  "[js link](javascript:window.__xss=1)",
  "[JS link 2](JaVaScRiPt:window.__xss=1)",
  "[data link](data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX194c3M9MTwvc2NyaXB0Pg==)",
  "![svg image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9ImFsZXJ0KDEpIi8+)",
  `<a href="javascript:window.__xss=1">raw link</a>`,
  `<iframe src="javascript:window.__xss=1"></iframe>`,
  `<object data="data:text/html,<script>window.__xss=1</script>"></object>`,
  "<details open ontoggle=window.__xss=1>x</details>",
].join("\n\n");

const URLS = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"];

/** Records what would show that a payload ran, for every page of the context. */
async function watch(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    // The app's own confirmations ("send to everyone?") are answered by the page objects.
    if (d.type() === "confirm") return;
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber} ${e.sample}`));
  });
  return dialogs;
}

/** Nothing ran on the page as it is now, and nothing in it can run. */
async function expectInert(page: Page, dialogs: string[], where: string) {
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "true");
  const found = await page.evaluate(() => {
    const out: string[] = [];
    const w = window as unknown as { __xss?: unknown; __violations?: string[] };
    if (w.__xss !== undefined) out.push("window.__xss was set");
    // zod probes whether it may compile validators with `Function("")` and catches the refusal:
    // that one, from the app's own bundle, is the CSP working, not a payload.
    for (const v of w.__violations ?? []) if (!/^script-src eval at https?:\/\/[^/]+\/_next\/static\//.test(v)) out.push(`CSP violation: ${v}`);
    for (const el of Array.from(document.querySelectorAll("*"))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name)) out.push(`<${el.tagName.toLowerCase()} ${attr.name}>`);
        if (attr.name === "srcdoc") out.push(`<${el.tagName.toLowerCase()} srcdoc>`);
      }
    }
    const urlAttrs: [string, string][] = [["a", "href"], ["area", "href"], ["iframe", "src"], ["frame", "src"], ["object", "data"], ["embed", "src"], ["form", "action"], ["button", "formaction"], ["base", "href"]];
    for (const [tag, attr] of urlAttrs) {
      for (const el of Array.from(document.querySelectorAll(`${tag}[${attr}]`))) {
        const value = (el.getAttribute(attr) ?? "").replace(/[\s\u0000-\u001f]/g, "");
        // React's own placeholder on forms whose action is a function: it throws, it runs nothing.
        if (tag === "form" && value.startsWith("javascript:thrownewError('AReactformwasunexpectedlysubmitted")) continue;
        if (/^(javascript|data|vbscript):/i.test(value)) out.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
      }
    }
    // The page's own inline scripts carry the request's nonce (the payloads appear in them only
    // as escaped data); a script element without it was put there by someone else.
    for (const s of Array.from(document.querySelectorAll("script"))) {
      if (!s.src && !s.nonce) out.push(`a <script> without the nonce: ${(s.textContent ?? "").slice(0, 60)}`);
    }
    return out;
  });
  expect(found, where).toEqual([]);
  expect(dialogs, where).toEqual([]);
}

test.describe("XSS corpus", () => {
  test.setTimeout(240_000);

  test("profile, group and event fields show payloads as text and refuse script URLs", async ({ page, signIn, factory, groupForm, eventForm }) => {
    const dialogs = await watch(page);
    await signIn();

    await test.step("profile: name and bio as text; avatar, GitHub and X URLs refused", async () => {
      const form = page.getByRole("main").locator("form");
      for (const url of URLS) {
        // A fresh form each time: React resets a form after its action, which could race a fill.
        await page.goto("/settings/profile");
        for (const field of ["image", "githubUrl", "xUrl"]) {
          await form.locator(`[name="${field}"]`).fill(url);
        }
        await form.locator('[name="name"]').fill(TEXT[1]!);
        await form.getByRole("button").last().click();
        for (const field of ["image", "githubUrl", "xUrl"]) await expect(page.locator(`#f-${field}-error`), `${field} = ${url}`).toBeVisible();
        await expectInert(page, dialogs, `profile form with ${url}`);
      }
      await page.goto("/settings/profile");
      await form.locator('[name="name"]').fill(TEXT[1]!);
      await form.locator('[name="bio"]').fill(RICH);
      await form.getByRole("button").last().click();
      await expect(form.getByRole("status")).toBeVisible();
      const handle = await form.locator('[name="handle"]').inputValue();
      await page.goto(`/users/${handle}`);
      await expect(page.getByRole("main")).toContainText(TEXT[1]!);
      await expectInert(page, dialogs, "profile page");
    });

    const suffix = uniqueSuffix();
    const group = { slug: `xss-${suffix}`, name: `${TEXT[2]!} ${suffix}`, description: RICH };
    await test.step("group: name and description", async () => {
      await groupForm.goto();
      await groupForm.create(group);
      await expect(page.getByRole("heading", { level: 1 }).first()).toContainText(TEXT[2]!);
      await expectInert(page, dialogs, "group page");
    });

    await test.step("event: every text field, and script URLs refused in the online URL", async () => {
      const created = await factory.group();
      const base = { title: `${TEXT[0]!} ${suffix}`, startsAt: "2031-07-01T19:00", endsAt: "2031-07-01T21:00" };
      for (const url of URLS) {
        await eventForm.goto(created.id);
        await eventForm.submitRefused({ ...base, onlineUrl: url });
        await expect(eventForm.errorFor("onlineUrl"), url).toBeVisible();
        await expectInert(page, dialogs, `event form with ${url}`);
      }
      const event = await factory.publishedEvent(created, {
        title: `${TEXT[0]!} ${suffix}`,
        catchphrase: TEXT[3]!,
        description: RICH,
        venueName: TEXT[4]!,
        venueAddress: TEXT[1]!,
      });
      await page.goto(`/events/${event.id}`);
      await expect(page.getByRole("heading", { level: 1 }).first()).toContainText(TEXT[0]!);
      await expect(page.getByRole("main")).toContainText("JS link 2");
      await expectInert(page, dialogs, "event page");
      await page.goto(`/events?keyword=${suffix}`);
      await expect(page.getByRole("main")).toContainText(TEXT[0]!);
      await expectInert(page, dialogs, "event search");
      await page.goto(`/groups/${created.slug}`);
      await expectInert(page, dialogs, "group page with the event");
    });
  });

  test("proposal, slide link, report and message fields show payloads as text and refuse script URLs", async ({ page, signIn, factory, openSession }) => {
    const dialogs = await watch(page);
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const suffix = uniqueSuffix();
    const frame = await ok<{ id: string }>(
      await page.request.post(`/api/v1/events/${event.id}/frames`, { data: { name: `一般枠 ${suffix}`, capacity: 50, method: "first_come", opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59" } }),
      201,
    );
    await ok(await page.request.put(`/api/v1/events/${event.id}/cfp`, { data: { opensAt: "2020-01-01T00:00", closesAt: "2031-06-01T23:59", formats: "Talk 20" } }), 200);

    const speaker = await openSession(uniqueEmail("speaker"));
    const speakerDialogs = await watch(speaker.page);
    const title = `${TEXT[1]!} ${suffix}`;
    let talkId = "";
    await test.step("proposal: title, abstract and notes typed into the call's form", async () => {
      const cfp = new CfpPage(speaker.page);
      await cfp.goto(event.id);
      await cfp.submitProposal({ title, abstract: RICH, format: "Talk（20分）", notes: TEXT[3]!, tags: "xss" });
      await expectInert(speaker.page, speakerDialogs, "my talks");
      await page.goto(`/events/${event.id}/proposals`);
      await expect(page.getByRole("main")).toContainText(TEXT[1]!);
      await expectInert(page, dialogs, "organizer's review page");
      const link = speaker.page.getByRole("main").getByRole("link", { name: title }).first();
      talkId = (await link.getAttribute("href"))!.split("/").filter(Boolean).pop()!;
      await ok(await page.request.patch(`/api/v1/proposals/${talkId}`, { data: { status: "accepted" } }), 200);
      await ok(await speaker.page.request.patch(`/api/v1/proposals/${talkId}`, { data: { status: "confirmed" } }), 200);
      await speaker.page.goto(`/talks/${talkId}`);
      await expect(speaker.page.getByRole("heading", { level: 1 }).first()).toContainText(TEXT[1]!);
      await expectInert(speaker.page, speakerDialogs, "talk page");
    });

    await test.step("slide links: script URLs refused, a payload title shown as text", async () => {
      const slides = new TalkSlidesSection(speaker.page);
      await slides.goto(talkId);
      for (const url of URLS) {
        await slides.addLink({ kind: "スライド", title: `slides ${suffix}`, url });
        await expect(slides.linkError("url"), url).toBeVisible();
      }
      await slides.addLink({ kind: "スライド", title: TEXT[4]!, url: `https://slides.example.com/${suffix}` });
      await expect(slides.linkForm.getByRole("status")).toBeVisible();
      await speaker.page.goto(`/talks/${talkId}`);
      await expectInert(speaker.page, speakerDialogs, "talk page with slides");
    });

    const attendee = await openSession(uniqueEmail("attendee"));
    const attendeeDialogs = await watch(attendee.page);
    await test.step("reports: script URLs refused, a payload title shown as text", async () => {
      await ok(await attendee.page.request.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId: frame.id } }), 201);
      const materials = new MaterialsPage(attendee.page);
      await materials.goto(event.id);
      for (const url of URLS) {
        await materials.postReport(`report ${suffix}`, url);
        await expect(materials.reportForm.locator("#f-url-error"), url).toBeVisible();
      }
      await materials.postReport(TEXT[2]!, `https://blog.example.com/${suffix}`);
      await expect(materials.reportItems.filter({ hasText: "xss-svg" })).toHaveCount(1);
      await materials.goto(event.id);
      await expectInert(attendee.page, attendeeDialogs, "materials page");
    });

    await test.step("message to participants: subject and body, as the mailbox shows them", async () => {
      const manage = new ManagePage(page);
      await manage.goto(event.id);
      await manage.sendMessage(`${TEXT[0]!} ${suffix}`, `${RICH}\n\njavascript:alert(1) https://example.com/"><script>alert(1)</script>`);
      await expectInert(page, dialogs, "manage page");
      await attendee.page.goto("/dev/mailbox");
      await expect(attendee.page.getByRole("main")).toContainText(suffix);
      await expectInert(attendee.page, attendeeDialogs, "mailbox");
    });
  });
});
