import { expect, test, uniqueEmail } from "../fixtures";

test.describe("organizer-only pages", () => {
  test("hides a draft, the organizer tools and the edit page from another signed-in user", async ({ signIn, factory, eventPage, openSession }) => {
    await signIn();
    const group = await factory.group();
    const draft = await factory.event(group);
    const published = await factory.publishedEvent(group);
    // The organizer does see the tools (so their absence below means something).
    await expect(eventPage.organizerTools).toBeVisible();
    await expect(eventPage.editLink).toBeVisible();

    const other = await openSession(uniqueEmail("other"));
    await other.page.goto("/");
    await expect(other.header.currentUser).toBeVisible();

    await test.step("a draft is a 404 for someone else", async () => {
      const res = await other.eventPage.goto(draft.id);
      expect(res?.status()).toBe(404);
      await expect(other.eventPage.notFoundHeading).toBeVisible();
      await expect(other.page.getByText(draft.title)).toHaveCount(0);
    });

    await test.step("a published event shows no organizer tools to someone else", async () => {
      const res = await other.eventPage.goto(published.id);
      expect(res?.status()).toBe(200);
      await expect(other.eventPage.heading).toHaveText(published.title);
      await expect(other.eventPage.organizerTools).toHaveCount(0);
      await expect(other.eventPage.publishButton).toHaveCount(0);
      await expect(other.eventPage.editLink).toHaveCount(0);
    });

    await test.step("the edit page of someone else's event is a 404", async () => {
      for (const id of [published.id, draft.id]) {
        const res = await other.eventPage.gotoEdit(id);
        expect(res?.status()).toBe(404);
        await expect(other.eventPage.notFoundHeading).toBeVisible();
        await expect(other.page.getByRole("main").locator("form")).toHaveCount(0);
      }
    });

    await test.step("the group page lists the published event but not the draft", async () => {
      await other.groupPage.goto(group.slug);
      await expect(other.groupPage.upcomingEvent(published.title)).toBeVisible();
      await expect(other.groupPage.upcomingEvent(draft.title)).toHaveCount(0);
      await expect(other.groupPage.newEventLink).toHaveCount(0);
    });
  });
});
