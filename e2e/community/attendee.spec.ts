// The participant list and 参加者への情報 as attendees meet them, in Japanese and English.
import type { Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { anonymousCheckbox, AnonymitySwitch, CommunitySections, EventFormExtras } from "../pages/community.page";
import { RegistrationPanel } from "../pages/registration.page";

// Several people and a mailbox per test: on a loaded machine these run past the default minute.
test.describe.configure({ timeout: 240_000 });

const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
const STREAM = "https://stream.example/e2e-secret-room";

async function createFrame(page: Page, eventId: string, name: string, capacity: number) {
  const res = await page.request.post(`/api/v1/events/${eventId}/frames`, { data: { name, capacity, method: "first_come", opensAt: minutesFromNow(-60), closesAt: minutesFromNow(24 * 60) } });
  expect(res.status(), await res.text()).toBe(201);
}

test.describe("participants and participant information (ja)", () => {
  test("an anonymous applicant stays nameless in public, the waitlisted person sees no participant information, and the seat holder does", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group, { onlineUrl: STREAM });
    const frame = `一般枠 ${uniqueSuffix()}`;
    await createFrame(page, event.id, frame, 1);

    await test.step("the organizer writes 参加者への情報 and makes the online URL participant-only", async () => {
      const form = new EventFormExtras(page);
      await form.goto(event.id);
      await form.participantInfo.fill("入館コードは **4711** です。");
      await form.onlineUrlPrivate.check();
      await form.saveAndWait(event.id);
      await expect(new CommunitySections(page).participantInfo).toContainText("入館コードは 4711 です。");
    });

    const visitor = await openSession();
    await test.step("a visitor sees neither the URL nor the information, and 参加者 0/1 on the group page", async () => {
      const s = new CommunitySections(visitor.page);
      await s.goto(event.id);
      await expect(s.participantInfo).toHaveCount(0);
      // Nowhere in the document, the page data for the browser included.
      expect(await visitor.page.content()).not.toContain("e2e-secret-room");
      expect(await visitor.page.content()).not.toContain("4711");
      await expect(s.counts(frame)).toHaveText("0/1人");
      await visitor.page.goto(`/groups/${group.slug}`);
      await expect(visitor.page.getByTestId("card-seats")).toHaveText("参加者 0/1");
    });

    const aEmail = uniqueEmail("anon");
    const a = await openSession(aEmail);
    await test.step("A applies anonymously and gets the seat; A sees the information and the stream URL", async () => {
      const panel = new RegistrationPanel(a.page);
      await panel.goto(event.id);
      await anonymousCheckbox(a.page, panel.frame(frame)).check();
      await panel.apply(frame);
      await expect(panel.standing(frame)).toContainText("参加確定");
      const s = new CommunitySections(a.page);
      await expect(s.participantInfo).toContainText("4711");
      await expect(s.privateOnlineUrl).toHaveAttribute("href", STREAM);
      await expect(s.people(frame)).toHaveText(["匿名の参加者"]);
    });

    const b = await openSession(uniqueEmail("waiting"));
    await test.step("B is waitlisted, sees the waitlist count but no participant information", async () => {
      const panel = new RegistrationPanel(b.page);
      await panel.goto(event.id);
      await panel.apply(frame);
      await expect(panel.standing(frame)).toContainText("補欠");
      const s = new CommunitySections(b.page);
      await expect(s.counts(frame)).toHaveText("1/1人 · 補欠 1人");
      await expect(s.participantInfo).toHaveCount(0);
      expect(await b.page.content()).not.toContain("e2e-secret-room");
      const api = await (await b.page.request.get(`/api/v1/events/${event.id}`)).json();
      expect(api).toMatchObject({ onlineUrl: null, participantInfo: null, onlineUrlPrivate: true });
    });

    await test.step("A shows their name again from the ticket; the public list and the API follow", async () => {
      const panel = new RegistrationPanel(a.page);
      await panel.goto(event.id);
      await panel.ticketLink(frame).click();
      const sw = new AnonymitySwitch(a.page);
      await expect(sw.participantInfo).toContainText("4711");
      await sw.showName.click();
      await expect(sw.hideName).toBeVisible();
      const list = await (await visitor.page.request.get(`/api/v1/events/${event.id}/participants`)).json();
      expect(list.items).toHaveLength(1);
      expect(list.items[0].anonymous).toBe(false);
      expect(list.items[0].handle).toEqual(expect.any(String));
      const s = new CommunitySections(visitor.page);
      await s.goto(event.id);
      await expect(s.people(frame)).not.toHaveText(["匿名の参加者"]);
    });
  });
});

test.describe("participants and participant information (en)", () => {
  test.use({ locale: "en-US" });

  test("shows the participant list, counts and the participant-only URL note in English", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const group = await factory.group();
    const event = await factory.publishedEvent(group, { onlineUrl: STREAM });
    const frame = `General ${uniqueSuffix()}`;
    await createFrame(page, event.id, frame, 5);
    const form = new EventFormExtras(page);
    await form.goto(event.id);
    await form.participantInfo.fill("Door code 4711");
    await form.onlineUrlPrivate.check();
    await form.saveAndWait(event.id);

    const a = await openSession(uniqueEmail("en-anon"));
    const panel = new RegistrationPanel(a.page);
    await panel.goto(event.id);
    await anonymousCheckbox(a.page, panel.frame(frame)).check();
    await panel.apply(frame);
    const s = new CommunitySections(a.page);
    await expect(s.participants.getByRole("heading", { level: 2 })).toHaveText("Participants");
    await expect(s.people(frame)).toHaveText(["Anonymous participant"]);
    await expect(s.counts(frame)).toHaveText("1/5");
    await expect(s.participantInfo).toContainText("Door code 4711");

    const visitor = await openSession();
    await visitor.page.goto(`/events/${event.id}`);
    await expect(visitor.page.getByRole("main")).toContainText("The online URL is shared with participants only.");
    await expect(visitor.page.getByRole("main")).not.toContainText("4711");
    await visitor.page.goto(`/events?keyword=${encodeURIComponent(event.title)}`);
    await expect(visitor.page.getByTestId("card-seats").first()).toHaveText("Participants 1/5");
    await expect(new CommunitySections(visitor.page).share).toHaveCount(0);
    await visitor.page.goto(`/events/${event.id}`);
    const x = new CommunitySections(visitor.page).shareLink("X");
    await expect(x).toHaveAttribute("href", /^https:\/\/x\.com\/intent\/post\?/);
  });
});
