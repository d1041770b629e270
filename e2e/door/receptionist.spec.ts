// The door (受付): a receptionist assigned by the organizer finds a person by name, checks them in,
// undoes it, registers a walk-in, and cannot reach anything else an organizer can.
import type { APIRequestContext } from "@playwright/test";
import { expect, test, uniqueEmail, uniqueSuffix } from "../fixtures";
import { DoorPage } from "../pages/door.page";

const nameOf = (email: string) => email.split("@")[0]!;

async function frameOverApi(request: APIRequestContext, eventId: string, capacity: number) {
  const res = await request.post(`/api/v1/events/${eventId}/frames`, {
    data: { name: `一般枠 ${uniqueSuffix()}`, capacity, method: "first_come", opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString() },
  });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()) as { id: string };
}

for (const lang of ["ja", "en"] as const) {
  test.describe(`the receptionist's door (${lang})`, () => {
    test.use({ locale: lang === "ja" ? "ja-JP" : "en-US" });

    test("checks a person in by name, undoes it, registers a walk-in, and is refused everything else", async ({ page, signIn, factory, openSession }) => {
      await signIn();
      const event = await factory.publishedEvent(await factory.group());
      const frame = await frameOverApi(page.request, event.id, 2);
      const guestEmail = uniqueEmail("guest");
      const guest = await openSession(guestEmail);
      const applied = await guest.page.request.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId: frame.id } });
      expect(applied.status()).toBe(201);
      const deskEmail = uniqueEmail("desk");
      const desk = await openSession(deskEmail);
      const door = new DoorPage(desk.page);

      await test.step("before being assigned, the door is not there for them", async () => {
        await door.goto(event.id);
        await expect(door.notFoundHeading).toBeVisible();
      });

      await test.step("the organizer makes them a receptionist on the manage page", async () => {
        await page.goto(`/events/${event.id}/manage`);
        const section = page.getByRole("region", { name: lang === "ja" ? "受付担当" : "Receptionists" });
        await section.getByLabel(lang === "ja" ? "ハンドルまたはメールアドレス" : "Handle or email").fill(deskEmail);
        await section.getByRole("button", { name: lang === "ja" ? "受付担当を追加" : "Add receptionist" }).click();
        await expect(section.getByTestId("receptionists")).toContainText(nameOf(deskEmail));
      });

      await test.step("they find the guest by name and check them in, then undo it", async () => {
        await door.goto(event.id);
        await expect(door.heading).toHaveText(lang === "ja" ? "受付" : "Check-in");
        await expect(door.manageLink).toHaveCount(0);
        await door.find(nameOf(guestEmail).slice(4, 14));
        const name = nameOf(guestEmail);
        await expect(door.row(name)).toHaveAttribute("data-status", "CONFIRMED");
        await door.checkInButton(name).click();
        await expect(door.row(name)).toHaveAttribute("data-status", "ATTENDED");
        await expect(door.counter).toContainText("1");
        await door.undoButton(name).click();
        await expect(door.row(name)).toHaveAttribute("data-status", "CONFIRMED");
      });

      await test.step("a name that matches nobody says so", async () => {
        await door.find(`nobody-${uniqueSuffix()}`);
        await expect(door.empty).toBeVisible();
      });

      await test.step("a walk-in takes the last free seat, checked in; then walk-ins are full", async () => {
        const walkIn = lang === "ja" ? `当日 太郎 ${uniqueSuffix()}` : `Walk In ${uniqueSuffix()}`;
        await door.registerWalkIn(walkIn);
        // The last seat taken, the walk-in form gives way to the "no free seat" notice.
        await expect(door.walkInFull).toBeVisible();
        await desk.page.reload();
        await expect(door.walkInFull).toBeVisible();
        await door.find(walkIn.split(" ").at(-1)!);
        await expect(door.row(walkIn)).toHaveAttribute("data-status", "ATTENDED");
      });

      await test.step("everything else an organizer does is refused", async () => {
        await desk.page.goto(`/events/${event.id}/manage`);
        await expect(door.notFoundHeading).toBeVisible();
        const list = await desk.page.request.get(`/api/v1/events/${event.id}/registrations`);
        expect(list.status()).toBe(403);
        const csv = await desk.page.request.get(`/events/${event.id}/participants.csv`);
        expect([403, 404]).toContain(csv.status());
        const edit = await desk.page.request.patch(`/api/v1/events/${event.id}`, { data: { title: "Taken over" } });
        expect(edit.status()).toBe(403);
        const doorList = await desk.page.request.get(`/api/v1/events/${event.id}/door?q=${encodeURIComponent(nameOf(guestEmail))}`);
        expect(doorList.status()).toBe(200);
        const items = ((await doorList.json()) as { items: Record<string, unknown>[] }).items;
        expect(items).toHaveLength(1);
        expect(items[0]).not.toHaveProperty("email");
      });
    });
  });
}
