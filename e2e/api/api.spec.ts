import { expect, test, uniqueSuffix } from "../fixtures";

test.describe("JSON API v1", () => {
  test("finds a published event created in the UI by keyword", async ({ request, signIn, factory }) => {
    await signIn();
    const group = await factory.group();
    const keyword = `api${uniqueSuffix()}`;
    const event = await factory.publishedEvent(group, { title: `API Night ${keyword}` });

    const res = await request.get(`/api/v1/events?keyword=${keyword}`);

    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ total: 1, page: 1, perPage: expect.any(Number) });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      id: event.id,
      groupId: group.id,
      title: event.title,
      status: "published",
      timezone: "Asia/Tokyo",
      startsAt: expect.stringMatching(/^2031-06-14T10:00:00(\.000)?(Z|\+00:00)$|^2031-06-14T19:00:00(\.000)?\+09:00$/),
      tags: expect.arrayContaining(["docker", event.tag]),
    });
  });

  test("answers 404 NOT_FOUND for a draft to anonymous callers", async ({ request, signIn, factory }) => {
    await signIn();
    const group = await factory.group();
    const draft = await factory.event(group);

    const res = await request.get(`/api/v1/events/${draft.id}`);

    expect(res.status()).toBe(404);
    expect(res.headers()["content-type"]).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body).toMatchObject({ error: { code: "NOT_FOUND" } });
    expect(JSON.stringify(body)).not.toContain(draft.title);
  });

  test("creates a group with a personal access token made on the settings page", async ({ request, signIn, tokensPage, page }) => {
    await signIn();
    await tokensPage.goto();
    const token = await tokensPage.createToken(`e2e ${uniqueSuffix()}`);
    expect(token.length).toBeGreaterThanOrEqual(20);

    // The token is shown once: a reload lists it by name without the secret.
    await page.reload();
    await expect(tokensPage.newToken).toHaveCount(0);
    await expect(page.getByRole("main")).not.toContainText(token);

    const slug = `e2e-api-${uniqueSuffix()}`;
    const unauthenticated = await request.post("/api/v1/groups", { data: { slug, name: "Without a token" } });
    expect(unauthenticated.status()).toBe(401);

    const res = await request.post("/api/v1/groups", {
      headers: { Authorization: `Bearer ${token}` },
      data: { slug, name: `API Group ${slug}`, description: "Made by a script." },
    });

    expect(res.status()).toBe(201);
    expect(await res.json()).toMatchObject({ id: expect.any(String), slug, name: `API Group ${slug}`, url: expect.stringContaining(`/groups/${slug}`) });
    const groupPage = await request.get(`/groups/${slug}`);
    expect(groupPage.status()).toBe(200);
  });
});
