import { expect, test } from "../fixtures";

test.describe("event form validation", () => {
  test("refuses an end before the start and a javascript: online URL, in the UI language, creating nothing", async ({ page, signIn, factory, eventForm, header, groupPage }) => {
    await signIn();
    const group = await factory.group();
    const refused = {
      title: "Refused meetup",
      startsAt: "2031-09-01T19:00",
      endsAt: "2031-09-01T18:00",
      onlineUrl: "javascript:alert(1)",
    };

    await eventForm.goto(group.id);
    await eventForm.submitRefused(refused);

    await expect(page).toHaveURL(/\/events\/new/);
    await expect(eventForm.formError).toHaveText("入力内容を確認してください。");
    await expect(eventForm.errorFor("endsAt")).toHaveText("終了は開始より後にしてください。");
    await expect(eventForm.errorFor("onlineUrl")).toHaveText("http:// または https:// で始まる URL を入力してください。");
    await expect(eventForm.endsAt).toHaveAttribute("aria-invalid", "true");
    await expect(eventForm.onlineUrl).toHaveAccessibleDescription(/http:\/\/ または https:\/\//);
    await expect(eventForm.title).toHaveAttribute("aria-invalid", "false");

    await header.switchLanguage("en");
    await expect(eventForm.submit).toHaveText("Create");
    await eventForm.submitRefused(refused);

    await expect(eventForm.formError).toHaveText("Please correct the highlighted fields.");
    await expect(eventForm.errorFor("endsAt")).toHaveText("The end must be after the start.");
    await expect(eventForm.errorFor("onlineUrl")).toHaveText("Enter a URL that starts with http:// or https://.");

    await groupPage.goto(group.slug);
    await expect(groupPage.upcoming).toContainText("No upcoming events.");
    await expect(groupPage.upcoming.getByTestId("event-card")).toHaveCount(0);
    await expect(groupPage.past.getByTestId("event-card")).toHaveCount(0);
  });
});
