import { expect, test, uniqueEmail } from "../fixtures";

test.describe("sign-in", () => {
  test("labels the development sign-in as a development feature and shows the demo banner", async ({ signInPage }) => {
    await signInPage.goto();

    await expect(signInPage.heading).toHaveText("Hako にサインイン");
    await expect(signInPage.demoBanner).toBeVisible();
    await expect(signInPage.demoBanner).toContainText("デモモード");
    await expect(signInPage.devSection).toBeVisible();
    await expect(signInPage.devHeading).toBeVisible();
    await expect(signInPage.devSection).toContainText("開発用の機能です");
    await expect(signInPage.devSubmit).toBeEnabled();
  });

  test("signs in with the development sign-in, shows the user in the header, and signs out", async ({ page, signInPage, header }) => {
    const email = uniqueEmail("signin");
    const handle = email.split("@")[0]!;

    await signInPage.goto("/events");
    await signInPage.signInWithDevelopmentSignIn(email);

    await expect(page).toHaveURL(/\/events$/);
    await expect(header.currentUser).toHaveText(handle);
    await expect(header.signInLink).toBeHidden();

    // The session survives a reload: it is a cookie, not page state.
    await page.reload();
    await expect(header.currentUser).toHaveText(handle);

    await header.signOut();
    await expect(header.currentUser).toBeHidden();
    await page.reload();
    await expect(header.signInLink).toBeVisible();
    await expect(header.currentUser).toBeHidden();
  });

  test("sends signed-out visitors of an organizer page to the sign-in page", async ({ page, signInPage }) => {
    await page.goto("/groups/new");

    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fgroups%2Fnew|\/signin\?callbackUrl=\/groups\/new/);
    await expect(signInPage.devSection).toBeVisible();
  });
});
