import { expect, test } from "../fixtures";
import { DrawPage } from "../pages/draw.page";

test.describe("demo data", () => {
  test("lists upcoming demo events on the home page", async ({ home }) => {
    await home.goto();
    await expect(home.upcomingEvents.first()).toBeVisible();
    // TODO-DEMO
  });

  test("finds CoreOS Meetup Tokyo #1 among past events", async ({ eventsSearch }) => {
    await eventsSearch.goto();
    await eventsSearch.search({ keyword: "CoreOS", when: "past" });

    await expect(eventsSearch.result("CoreOS Meetup Tokyo #1")).toBeVisible();
    await expect(eventsSearch.when).toHaveValue("past");
  });

  test("shows CoreOS Meetup Tokyo #1's drawn v1 lottery with its frame log, verified in the browser", async ({ page, eventsSearch }) => {
    await eventsSearch.goto();
    await eventsSearch.search({ keyword: "CoreOS", when: "past" });
    await eventsSearch.result("CoreOS Meetup Tokyo #1").getByRole("link", { name: "CoreOS Meetup Tokyo #1", exact: true }).click();
    await page.getByRole("link", { name: /^(抽選結果を検証する|Verify the draw)$/ }).first().click();
    const draw = new DrawPage(page);
    await expect(draw.algorithm).toHaveText("hako-lottery-v1");
    await expect(draw.status).toHaveText("抽選済み");
    // Made, frozen, drawn, then twelve cancellations each followed by a promotion.
    await expect(draw.logEntries).toHaveCount(3 + 24);
    await expect(draw.logEntries.filter({ hasText: "繰り上げ" })).toHaveCount(12);
    await expect(draw.verifyResult).toHaveText(/^検証 OK/, { timeout: 30_000 });
    await expect(draw.check("promotions")).toContainText("✓ 一致");
  });
});
