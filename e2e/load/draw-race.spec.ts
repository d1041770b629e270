// Several draw triggers racing for one lottery frame (350 applicants, 100 seats): one draw
// happens, and it is the one published and verifiable.
import { verifyDraw } from "../../lib/lottery/algorithm";
import { applyAll, expect, INSTANCES, servedBy, settle, test, waitlistOf } from "./load";

const CAPACITY = 100;
const APPLICANTS = 350;
const TRIGGERS = 5;

type Draw = { algorithm: string; commitment: string; seed: string | null; capacity: number; nominated: string[]; applicantsDigest: string | null; order: string[] };

test("draws exactly once when several triggers race, and the published order verifies", async ({ crowd, organizer }) => {
  const event = await organizer.publishedEvent();
  // The automatic draw at drawAt is a day away, so only the triggers below race.
  const now = Date.now();
  const frame = await organizer.frame(event.id, { capacity: CAPACITY, method: "lottery", closesAt: new Date(now + 600_000), drawAt: new Date(now + 86_400_000) });
  const applicants = crowd.slice(0, APPLICANTS);

  const applied = await applyAll(applicants, event.id, frame.id);
  expect(applied.filter((a) => a.status !== 201 || (a.body as { status?: string }).status !== "applied")).toEqual([]);

  const closesAt = new Date(Date.now() + 3_000);
  await organizer.updateFrame(frame.id, { closesAt: closesAt.toISOString() });
  const early = await settle(await organizer.api.post(`/api/v1/frames/${frame.id}/draw`));
  expect([early.status, (early.body as { error?: { code?: string } }).error?.code]).toEqual([422, "DRAW_TOO_EARLY"]);
  await new Promise((resolve) => setTimeout(resolve, closesAt.getTime() - Date.now() + 250));

  const triggers = await Promise.all(Array.from({ length: TRIGGERS }, () => organizer.api.post(`/api/v1/frames/${frame.id}/draw`, { timeout: 120_000 }).then(settle)));

  // Behind the proxy (E2E_INSTANCES), the triggers raced on different instances.
  expect(servedBy(triggers).size).toBe(Math.min(INSTANCES, TRIGGERS));
  expect(triggers.map((t) => t.status).sort()).toEqual([200, ...Array<number>(TRIGGERS - 1).fill(409)]);
  for (const t of triggers.filter((x) => x.status === 409)) expect(t.body).toMatchObject({ error: { code: "ALREADY_DRAWN" } });
  const winner = triggers.find((t) => t.status === 200)!.body as Draw;

  const published = (await (await organizer.api.get(`/api/v1/frames/${frame.id}/draw`)).json()) as Draw;
  expect(published.order).toEqual(winner.order);
  expect(published.seed).toBe(winner.seed);
  expect(published.order).toHaveLength(APPLICANTS);
  const verification = await verifyDraw(published);
  expect(verification.checks.filter((c) => !c.ok)).toEqual([]);
  expect(verification.ok).toBe(true);

  const regs = await organizer.registrations(event.id, frame.id);
  expect(regs).toHaveLength(APPLICANTS);
  expect(new Set(regs.map((r) => r.publicId))).toEqual(new Set(published.order));
  const confirmed = regs.filter((r) => r.status === "confirmed");
  expect(new Set(confirmed.map((r) => r.publicId))).toEqual(new Set(published.order.slice(0, CAPACITY)));
  const { waitlist, positions, expected } = waitlistOf(regs);
  expect(positions).toEqual(expected);
  expect(waitlist.map((r) => r.publicId)).toEqual(published.order.slice(CAPACITY));
  expect(regs.filter((r) => r.status !== "confirmed" && r.status !== "waitlisted")).toEqual([]);
});
