import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// Runs in the "phone" project (Pixel 7). Wide tables, long URLs or fixed widths would make the
// page scroll sideways, which is what this guards against.
async function horizontalOverflow(page: Page) {
  return page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
}

test.describe("on a phone", () => {
  test("renders the home page and an event page without horizontal overflow", async ({ page, home, header, eventPage }) => {
    await home.goto();
    await expect(home.upcomingEvents.first()).toBeVisible();
    expect(page.viewportSize()!.width).toBeLessThan(500);
    await expect(header.japanese).toBeVisible();
    await expect(header.english).toBeVisible();
    await expect(header.signInLink).toBeVisible();
    let size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);

    const title = await home.openFirstUpcomingEvent();
    await expect(eventPage.heading).toHaveText(title);
    await expect(eventPage.when).toContainText("JST");
    await expect(header.japanese).toBeVisible();
    await expect(header.english).toBeVisible();
    await expect(header.signInLink).toBeVisible();
    size = await horizontalOverflow(page);
    expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
  });
});
