import { expect, test } from "../fixtures";

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
});
