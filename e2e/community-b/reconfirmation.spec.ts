// Reconfirmation (参加確認): the organizer opens a frame's window in the frame form, the jobs tick
// mails the confirmed person two one-click links, the link works without signing in (opening it
// changes nothing), "can't come" cancels and promotes the first waitlisted person at once, and
// "still coming" keeps the seat.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { ReconfirmOrganizer, ReconfirmPage, reconfirmLinks } from "../pages/reconfirm.page";

const HOUR = 3600_000;
/** "YYYY-MM-DDTHH:mm" in Asia/Tokyo, as the forms take it. */
const tokyo = (d: Date) => new Date(d.getTime() + 9 * HOUR).toISOString().slice(0, 16);

async function registrationStatus(request: APIRequestContext, id: string) {
  return (await (await request.get(`/api/v1/registrations/${id}`)).json()) as { status: string; reconfirmation: string | null };
}

/** A published event two days ahead with a one-seat first-come frame, one person confirmed and one waitlisted. */
async function eventWithAFullFrame(page: Page, factory: import("../fixtures").Factory, openSession: (email?: string) => Promise<{ page: Page }>) {
  const group = await factory.group();
  const start = new Date(Date.now() + 2 * 24 * HOUR);
  const event = await factory.publishedEvent(group, { startsAt: tokyo(start), endsAt: tokyo(new Date(start.getTime() + 2 * HOUR)) });
  const created = await page.request.post(`/api/v1/events/${event.id}/frames`, {
    data: { name: `確認枠 ${uniqueSuffix()}`, capacity: 1, method: "first_come", opensAt: new Date(Date.now() - HOUR).toISOString(), closesAt: new Date(start.getTime() - HOUR).toISOString() },
  });
  expect(created.status()).toBe(201);
  const frame = (await created.json()) as { id: string; name: string };
  const people = [];
  for (const role of ["coming", "waiting"]) {
    const email = uniqueEmail(role);
    const s = await openSession(email);
    const res = await s.page.request.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId: frame.id } });
    expect(res.status()).toBe(201);
    people.push({ email, session: s, registration: (await res.json()) as { id: string; status: string; receiptNumber: number } });
  }
  expect(people.map((p) => p.registration.status)).toEqual(["confirmed", "waitlisted"]);
  return { event, frame, start, people };
}

/** Waits for the jobs tick's mail (every 2 s on the test server; a busy machine slows it). */
async function linksFor(page: Page, email: string) {
  let found: Awaited<ReturnType<typeof reconfirmLinks>> | undefined;
  await expect(async () => {
    found = await reconfirmLinks(page, email);
  }).toPass({ timeout: 60_000 });
  return found!;
}

