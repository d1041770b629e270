// Requests from elsewhere against the running server: a signed-in browser's cookie does not make
// a foreign page's write count; our own pages' writes and token requests do.
import { expect, test, uniqueSuffix } from "../fixtures";

test.describe("requests from elsewhere", () => {
  test("refuses a text/plain POST with a foreign Origin and the session cookie, and stores nothing", async ({ page, signIn }) => {
    await signIn();
    const slug = `csrf-${uniqueSuffix()}`;
    const res = await page.request.post("/api/v1/groups", {
      headers: { "content-type": "text/plain", origin: "https://evil.example" },
      data: JSON.stringify({ slug, name: "Forged group" }),
    });
    expect(res.status()).toBe(403);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("CROSS_ORIGIN");
    expect(body.error.message).toContain("Hako 自身のページから JSON で送る必要があります");
    expect((await page.request.get(`/groups/${slug}`)).status()).toBe(404);
  });

  test("accepts a JSON write from Hako's own page, and a token request whatever its Origin", async ({ page, signIn, tokensPage }) => {
    await signIn();
    await page.goto("/settings/tokens");
    const own = await page.evaluate(async (slug) => {
      const r = await fetch("/api/v1/groups", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ slug, name: "Own page" }) });
      return r.status;
    }, `own-${uniqueSuffix()}`);
    expect(own).toBe(201);

    const token = await tokensPage.createToken(`origin ${uniqueSuffix()}`);
    const viaToken = await page.request.post("/api/v1/groups", {
      headers: { authorization: `Bearer ${token}`, "content-type": "text/plain", origin: "https://evil.example" },
      data: JSON.stringify({ slug: `tok-${uniqueSuffix()}`, name: "Token group" }),
    });
    expect(viaToken.status(), await viaToken.text()).toBe(201);
  });
});
