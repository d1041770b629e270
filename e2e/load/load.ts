// The load tests' fixture: a crowd of people, each with their own API session (one request
// context, one cookie jar), signed in once per worker and shared by the scenarios, which each
// make their own group, event and frame. Scenarios fire their requests together and then check
// the registration invariants through the organizer's API.
import { test as base, type APIRequest, type APIRequestContext, type APIResponse } from "@playwright/test";
import { signInOverHttp, uniqueEmail, uniqueSuffix } from "../fixtures";

export { expect } from "@playwright/test";

/** Enough people for the largest scenario: 520 applicants for one first-come frame. */
export const CROWD_SIZE = 520;
/** Signing in is not what is measured; a few at a time keeps it quick without queueing. */
const SIGN_IN_CONCURRENCY = 20;

export type Person = { email: string; api: APIRequestContext };

export type Registration = {
  id: string;
  publicId: string;
  userId: string;
  frameId: string;
  status: string;
  waitlistPosition: number | null;
  receiptNumber: number;
};

/** Runs `fn` over `items` with at most `limit` at a time; results in input order. */
export async function inBatches<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

/** How many server instances answer (E2E_INSTANCES: that many behind nginx, scripts/e2e-cluster.ts). */
export const INSTANCES = Number(process.env.E2E_INSTANCES || 1);

/**
 * The instances that served these answers: nginx names the upstream in X-E2E-Upstream; without
 * the proxy there is one server.
 */
export function servedBy(answers: readonly { servedBy: string }[]): Set<string> {
  return new Set(answers.map((a) => a.servedBy));
}

/** A response's status and JSON body, read at once so nothing is left pending. */
export async function settle(res: APIResponse): Promise<{ status: number; body: Record<string, unknown>; servedBy: string }> {
  const text = await res.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { raw: text.slice(0, 200) };
  }
  return { status: res.status(), body, servedBy: res.headers()["x-e2e-upstream"] ?? "the server" };
}

async function ok<T>(res: APIResponse, what: string): Promise<T> {
  if (!res.ok()) throw new Error(`${what}: ${res.status()} ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as T;
}

/** An organizer with a published event of their own group. */
export class Organizer {
  constructor(readonly api: APIRequestContext) {}

  async publishedEvent(): Promise<{ id: string; title: string }> {
    const suffix = uniqueSuffix();
    const group = await ok<{ id: string }>(await this.api.post("/api/v1/groups", { data: { slug: `load-${suffix}`, name: `Load ${suffix}` } }), "create group");
    const event = await ok<{ id: string; title: string }>(
      await this.api.post("/api/v1/events", {
        data: { groupId: group.id, title: `Signup Rush ${suffix}`, startsAt: "2031-09-10T19:00", endsAt: "2031-09-10T21:00", tags: ["load"] },
      }),
      "create event",
    );
    await ok(await this.api.patch(`/api/v1/events/${event.id}`, { data: { status: "published" } }), "publish event");
    return event;
  }

  async frame(eventId: string, values: { capacity: number; method: "first_come" | "lottery"; closesAt?: Date; drawAt?: Date }): Promise<{ id: string }> {
    const now = Date.now();
    return ok(
      await this.api.post(`/api/v1/events/${eventId}/frames`, {
        data: {
          name: `${values.method} ${values.capacity}`,
          capacity: values.capacity,
          method: values.method,
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: (values.closesAt ?? new Date(now + 7 * 86_400_000)).toISOString(),
          ...(values.drawAt ? { drawAt: values.drawAt.toISOString() } : {}),
        },
      }),
      "create frame",
    );
  }

  async updateFrame(frameId: string, data: Record<string, unknown>) {
    return ok(await this.api.patch(`/api/v1/frames/${frameId}`, { data }), "update frame");
  }

  /** Every registration of a frame, from the organizer's list (pages of 500). */
  async registrations(eventId: string, frameId: string): Promise<Registration[]> {
    const all: Registration[] = [];
    for (let page = 1; ; page++) {
      const body = await ok<{ total: number; items: Registration[] }>(
        await this.api.get(`/api/v1/events/${eventId}/registrations`, { params: { frame_id: frameId, per_page: 500, page } }),
        "list registrations",
      );
      all.push(...body.items);
      if (all.length >= body.total || body.items.length === 0) return all;
    }
  }
}

/** The waitlisted registrations by position, and a check that positions run 1..N. */
export function waitlistOf(regs: readonly Registration[]) {
  const waitlist = regs.filter((r) => r.status === "waitlisted").sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
  return { waitlist, positions: waitlist.map((r) => r.waitlistPosition), expected: waitlist.map((_, i) => i + 1) };
}

/**
 * One person's API session. A fresh connection per request: a pooled keep-alive socket that the
 * server closes as idle (after 5 s) just when a burst reuses it fails with ECONNRESET, which says
 * nothing about the application.
 */
function newApi(playwright: { request: APIRequest }, baseURL: string | undefined) {
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { connection: "close" } });
}

type WorkerFixtures = { crowd: Person[] };
type TestFixtures = { organizer: Organizer };

export const test = base.extend<TestFixtures, WorkerFixtures>({
  crowd: [
    async ({ playwright }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      const people = await inBatches(Array.from({ length: CROWD_SIZE }), SIGN_IN_CONCURRENCY, async () => {
        const email = uniqueEmail("crowd");
        const api = await newApi(playwright, baseURL);
        await signInOverHttp(api, email);
        return { email, api };
      });
      await provide(people);
      await Promise.all(people.map((p) => p.api.dispose()));
    },
    { scope: "worker", timeout: 180_000 },
  ],

  organizer: async ({ playwright, baseURL }, provide) => {
    const api = await newApi(playwright, baseURL);
    await signInOverHttp(api, uniqueEmail("organizer"));
    await provide(new Organizer(api));
    await api.dispose();
  },
});

/** Applies everyone at once; returns each person's answer in the same order. */
export async function applyAll(people: readonly Person[], eventId: string, frameId: string) {
  return Promise.all(people.map((p) => p.api.post(`/api/v1/events/${eventId}/registrations`, { data: { frameId }, timeout: 120_000 }).then(settle)));
}