test.describe("reconfirmation (参加確認)", () => {
  // Five signed-in browsers, an event made through its forms and a wait for the jobs tick: a
  // good minute and a half alone, more beside another worker on two cores.
  test.describe.configure({ timeout: 240_000 });
  test("the organizer opens the window now; 'can't come' from the mail's link promotes the waitlist at once", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const { event, frame, start, people } = await eventWithAFullFrame(page, factory, openSession);
    const [coming, waiting] = people as [(typeof people)[number], (typeof people)[number]];
    const organizer = new ReconfirmOrganizer(page);

    await test.step("the organizer sets the frame's window to open now, until a day before the event", async () => {
      await organizer.gotoFrame(event.id, frame.id);
      // The form has minutes: "now" is this minute, in which the confirmed person may have applied.
      await organizer.setWindow(event.id, tokyo(new Date()), tokyo(new Date(start.getTime() - 24 * HOUR)));
    });

    const links = await test.step("the jobs tick mails the confirmed person two links", async () => {
      const found = await linksFor(page, coming.email);
      expect(found.text).toContain("参加確認");
      return found;
    });

    await test.step("the manage page counts the person asked", async () => {
      await page.goto(`/events/${event.id}/manage`);
      await expect(organizer.count("asked")).toHaveText("1");
      await expect(organizer.count("pending")).toHaveText("1");
    });

    // The person opens the mail's link in a browser that is not signed in.
    const anonymous = await openSession();
    const reconfirm = new ReconfirmPage(anonymous.page);
    await test.step("opening the link only asks: nothing changes", async () => {
      await reconfirm.open(links.no);
      await expect(reconfirm.heading).toContainText(event.title);
      await expect(reconfirm.chosen).toHaveText("「参加できなくなりました」で回答しますか？ 登録はキャンセルされます。");
      expect(await registrationStatus(coming.session.page.request, coming.registration.id)).toMatchObject({ status: "confirmed", reconfirmation: "pending" });
    });

    await test.step("'can't come' cancels, and the first waitlisted person holds the seat at once", async () => {
      await reconfirm.cannotCome.click();
      // The answer's confirmation, or the page already showing the answer it now has.
      await expect(reconfirm.done.or(reconfirm.answeredState)).toHaveText(/^(キャンセルしました。席は補欠の方に繰り上がります。|「参加できなくなりました」と回答済みです。登録はキャンセルされました。)$/);
      expect(await registrationStatus(coming.session.page.request, coming.registration.id)).toMatchObject({ status: "cancelled", reconfirmation: "declined" });
      await waiting.session.page.goto(`/registrations/${waiting.registration.id}/ticket`);
      await expect(waiting.session.page.getByTestId("ticket-status")).toHaveText(`参加確定 — 受付番号 #${waiting.registration.receiptNumber}`);
    });

    await test.step("the link cannot answer again, and a changed link is not valid", async () => {
      await reconfirm.open(links.yes);
      await expect(reconfirm.answeredState).toHaveText("「参加できなくなりました」と回答済みです。登録はキャンセルされました。");
      await expect(reconfirm.stillComing).toHaveCount(0);
      const forged = links.yes.replace(/\/reconfirm\/(.)/, (_m, c: string) => `/reconfirm/${c === "A" ? "B" : "A"}`);
      await reconfirm.open(forged);
      await expect(reconfirm.invalid).toContainText("このリンクは無効です");
    });

    await test.step("the organizer sees the answer", async () => {
      await page.goto(`/events/${event.id}/manage`);
      await expect(organizer.count("declined")).toHaveText("1");
      await expect(organizer.count("pending")).toHaveText("0");
    });
  });

  test.describe("in English", () => {
    test.use({ locale: "en-US" });

    test("'still coming' from the link keeps the seat", async ({ page, signIn, factory, openSession }) => {
      await signIn();
      const { event, frame, start, people } = await eventWithAFullFrame(page, factory, openSession);
      const coming = people[0]!;
      const organizer = new ReconfirmOrganizer(page);
      await organizer.gotoFrame(event.id, frame.id);
      await organizer.setWindow(event.id, tokyo(new Date()), tokyo(new Date(start.getTime() - 24 * HOUR)));
      const links = await linksFor(page, coming.email);

      const anonymous = await openSession();
      const reconfirm = new ReconfirmPage(anonymous.page);
      await reconfirm.open(links.yes);
      await expect(reconfirm.heading).toHaveText(`Are you still coming to ${event.title}?`);
      await expect(reconfirm.chosen).toHaveText('Answer "still coming"?');
      await reconfirm.stillComing.click();
      await expect(reconfirm.done.or(reconfirm.answeredState)).toHaveText(/^(Thank you\. Your seat is kept\.|You answered "still coming"\. See you there\.)$/);
      expect(await registrationStatus(coming.session.page.request, coming.registration.id)).toMatchObject({ status: "confirmed", reconfirmation: "confirmed" });

      await page.goto(`/events/${event.id}/manage`);
      await expect(organizer.count("rate")).toHaveText("100%");
      await expect(organizer.overview).toContainText("Reconfirmation rate");
    });
  });
});
