import type { Page } from "@playwright/test";

/**
 * Prepares to accept the browser's next confirmation dialog. Waits until React has hydrated the
 * page first: a click on server HTML before that either skips the confirmation or shows it while
 * the browser navigates away, which closes it under the test's hands.
 */
export async function acceptNextDialog(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
  page.once("dialog", (dialog) => void dialog.accept());
}
