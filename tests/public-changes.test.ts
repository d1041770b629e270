// The database client tells the page cache when a write changed what the public pages show, on a
// real database: an organizer's edit (also inside a transaction) does, an application and a read
// do not.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateEvent } from "@/lib/events/service";
import { apply } from "@/lib/registrations/service";
import { participantsByFrame } from "@/lib/participants/service";
import { publicGeneration, sharedReadsGeneration } from "@/lib/server/public-changes";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

async function moved(run: () => Promise<unknown>): Promise<boolean> {
  const before = publicGeneration();
  await run();
  return publicGeneration() !== before;
}

describe("public changes", () => {
  it("are an organizer's edit, not an application nor a read", async () => {
    const owner = await makeUser("owner");
    const group = await makeGroup(owner);
    const event = await makeEvent(owner, group.id, {}, true);
    const frame = await makeFrame(owner, event.id, { capacity: 10 });
    const guest = await makeUser("guest");

    expect(await moved(() => apply(guest, event.id, { frameId: frame.id, answers: {} }))).toBe(false);
    expect(await moved(() => db().event.findUnique({ where: { id: event.id } }))).toBe(false);
    expect(await moved(() => updateEvent(owner, event.id, { title: "Container Night #2" }))).toBe(true);
    expect(await moved(() => db().$transaction((tx) => tx.frame.update({ where: { id: frame.id }, data: { capacity: 11 } })))).toBe(true);
  });

  it("of the shared reads are every write to registrations and every raw write, and the event page's lists follow them at once", async () => {
    const owner = await makeUser("owner");
    const group = await makeGroup(owner);
    const event = await makeEvent(owner, group.id, {}, true);
    const frame = await makeFrame(owner, event.id, { capacity: 10, method: "FIRST_COME" });
    const readsMoved = async (run: () => Promise<unknown>) => {
      const before = sharedReadsGeneration();
      await run();
      return sharedReadsGeneration() !== before;
    };
    const seated = async () => (await participantsByFrame(event.id, 60)).find((f) => f.frame.id === frame.id)!.frame.confirmed;

    expect(await seated()).toBe(0);
    // Remembered: a second read does not touch the database, and moves nothing.
    expect(await readsMoved(() => participantsByFrame(event.id, 60))).toBe(false);
    const guest = await makeUser("guest");
    expect(await readsMoved(() => apply(guest, event.id, { frameId: frame.id, answers: {} }))).toBe(true);
    // The application is seen by the next page at once, not after the shared read's life.
    expect(await seated()).toBe(1);
    expect(await readsMoved(() => db().$executeRaw`UPDATE "Registration" SET "anonymous" = true WHERE "eventId" = ${event.id}`)).toBe(true);
    const [people] = (await participantsByFrame(event.id, 60)).filter((f) => f.frame.id === frame.id).map((f) => f.people);
    expect(people).toEqual([expect.objectContaining({ anonymous: true, name: null })]);
  });
});
