import { expect, test } from "../fixtures";

test.describe("language", () => {
  test("switches to English with the header switcher and remembers it across navigation and reload", async ({ page, context, header, home, eventsSearch }) => {
    await home.goto();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(home.heading).toHaveText("コンテナ・クラウドネイティブの勉強会");
    await expect(header.japanese).toHaveAttribute("aria-pressed", "true");

    await header.switchLanguage("en");

    await expect(page).toHaveURL(/\/$/);
    await expect(home.heading).toHaveText("Meetups for containers and cloud native");
    await expect(header.english).toHaveAttribute("aria-pressed", "true");
    await expect(header.japanese).toHaveAttribute("aria-pressed", "false");
    const cookies = await context.cookies();
    expect(cookies.find((c) => c.name === "hako_locale")?.value).toBe("en");

    await page.getByRole("banner").getByRole("link", { name: "Events", exact: true }).click();
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find events");
    await expect(eventsSearch.submit).toHaveText("Search");

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find events");

    await header.switchLanguage("ja");
    await expect(page).toHaveURL(/\/events$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("イベントを探す");
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("イベントを探す");
  });

  test.describe("with an English browser", () => {
    test.use({ locale: "en-US" });

    test("shows English by default", async ({ page, header, home }) => {
      await home.goto();

      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(home.heading).toHaveText("Meetups for containers and cloud native");
      await expect(header.english).toHaveAttribute("aria-pressed", "true");
      await expect(header.signInLink).toHaveText("Sign in");
      expect((await page.context().cookies()).find((c) => c.name === "hako_locale")).toBeUndefined();
    });
  });
});
