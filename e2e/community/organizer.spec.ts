// Organizers: a change of date or venue mailed to the registrants, new events announced to
// followers, and a one-click unsubscribe that stops them — in Japanese and English.
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { EventFormExtras, Mailbox, UnsubscribePage } from "../pages/community.page";
import { RegistrationPanel } from "../pages/registration.page";

// Several people and a mailbox per test: on a loaded machine these run past the default minute.
test.describe.configure({ timeout: 240_000 });

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function createFrame(page: Page, eventId: string, name: string, capacity: number) {
  const res = await page.request.post(`/api/v1/events/${eventId}/frames`, { data: { name, capacity, method: "first_come", opensAt: minutesFromNow(-60), closesAt: minutesFromNow(24 * 60) } });
  expect(res.status(), await res.text()).toBe(201);
}

test.describe("organizer mail (ja)", () => {
  test("a change of date and venue reaches the registrants with old and new, and followers hear of a new event and can unsubscribe in one click", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const followerEmail = uniqueEmail("follower");
    const follower = await openSession(followerEmail);
    await follower.page.goto(`/groups/${group.slug}`);
    await follower.page.getByRole("button", { name: "フォローする" }).click();
    await expect(follower.page.getByTestId("group-counts")).toContainText("フォロワー 1人");

    const venue = `旧会場 ${uniqueSuffix()}`;
    const event = await factory.publishedEvent(group, { venueName: venue });
    const mailbox = new Mailbox(page);
    await test.step("publishing mailed the follower an announcement with an unsubscribe link", async () => {
      await mailbox.goto();
      await expect(mailbox.mail(event.title, followerEmail)).toHaveCount(1);
      await expect(mailbox.mail(event.title, followerEmail)).toContainText("/unsubscribe?token=");
    });

    const frame = `一般枠 ${uniqueSuffix()}`;
    await createFrame(page, event.id, frame, 1);
    const aEmail = uniqueEmail("seated");
    const a = await openSession(aEmail);
    const panel = new RegistrationPanel(a.page);
    await panel.goto(event.id);
    await panel.apply(frame);

    const newVenue = `新会場 ${uniqueSuffix()}`;
    await test.step("the organizer moves the event and asks for the registrants to be told", async () => {
      const form = new EventFormExtras(page);
      await form.goto(event.id);
      await expect(form.notifyRegistrants).toBeChecked();
      await form.startsAt.fill("2031-06-21T19:00");
      await form.endsAt.fill("2031-06-21T21:00");
      await form.venueName.fill(newVenue);
      await form.saveAndWait(event.id);
      await mailbox.goto();
      const mail = mailbox.mail(newVenue, aEmail);
      await expect(mail).toHaveCount(1);
      await expect(mail).toContainText("日時・会場の変更");
      await expect(mail).toContainText(venue);
      await expect(mail).toContainText("6月14日");
      await expect(mail).toContainText("6月21日");
    });

    await test.step("a change saved with the box unticked tells nobody", async () => {
      const form = new EventFormExtras(page);
      await form.goto(event.id);
      const quiet = `静かな会場 ${uniqueSuffix()}`;
      await form.venueName.fill(quiet);
      await form.notifyRegistrants.uncheck();
      await form.saveAndWait(event.id);
      await mailbox.goto();
      await expect(mailbox.mail(quiet)).toHaveCount(0);
    });

    await test.step("the follower unsubscribes from the mail's link; the next event is not announced to them", async () => {
      await mailbox.goto();
      const href = await mailbox.mail(event.title, followerEmail).getByRole("link", { name: /unsubscribe\?token=/ }).getAttribute("href");
      const other = await openSession();
      await other.page.goto(href!);
      const unsub = new UnsubscribePage(other.page);
      await unsub.button.click();
      await expect(unsub.done).toContainText("このグループのお知らせを停止しました");
      const next = await factory.publishedEvent(group);
      await mailbox.goto();
      await expect(mailbox.mail(next.title, followerEmail)).toHaveCount(0);
      await follower.page.goto(`/groups/${group.slug}`);
      await expect(follower.page.getByTestId("group-counts")).toContainText("新着イベントのメールは停止中です");
    });

    await test.step("a tampered link is refused", async () => {
      const other = await openSession();
      await other.page.goto(`/unsubscribe?token=${encodeURIComponent("someone.all.forged")}`);
      await expect(new UnsubscribePage(other.page).invalid).toContainText("このリンクは無効です");
    });
  });
});

test.describe("organizer mail (en)", () => {
  test.use({ locale: "en-US" });

  test("the edit form asks whether to notify, and the settings page turns bulk mail off", async ({ page, signIn, factory }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group);
    const form = new EventFormExtras(page);
    await form.goto(event.id);
    await expect(form.notifyRegistrants).toBeChecked();
    await expect(form.onlineUrlPrivate).not.toBeChecked();
    await expect(form.participantInfo).toBeVisible();

    await page.goto("/settings/mail");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mail preferences");
    await page.getByRole("checkbox", { name: /No group announcements/ }).check();
    await page.getByRole("button", { name: "Mail preferences" }).click();
    await expect(page.getByText("Mail preferences saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("checkbox", { name: /No group announcements/ })).toBeChecked();
  });
});
