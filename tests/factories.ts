// Test data made through the domain services, so fixtures follow the same rules as the app.
import type { Actor } from "@/lib/auth-types";
import { createEvent, publishEvent } from "@/lib/events/service";
import { eventCreateInput } from "@/lib/events/schema";
import { createGroup } from "@/lib/groups/service";
import { upsertUserByEmail } from "@/lib/users/service";

let n = 0;
const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

export async function makeUser(prefix = "user"): Promise<Actor & { email: string; handle: string }> {
  const email = `${prefix}-${uniq()}@example.com`;
  const u = await upsertUserByEmail(email);
  return { userId: u.id, email, handle: u.handle! };
}

export async function makeGroup(owner: Actor, overrides: Partial<{ slug: string; name: string }> = {}) {
  return createGroup(owner, { slug: overrides.slug ?? `g-${uniq()}`, name: overrides.name ?? "Test Group", description: "" });
}

export async function makeEvent(owner: Actor, groupId: string, overrides: Record<string, unknown> = {}, publish = false) {
  const input = eventCreateInput.parse({
    groupId,
    title: "Container Night",
    startsAt: "2030-05-20T19:00",
    endsAt: "2030-05-20T21:30",
    tags: ["docker"],
    ...overrides,
  });
  const event = await createEvent(owner, input);
  return publish ? publishEvent(owner, event.id) : event;
}

/** A frame on an event, with local times in the event's zone (defaults: open now, close in a week). */
export async function makeFrame(owner: Actor, eventId: string, overrides: Record<string, unknown> = {}) {
  const { createFrame } = await import("@/lib/frames/service");
  const { frameCreateInput } = await import("@/lib/registrations/schema");
  const now = Date.now();
  const input = frameCreateInput.parse({
    name: "一般枠",
    capacity: 3,
    method: "FIRST_COME",
    opensAt: new Date(now - 60_000).toISOString(),
    closesAt: new Date(now + 7 * 24 * 3600_000).toISOString(),
    ...overrides,
  });
  return createFrame(owner, eventId, input);
}

/** An open call for proposals with LT 5, Talk 20 and Session 40. */
export async function makeCfp(owner: Actor, eventId: string, overrides: Record<string, unknown> = {}) {
  const { saveCfp } = await import("@/lib/talks/service");
  const { cfpInput } = await import("@/lib/talks/schema");
  const now = Date.now();
  return saveCfp(
    owner,
    eventId,
    cfpInput.parse({ opensAt: new Date(now - 3600_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString(), formats: "LT 5\nTalk 20\nSession 40", tracks: "kubernetes, security", ...overrides }),
  );
}

export async function makeProposal(speaker: Actor, eventId: string, overrides: Record<string, unknown> = {}) {
  const { submitProposal } = await import("@/lib/talks/service");
  const { proposalInput } = await import("@/lib/talks/schema");
  return submitProposal(speaker, eventId, proposalInput.parse({ title: "Understanding fleet", abstract: "fleet の仕組み", formatId: "talk", level: "intermediate", language: "ja", ...overrides }));
}
