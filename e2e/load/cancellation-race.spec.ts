// Cancellations racing promotions: from a full first-come frame with a waitlist, confirmed people
// cancel (some twice at once, like a double tap) while waitlisted people cancel and newcomers
// apply, all in the same instant.
import { applyAll, expect, INSTANCES, type Person, type Registration, servedBy, settle, test, waitlistOf } from "./load";

const CAPACITY = 100;
const FIRST = 200; // fill the frame and a 100-long waitlist
const CONFIRMED_CANCELLING = 40;
const DOUBLE_TAPS = 10;
const WAITLISTED_CANCELLING = 20;
const NEWCOMERS = 30;
const IN_AND_OUT = 10; // apply and cancel again during the race

test("keeps the seats full and the waitlist gap-free in order when cancellations race promotions", async ({ crowd, organizer }) => {
  const event = await organizer.publishedEvent();
  const frame = await organizer.frame(event.id, { capacity: CAPACITY, method: "first_come" });
  const first = crowd.slice(0, FIRST);
  const newcomers = crowd.slice(FIRST, FIRST + NEWCOMERS);
  const inAndOut = crowd.slice(FIRST + NEWCOMERS, FIRST + NEWCOMERS + IN_AND_OUT);

  const applied = await applyAll(first, event.id, frame.id);
  expect(applied.filter((a) => a.status !== 201)).toEqual([]);
  const before = await organizer.registrations(event.id, frame.id);
  const personOf = new Map(first.map((p, i) => [(applied[i]!.body as { id: string }).id, p]));
  const confirmedBefore = before.filter((r) => r.status === "confirmed").sort((a, b) => a.receiptNumber - b.receiptNumber);
  const waitlistBefore = waitlistOf(before).waitlist;
  expect(confirmedBefore).toHaveLength(CAPACITY);
  expect(waitlistBefore).toHaveLength(FIRST - CAPACITY);

  // Every other confirmed person leaves; waitlisted ones leave only from the back half, where no
  // promotion can reach them first, so the expected outcome is exact.
  const leavingConfirmed = confirmedBefore.filter((_, i) => i % 2 === 1).slice(0, CONFIRMED_CANCELLING);
  const leavingWaitlisted = waitlistBefore.filter((r) => r.waitlistPosition! > 60 && r.waitlistPosition! % 2 === 0).slice(0, WAITLISTED_CANCELLING);
  expect(leavingWaitlisted).toHaveLength(WAITLISTED_CANCELLING);
  const leaving = [...leavingConfirmed, ...leavingWaitlisted];
  const cancel = (r: Registration) => personOf.get(r.id)!.api.delete(`/api/v1/registrations/${r.id}`, { timeout: 120_000 }).then(settle);
  const applyThenCancel = async (p: Person) => {
    const a = await settle(await p.api.post(`/api/v1/events/${event.id}/registrations`, { data: { frameId: frame.id }, timeout: 120_000 }));
    if (a.status !== 201) return { apply: a, cancel: null };
    const c = await settle(await p.api.delete(`/api/v1/registrations/${(a.body as { id: string }).id}`, { timeout: 120_000 }));
    return { apply: a, cancel: c };
  };

  const [cancels, doubleTaps, newcomerAnswers, inOut] = await Promise.all([
    Promise.all(leaving.map(cancel)),
    Promise.all(leavingConfirmed.slice(0, DOUBLE_TAPS).map(cancel)),
    applyAll(newcomers, event.id, frame.id),
    Promise.all(inAndOut.map(applyThenCancel)),
  ]);

  // Behind the proxy (E2E_INSTANCES), the cancellations were spread over every instance.
  expect(servedBy([...cancels, ...doubleTaps]).size).toBe(INSTANCES);
  // Each registration is cancelled exactly once: a double tap gets one 200 and one 409.
  const tapped = new Set(leavingConfirmed.slice(0, DOUBLE_TAPS).map((r) => r.id));
  const statusesOf = (r: Registration, i: number) => [cancels[i]!.status, ...(tapped.has(r.id) ? [doubleTaps[[...tapped].indexOf(r.id)]!.status] : [])].sort();
  for (const [i, r] of leaving.entries()) {
    expect(statusesOf(r, i), `cancelling receipt ${r.receiptNumber}`).toEqual(tapped.has(r.id) ? [200, 409] : [200]);
  }
  for (const d of doubleTaps) if (d.status === 409) expect(d.body).toMatchObject({ error: { code: "INVALID_STATE" } });
  expect(newcomerAnswers.map((a) => [a.status, (a.body as { status?: string }).status])).toEqual(newcomers.map(() => [201, "waitlisted"]));
  expect(inOut.map((x) => [x.apply.status, x.cancel?.status])).toEqual(inAndOut.map(() => [201, 200]));

  const after = await organizer.registrations(event.id, frame.id);
  const byId = new Map(after.map((r) => [r.id, r]));
  expect(after).toHaveLength(FIRST + NEWCOMERS + IN_AND_OUT);
  for (const r of leaving) expect(byId.get(r.id)).toMatchObject({ status: "cancelled", waitlistPosition: null });
  for (const x of inOut) expect(byId.get((x.apply.body as { id: string }).id)).toMatchObject({ status: "cancelled", waitlistPosition: null });

  // Seats: min(capacity, people still in).
  const active = after.filter((r) => r.status === "confirmed" || r.status === "waitlisted");
  const confirmed = after.filter((r) => r.status === "confirmed");
  expect(active).toHaveLength(FIRST - leaving.length + NEWCOMERS);
  expect(confirmed).toHaveLength(Math.min(CAPACITY, active.length));
  // The promoted are the head of the old waitlist, in order.
  const leavingIds = new Set(leaving.map((r) => r.id));
  const stayedConfirmed = confirmedBefore.filter((r) => !leavingIds.has(r.id));
  const promoted = waitlistBefore.slice(0, CONFIRMED_CANCELLING);
  expect(new Set(confirmed.map((r) => r.id))).toEqual(new Set([...stayedConfirmed, ...promoted].map((r) => r.id)));

  // The waitlist: positions 1..N, the old waitlist's rest in its old order, then the newcomers.
  const { waitlist, positions, expected } = waitlistOf(after);
  expect(positions).toEqual(expected);
  const oldRest = waitlistBefore.slice(CONFIRMED_CANCELLING).filter((r) => !leavingIds.has(r.id));
  expect(waitlist.slice(0, oldRest.length).map((r) => r.id)).toEqual(oldRest.map((r) => r.id));
  expect(new Set(waitlist.slice(oldRest.length).map((r) => r.id))).toEqual(new Set(newcomerAnswers.map((a) => (a.body as { id: string }).id)));
  // First come, first served throughout: the waitlist runs in receipt order.
  expect(waitlist.map((r) => r.receiptNumber)).toEqual([...waitlist.map((r) => r.receiptNumber)].sort((a, b) => a - b));
  // One active registration per person.
  expect(new Set(active.map((r) => r.userId)).size).toBe(active.length);
});
