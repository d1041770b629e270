// Duplicate for the next #N from the manage page, and through the API.
import { expect, test, uniqueSuffix } from "../fixtures";

test.describe("duplicate for the next #N", () => {
  test("the manage page makes the next draft with the frames, times shifted", async ({ page, signIn, factory }) => {
    await signIn();
    const group = await factory.group();
    const title = `Hako Meetup ${uniqueSuffix()} #1`;
    const event = await factory.publishedEvent(group, { title, startsAt: "2031-06-14T19:00", endsAt: "2031-06-14T21:00" });
    const frame = await page.request.post(`/api/v1/events/${event.id}/frames`, { data: { name: "一般枠", capacity: 40, method: "first_come", opensAt: "2031-06-01T12:00", closesAt: "2031-06-13T12:00" } });
    expect(frame.status()).toBe(201);

    await page.goto(`/events/${event.id}/manage`);
    const section = page.getByRole("region", { name: /#2/ });
    await expect(section.getByRole("heading", { level: 2 })).toHaveText("次回 #2 を作成");
    await section.getByLabel(/次回の開始日時/).fill("2031-07-12T19:00");
    await section.getByRole("button", { name: "複製して #2 の下書きを作る" }).click();
    await expect(page).toHaveURL(/\/events\/[^/]+\/edit$/);
    const copyId = page.url().split("/").at(-2)!;
    expect(copyId).not.toBe(event.id);

    const copy = (await (await page.request.get(`/api/v1/events/${copyId}`)).json()) as { title: string; status: string; startsAt: string; frames: { name: string; opensAt: string }[] };
    expect(copy).toMatchObject({ title: title.replace("#1", "#2"), status: "draft" });
    expect(new Date(copy.startsAt).toISOString()).toBe("2031-07-12T10:00:00.000Z");
    expect(copy.frames.map((f) => [f.name, f.opensAt])).toEqual([["一般枠", "2031-06-29T03:00:00.000Z"]]);
  });

  test("the API answers 201 with the draft, 400 to a bad date and 403 to a stranger", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const res = await page.request.post(`/api/v1/events/${event.id}/duplicate`, { data: { startsAt: "2031-07-12T19:00+09:00" } });
    expect(res.status()).toBe(201);
    expect(await res.json()).toMatchObject({ status: "draft", startsAt: expect.stringMatching(/^2031-07-12T10:00:00/) });
    const bad = await page.request.post(`/api/v1/events/${event.id}/duplicate`, { data: { startsAt: "soon" } });
    expect(bad.status()).toBe(400);
    const stranger = await openSession(`e2e-stranger-${uniqueSuffix()}@example.com`);
    const refused = await stranger.page.request.post(`/api/v1/events/${event.id}/duplicate`, { data: { startsAt: "2031-07-12T19:00" } });
    expect(refused.status()).toBe(403);
  });
});
