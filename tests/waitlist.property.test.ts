// The first-come waitlist under random sequences of applying, cancelling and changing the
// capacity, through the real services and database, compared after every step with a model of
// the rules (first come, first served; a freed seat goes to the head of the waitlist; lowering
// the capacity removes nobody).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { updateFrame } from "@/lib/frames/service";
import { apply, cancel } from "@/lib/registrations/service";
import { makeEvent, makeFrame, makeGroup, makeUser } from "./factories";

type Op =
  | { kind: "apply"; who: number }
  | { kind: "cancelConfirmed"; pick: number }
  | { kind: "cancelWaitlisted"; pick: number }
  | { kind: "capacity"; to: number };

const PEOPLE = 10;
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("apply" as const), who: fc.nat({ max: PEOPLE - 1 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancelConfirmed" as const), pick: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancelWaitlisted" as const), pick: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("capacity" as const), to: fc.integer({ min: 1, max: 6 }) }) },
);

/** The rules, on registration ids: seats in any order, the waitlist in position order. */
class Model {
  confirmed: string[] = [];
  waitlist: string[] = [];
  constructor(public capacity: number) {}

  place(id: string) {
    if (this.confirmed.length < this.capacity) this.confirmed.push(id);
    else this.waitlist.push(id);
  }
  promote(seats: number) {
    if (seats > 0) this.confirmed.push(...this.waitlist.splice(0, seats));
  }
  cancel(id: string) {
    if (this.confirmed.includes(id)) {
      this.confirmed = this.confirmed.filter((x) => x !== id);
      this.promote(this.capacity - this.confirmed.length);
    } else {
      this.waitlist = this.waitlist.filter((x) => x !== id);
    }
  }
  resize(to: number) {
    const raised = to > this.capacity;
    this.capacity = to;
    if (raised) this.promote(to - this.confirmed.length);
  }
}

async function published(capacity: number) {
  const owner = await makeUser("owner");
  const g = await makeGroup(owner);
  const event = await makeEvent(owner, g.id, { startsAt: "2031-05-20T19:00", endsAt: "2031-05-20T21:30" }, true);
  const frame = await makeFrame(owner, event.id, { capacity });
  return { owner, event, frame };
}

/** `seatBound`: the capacity, or more when a lowering left the frame over-full. */
async function checkAgainst(model: Model, frameId: string, seatBound: number) {
  const regs = await db().registration.findMany({ where: { frameId } });
  const confirmed = regs.filter((r) => r.status === "CONFIRMED");
  const waitlist = regs.filter((r) => r.status === "WAITLISTED").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
  expect(confirmed.length).toBeLessThanOrEqual(seatBound);
  // Nobody waits while a seat is free.
  if (waitlist.length) expect(confirmed.length).toBeGreaterThanOrEqual(model.capacity);
  // Positions 1..N, unique, without gaps.
  expect(waitlist.map((r) => r.waitlistPosition)).toEqual(waitlist.map((_, i) => i + 1));
  // One active registration per person.
  const active = regs.filter((r) => r.status === "CONFIRMED" || r.status === "WAITLISTED");
  expect(new Set(active.map((r) => r.userId)).size).toBe(active.length);
  // Exactly the people the rules say, promoted in waitlist order.
  expect(new Set(confirmed.map((r) => r.id))).toEqual(new Set(model.confirmed));
  expect(waitlist.map((r) => r.id)).toEqual(model.waitlist);
}

describe("the first-come waitlist", () => {
  it("follows the rules through any sequence of applications, cancellations and capacity changes", async () => {
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => makeUser("rush")));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 3 }), fc.array(op, { minLength: 8, maxLength: 30 }), async (capacity, ops) => {
        const { owner, event, frame } = await published(capacity);
        const model = new Model(capacity);
        const activeOf = new Map<number, string>(); // person → active registration id
        // Seats never exceed the capacity, except by people already seated when it was lowered.
        let seatedAtLowering = 0;
        for (const o of ops) {
          if (o.kind === "apply") {
            const person = people[o.who]!;
            if (activeOf.has(o.who)) {
              await expect(apply(person, event.id, { frameId: frame.id, answers: {} })).rejects.toMatchObject({ code: "ALREADY_REGISTERED" });
            } else {
              const reg = await apply(person, event.id, { frameId: frame.id, answers: {} });
              model.place(reg.id);
              activeOf.set(o.who, reg.id);
            }
          } else if (o.kind === "capacity") {
            const seatedBefore = [...model.confirmed];
            await updateFrame(owner, frame.id, { capacity: o.to });
            if (o.to < model.capacity) seatedAtLowering = seatedBefore.length;
            model.resize(o.to);
            // Lowering removes nobody.
            const stillSeated = await db().registration.count({ where: { id: { in: seatedBefore }, status: "CONFIRMED" } });
            expect(stillSeated).toBe(seatedBefore.length);
          } else {
            const pool = o.kind === "cancelConfirmed" ? model.confirmed : model.waitlist;
            if (!pool.length) continue;
            const id = pool[o.pick % pool.length]!;
            const who = [...activeOf].find(([, reg]) => reg === id)![0];
            await cancel(people[who]!, id);
            model.cancel(id);
            activeOf.delete(who);
          }
          await checkAgainst(model, frame.id, Math.max(model.capacity, seatedAtLowering));
        }
      }),
      { numRuns: 25 },
    );
  }, 180_000);
});
