// Discovery: finding events by prefecture, online or in person, dates, and in a month calendar,
// in the browser and through the API.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, uniqueSuffix } from "../fixtures";

async function publishedOverApi(request: APIRequestContext, groupId: string, values: Record<string, unknown>) {
  const res = await request.post("/api/v1/events", { data: { groupId, ...values } });
  expect(res.status(), await res.text()).toBe(201);
  const event = (await res.json()) as { id: string; prefecture: number | null };
  expect((await request.patch(`/api/v1/events/${event.id}`, { data: { status: "published" } })).status()).toBe(200);
  return event;
}

for (const lang of ["ja", "en"] as const) {
  test.describe(`discovering events (${lang})`, () => {
    test.use({ locale: lang === "ja" ? "ja-JP" : "en-US" });

    test("filters by prefecture, online or in person and dates, and shows a month calendar", async ({ page, signIn }) => {
      await signIn();
      const suffix = uniqueSuffix();
      const tag = `e2e-${suffix}`;
      const group = await page.request.post("/api/v1/groups", { data: { slug: `e2e-${suffix}`, name: `E2E ${suffix}` } });
      expect(group.status()).toBe(201);
      const groupId = ((await group.json()) as { id: string }).id;
      const tokyo = await publishedOverApi(page.request, groupId, { title: `Tokyo night ${suffix}`, startsAt: "2031-07-10T19:00", endsAt: "2031-07-10T21:00", venueName: "Hall", venueAddress: "東京都渋谷区渋谷2-21-1", tags: [tag] });
      expect(tokyo.prefecture).toBe(13);
      await publishedOverApi(page.request, groupId, { title: `Online night ${suffix}`, startsAt: "2031-07-20T19:00", endsAt: "2031-07-20T21:00", onlineUrl: "https://example.com/live", tags: [tag] });
      await publishedOverApi(page.request, groupId, { title: `Osaka night ${suffix}`, startsAt: "2031-08-05T19:00", endsAt: "2031-08-05T21:00", venueName: "Hall", venueAddress: "Kita-ku, Osaka", tags: [tag] });

      const main = page.getByRole("main");
      const cards = main.getByTestId("event-card");
      const search = page.getByRole("search");

      await test.step("the prefecture filter finds the Tokyo event only", async () => {
        await page.goto(`/events?tag=${tag}`);
        await expect(cards).toHaveCount(3);
        await search.getByLabel(lang === "ja" ? "都道府県" : "Prefecture").selectOption(lang === "ja" ? "東京都" : "Tokyo");
        await search.getByRole("button", { name: lang === "ja" ? "検索" : "Search" }).click();
        await page.waitForURL(/prefecture=13/);
        await expect(cards).toHaveCount(1);
        await expect(cards).toContainText(`Tokyo night ${suffix}`);
      });

      await test.step("online and a date range narrow the list", async () => {
        await page.goto(`/events?tag=${tag}&mode=online`);
        await expect(cards).toHaveCount(1);
        await expect(cards).toContainText(`Online night ${suffix}`);
        await page.goto(`/events?tag=${tag}&from=2031-08-01&to=2031-08-31`);
        await expect(cards).toHaveCount(1);
        await expect(cards).toContainText(`Osaka night ${suffix}`);
      });

      await test.step("the calendar shows July's two events on their days, and moves to August", async () => {
        await page.goto(`/events?tag=${tag}&view=calendar&month=2031-07`);
        await expect(main.getByTestId("calendar-month")).toHaveText(lang === "ja" ? "2031年7月" : "July 2031");
        await expect(main.getByTestId("calendar-event")).toHaveCount(2);
        await main.getByRole("link", { name: lang === "ja" ? "次の月" : "Next month" }).click();
        await page.waitForURL(/month=2031-08/);
        await expect(main.getByTestId("calendar-event")).toHaveCount(1);
        await expect(main.getByTestId("calendar-event")).toContainText(`Osaka night ${suffix}`);
      });

      await test.step("the API takes the same filters", async () => {
        const res = await page.request.get(`/api/v1/events?tag=${tag}&prefecture=27&when=all`);
        const body = (await res.json()) as { total: number; items: { title: string; prefecture: number }[] };
        expect(body.items.map((e) => [e.title, e.prefecture])).toEqual([[`Osaka night ${suffix}`, 27]]);
        const online = (await (await page.request.get(`/api/v1/events?tag=${tag}&mode=offline&when=all`)).json()) as { total: number };
        expect(online.total).toBe(2);
        expect((await page.request.get(`/api/v1/events?prefecture=48`)).status()).toBe(400);
      });
    });
  });
}
