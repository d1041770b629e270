// A signup rush on a first-come frame: everyone applies in the same instant.
import { applyAll, CROWD_SIZE, expect, INSTANCES, servedBy, test, waitlistOf } from "./load";

const CAPACITY = 100;

test("seats exactly the capacity and waitlists the rest in order when 520 people apply at once", async ({ crowd, organizer }) => {
  expect(crowd.length).toBeGreaterThanOrEqual(500);
  const event = await organizer.publishedEvent();
  const frame = await organizer.frame(event.id, { capacity: CAPACITY, method: "first_come" });

  const answers = await applyAll(crowd, event.id, frame.id);

  // Every application is acknowledged: no 5xx, no timeout, no refusal.
  expect(answers.filter((a) => a.status !== 201)).toEqual([]);
  // Behind the proxy (E2E_INSTANCES), every instance took part in the race.
  expect(servedBy(answers).size).toBe(INSTANCES);
  const acknowledged = answers.map((a) => a.body as { id: string; status: string; waitlistPosition: number | null; receiptNumber: number; userId: string });

  const stored = await organizer.registrations(event.id, frame.id);
  // Nothing lost and nothing extra: stored = acknowledged = people.
  expect(stored).toHaveLength(CROWD_SIZE);
  expect(new Set(stored.map((r) => r.id))).toEqual(new Set(acknowledged.map((a) => a.id)));
  // One registration per person.
  expect(new Set(stored.map((r) => r.userId)).size).toBe(CROWD_SIZE);
  // Receipt numbers are unique: 1..N in some order.
  expect(stored.map((r) => r.receiptNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: CROWD_SIZE }, (_, i) => i + 1));

  const confirmed = stored.filter((r) => r.status === "confirmed");
  expect(confirmed).toHaveLength(CAPACITY);
  const { waitlist, positions, expected } = waitlistOf(stored);
  expect(waitlist).toHaveLength(CROWD_SIZE - CAPACITY);
  expect(positions).toEqual(expected);
  // Arrival order decides: the seats went to the first receipts, the waitlist follows receipts.
  const byReceipt = [...stored].sort((a, b) => a.receiptNumber - b.receiptNumber);
  expect(byReceipt.slice(0, CAPACITY).every((r) => r.status === "confirmed")).toBe(true);
  expect(waitlist.map((r) => r.id)).toEqual(byReceipt.slice(CAPACITY).map((r) => r.id));

  // What each person was told is what was stored.
  const byId = new Map(stored.map((r) => [r.id, r]));
  for (const a of acknowledged) {
    expect(byId.get(a.id)).toMatchObject({ status: a.status, waitlistPosition: a.waitlistPosition, receiptNumber: a.receiptNumber, userId: a.userId });
  }
});
