import { expect, test, uniqueSuffix } from "../fixtures";

test.describe("groups and events", () => {
  test("creates a group and a draft event, publishes it, and shows it safely to visitors", async ({ page, signIn, header, groupForm, groupPage, eventForm, eventPage, openSession }) => {
    const suffix = uniqueSuffix();
    const group = { slug: `e2e-flow-${suffix}`, name: `E2E Flow Group ${suffix}`, description: "**Containers** every month." };
    const tag = `flow-${suffix}`;
    const title = `Kubernetes Night ${suffix}`;
    const keyword = `kn${suffix}`;
    const description = [
      `Hands-on night, code ${keyword}.`,
      "",
      "<script>window.__pwned = true</script>",
      "",
      "[x](javascript:alert(1)) and [docs](https://kubernetes.io/docs/)",
    ].join("\n");

    await test.step("sign in and create a group", async () => {
      await signIn();
      await groupForm.goto();
      await groupForm.create(group);
      await expect(page).toHaveURL(new RegExp(`/groups/${group.slug}$`));
      await expect(groupPage.heading).toHaveText(group.name);
      await expect(page.getByRole("main").getByText("Containers", { exact: true })).toHaveJSProperty("tagName", "STRONG");
      await expect(header.currentUser).toBeVisible();
    });

    let id = "";
    await test.step("create an event from the group page; it starts as a draft", async () => {
      await groupPage.startNewEvent();
      await expect(eventForm.group).toHaveValue(/.+/);
      await expect(eventForm.group.locator("option:checked")).toHaveText(group.name);
      id = await eventForm.create({
        title,
        startsAt: "2031-06-14T19:00",
        endsAt: "2031-06-14T21:00",
        venueName: "Hako Hall Shibuya",
        tags: `Docker, #${tag}`,
        description,
      });
      await expect(eventPage.heading).toHaveText(title);
      await expect(eventPage.draftNotice).toBeVisible();
      await expect(eventPage.organizerTools).toBeVisible();
    });

    await test.step("publish it", async () => {
      await eventPage.publish();
      await expect(eventPage.draftNotice).toBeHidden();
      await expect(eventPage.organizerTools).toContainText("イベントを公開しました。");
    });

    await test.step("list it on the group page under upcoming events with its series number", async () => {
      await groupPage.goto(group.slug);
      const card = groupPage.upcomingEvent(title);
      await expect(card).toBeVisible();
      await expect(card.getByText("#1", { exact: true })).toBeVisible();
      await expect(card.getByRole("link", { name: `#${tag}` })).toBeVisible();
      await expect(groupPage.past.getByTestId("event-card")).toHaveCount(0);
    });

    // Everything below is what an anonymous visitor sees, in a fresh browser context.
    const visitor = await openSession();

    await test.step("a visitor finds it by keyword and by tag", async () => {
      await visitor.eventsSearch.goto();
      await visitor.eventsSearch.search({ keyword });
      await expect(visitor.eventsSearch.results).toHaveCount(1);
      await expect(visitor.eventsSearch.result(title)).toBeVisible();
      await expect(visitor.eventsSearch.resultsCount).toHaveText("1件のイベント");

      await visitor.eventsSearch.followTag(title, tag);
      await expect(visitor.eventsSearch.tag).toHaveValue(tag);
      await expect(visitor.eventsSearch.results).toHaveCount(1);
      await expect(visitor.eventsSearch.result(title)).toBeVisible();
    });

    await test.step("the event page shows the time with its zone and sanitized markdown", async () => {
      await visitor.eventsSearch.openResult(title);
      await expect(visitor.page).toHaveURL(new RegExp(`/events/${id}$`));
      await expect(visitor.eventPage.heading).toHaveText(title);
      await expect(visitor.eventPage.when).toContainText("2031年6月14日(土) 19:00 – 21:00 JST");
      await expect(visitor.eventPage.when).toContainText("Asia/Tokyo");
      await expect(visitor.eventPage.organizerTools).toBeHidden();

      const body = visitor.eventPage.description;
      await expect(body).toContainText(`Hands-on night, code ${keyword}.`);
      await expect(body.getByRole("link", { name: "docs" })).toHaveAttribute("href", "https://kubernetes.io/docs/");
      await expect(body.locator("script")).toHaveCount(0);
      await expect(visitor.page.locator('[href^="javascript:" i]')).toHaveCount(0);
      expect(await visitor.page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
      // The raw HTML shows as text at most; it never becomes an element.
      expect(await body.innerHTML()).not.toContain("<script");
    });

    await test.step("the page carries Open Graph tags", async () => {
      await expect(visitor.eventPage.meta("og:title")).toHaveAttribute("content", title);
      await expect(visitor.eventPage.meta("og:url")).toHaveAttribute("content", new RegExp(`/events/${id}$`));
    });

    await test.step("the .ics link returns the event as text/calendar", async () => {
      const href = await visitor.eventPage.calendarLink.getAttribute("href");
      expect(href).toBe(`/events/${id}/calendar.ics`);
      const res = await visitor.page.request.get(href!);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toMatch(/^text\/calendar/);
      const ics = await res.text();
      expect(ics).toContain("BEGIN:VEVENT");
      expect(ics).toMatch(new RegExp(`^SUMMARY:${title}\\r?$`, "m"));
      // 19:00 JST is 10:00 UTC.
      expect(ics).toMatch(/^DTSTART:20310614T100000Z\r?$/m);
    });
  });

  test("numbers a group's events in series on the group page", async ({ signIn, factory, groupPage }) => {
    await signIn();
    const group = await factory.group();
    const first = await factory.event(group, { startsAt: "2031-07-01T19:00", endsAt: "2031-07-01T21:00" });
    const second = await factory.event(group, { startsAt: "2031-08-01T19:00", endsAt: "2031-08-01T21:00", seriesNumber: "10" });

    await groupPage.goto(group.slug);

    // Organizers see drafts on their group page, marked as drafts.
    await expect(groupPage.upcoming.getByTestId("event-card")).toHaveCount(2);
    await expect(groupPage.upcomingEvent(first.title).getByText("#1", { exact: true })).toBeVisible();
    await expect(groupPage.upcomingEvent(first.title)).toContainText("下書き");
    await expect(groupPage.upcomingEvent(second.title).getByText("#10", { exact: true })).toBeVisible();
  });
});
