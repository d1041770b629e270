// Sign-in mail against the running server: the allowance per address is used up, the next request
// gets 429 with Retry-After, and the sign-in page says why.
import { expect, test, uniqueEmail } from "../fixtures";
import { E2E_RATE_LIMIT_SCALE } from "./limits";

const LINKS_PER_ADDRESS = 5 * E2E_RATE_LIMIT_SCALE;

test.describe("rate limits", () => {
  test("refuses the sign-in link after the allowance with 429 and Retry-After, and the page says so", async ({ page, signInPage }) => {
    const email = uniqueEmail("limited");
    // A client address of this test's own (the server trusts loopback as its proxy).
    const client = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const ask = () =>
      page.request.post("/api/auth/signin/email", {
        headers: { "x-forwarded-for": client },
        form: { email, csrfToken, callbackUrl: "/", json: "true" },
      });
    for (let i = 0; i < LINKS_PER_ADDRESS; i++) {
      const res = await ask();
      expect(res.status(), `request ${i + 1}`).toBe(200);
    }
    const refused = await ask();
    expect(refused.status()).toBe(429);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
    expect(((await refused.json()) as { url: string }).url).toContain("/signin?error=RateLimited");

    // The same address through the sign-in form in the browser: the page explains the refusal.
    await signInPage.goto();
    await page.locator("#email").fill(email);
    await page.getByRole("button", { name: "サインイン用リンクをメールで受け取る" }).click();
    // Next's route announcer is an empty alert of its own: look for the one that explains.
    await expect(page.getByRole("alert").filter({ hasText: "サインインリンクの要求が多すぎます" })).toBeVisible();
  });
});
