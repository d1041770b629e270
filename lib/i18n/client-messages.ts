// The messages that client components read (useTranslations in "use client" files): only these
// go to the browser. The whole catalogue would ship with every page, for every visitor (43 KB of
// Japanese in the page data); server components read theirs on the server.
// Per route: the root layout gives the browser only BASE_NAMESPACES (what the layout's own client
// components and the error page read); each top-level folder of app/ gives its pages their own set
// in its layout (components/layout/client-messages.tsx, `<ClientMessages route="…">`): the set in
// ROUTE_NAMESPACES, else every client namespace. next-intl's nested providers do not merge, so a
// route's set includes the base one. lib/i18n/client-messages.test.ts follows every page's imports
// and fails when a client component reachable from a route reads a namespace its set lacks.
type Messages = Record<string, unknown>;

export const CLIENT_NAMESPACES = [
  "auth",
  "checkin",
  "door",
  "common",
  "community.anonymity",
  "community.changes",
  "community.form",
  "community.settings",
  "community.unsubscribe",
  "draw",
  "errors",
  "events",
  "frames",
  "groups",
  "lotteryV2",
  "manage",
  "reconfirm",
  "materials.forms",
  "materials.item",
  "materials.kinds",
  "materials.notice",
  "materials.page",
  "messages",
  "questions",
  "registration",
  "schedule",
  "series",
  "settings",
  "talks.cfpForm",
  "talks.invite",
  "talks.mine",
  "talks.proposalForm",
  "talks.review",
  "conference",
] as const;

/** What the root layout sends with every page (its client components, the error page). */
export const BASE_NAMESPACES = ["auth", "common", "errors"] as const;

/** Routes (top-level folders of app/, "home" for app/page.tsx) that need less than the whole list. */
export const ROUTE_NAMESPACES: Partial<Record<string, readonly string[]>> = {
  // The public draw page of a frame: its verifier and log (a 2,000-applicant frame's page stays small).
  frames: [...BASE_NAMESPACES, "draw", "lotteryV2", "door"],
  // The event list and an event's page (the page an announcement sends everyone to); the event's
  // other pages are under app/events/[id]/(tools) and app/events/(tools), with every namespace.
  events: [...BASE_NAMESPACES, "events", "manage", "registration", "community.anonymity"],
};

/** The namespaces a route's pages get in the browser. */
export function routeNamespaces(route: string): readonly string[] {
  return ROUTE_NAMESPACES[route] ?? CLIENT_NAMESPACES;
}

/** The part of `messages` under the given dotted paths, with the same nesting. */
export function pickMessages(messages: Messages, paths: readonly string[]): Messages {
  const out: Messages = {};
  for (const p of paths) {
    const keys = p.split(".");
    let from: unknown = messages;
    for (const k of keys) from = from && typeof from === "object" ? (from as Messages)[k] : undefined;
    if (from === undefined) continue;
    let to = out;
    for (const k of keys.slice(0, -1)) to = (to[k] ??= {}) as Messages;
    to[keys.at(-1)!] = from;
  }
  return out;
}
