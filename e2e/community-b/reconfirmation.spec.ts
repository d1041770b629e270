// Reconfirmation (参加確認): the mail's one-click links, the page they open (GET changes nothing),
// the cancellation and promotion of "can't come", and the organizers' numbers.
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { ReconfirmOrganizer, ReconfirmPage, reconfirmLinks } from "../pages/reconfirm.page";

const HOUR = 3600_000;
/** "YYYY-MM-DDTHH:mm" in Asia/Tokyo, as the forms take it. */
const tokyo = (d: Date) => new Date(d.getTime() + 9 * HOUR).toISOString().slice(0, 16);

async function registrationStatus(request: APIRequestContext, id: string) {
  return ((await (await request.get(`/api/v1/registrations/${id}`)).json()) as { status: string; reconfirmation: string | null });
}

/**
 * A published event two days ahead with a one-seat first-come frame, one confirmed and one
 * waitlisted person, and then a reconfirmation window opening now (set after they applied: a
 * seat taken inside the window is not asked).
 */
async function eventInItsWindow(page: Page, factory: import("../fixtures").Factory, openSession: (email?: string) => Promise<{ page: Page }>) {
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
    people.push({ email, session: s, registration: (await res.json()) as { id: string; status: string } });
  }
  expect(people.map((p) => p.registration.status)).toEqual(["confirmed", "waitlisted"]);
  const window = await page.request.patch(`/api/v1/frames/${frame.id}`, {
    data: { reconfirmFrom: new Date(Date.now() + 1500).toISOString(), reconfirmUntil: new Date(start.getTime() - 24 * HOUR).toISOString(), reconfirmPolicy: "release" },
  });
  expect(window.status()).toBe(200);
  return { event, frame, people };
}

test.describe("reconfirmation (参加確認)", () => {
  // The scheduler tick sends the mail; on a busy machine a tick can take tens of seconds.
  test.describe.configure({ timeout: 300_000 });
  test("'can't come' from the mail's link cancels and promotes the waitlist; the organizer sees the numbers", async ({ page, signIn, factory, openSession }) => {
    await signIn();
    const { event, frame, people } = await eventInItsWindow(page, factory, openSession);
    const [coming, waiting] = people as [(typeof people)[number], (typeof people)[number]];

    const links = await test.step("the jobs tick mails the confirmed person two links", async () => {
      let found: Awaited<ReturnType<typeof reconfirmLinks>> | undefined;
      await expect(async () => {
        found = await reconfirmLinks(page, coming.email);
      }).toPass({ timeout: 120_000 });
      expect(found!.text).toContain("参加確認");
      return found!;
    });

    await test.step("the frame form shows the window, and the manage page the numbers", async () => {
      const organizer = new ReconfirmOrganizer(page);
      await page.goto(`/events/${event.id}/frames/${frame.id}/edit`);
      await expect(organizer.from).not.toHaveValue("");
      await expect(organizer.policy("RELEASE")).toBeChecked();
      await page.goto(`/events/${event.id}/manage`);
      await expect(organizer.count("asked")).toHaveText("1");
      await expect(organizer.count("pending")).toHaveText("1");
      await expect(organizer.count("rate")).toHaveText("0%");
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

    await test.step("the button cancels, and the waitlisted person gets the seat at once", async () => {
      await reconfirm.cannotCome.click();
      await expect(reconfirm.done).toHaveText("キャンセルしました。席は補欠の方に繰り上がります。");
      expect(await registrationStatus(coming.session.page.request, coming.registration.id)).toMatchObject({ status: "cancelled", reconfirmation: "declined" });
      expect((await registrationStatus(waiting.session.page.request, waiting.registration.id)).status).toBe("confirmed");
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
      const organizer = new ReconfirmOrganizer(page);
      await expect(organizer.count("declined")).toHaveText("1");
      await expect(organizer.count("pending")).toHaveText("0");
    });
  });

  test.describe("in English", () => {
    test.use({ locale: "en-US" });

    test("'still coming' keeps the seat, from the link or the ticket page", async ({ page, signIn, factory, openSession }) => {
      await signIn();
      const { event, people } = await eventInItsWindow(page, factory, openSession);
      const coming = people[0]!;
      let links: Awaited<ReturnType<typeof reconfirmLinks>> | undefined;
      await expect(async () => {
        links = await reconfirmLinks(page, coming.email);
      }).toPass({ timeout: 120_000 });

      await test.step("the ticket page asks too", async () => {
        await coming.session.page.goto(`/registrations/${coming.registration.id}/ticket`);
        await expect(coming.session.page.getByTestId("ticket-reconfirm")).toContainText("Please reconfirm");
      });

      const anonymous = await openSession();
      const reconfirm = new ReconfirmPage(anonymous.page);
      await reconfirm.open(links!.yes);
      await expect(reconfirm.heading).toHaveText(`Are you still coming to ${event.title}?`);
      await expect(reconfirm.chosen).toHaveText('Answer "still coming"?');
      await reconfirm.stillComing.click();
      await expect(reconfirm.done).toHaveText("Thank you. Your seat is kept.");
      expect(await registrationStatus(coming.session.page.request, coming.registration.id)).toMatchObject({ status: "confirmed", reconfirmation: "confirmed" });

      await page.goto(`/events/${event.id}/manage`);
      const organizer = new ReconfirmOrganizer(page);
      await expect(organizer.count("rate")).toHaveText("100%");
      await expect(organizer.overview).toContainText("Reconfirmation rate");
    });
  });
});
