// The messages that client components read (useTranslations in "use client" files): only these
// go to the browser. The whole catalogue would ship with every page, for every visitor (43 KB of
// Japanese in the page data); server components read theirs on the server.
// tests/client-messages.test.ts fails when a client component uses a namespace missing here.
type Messages = Record<string, unknown>;

export const CLIENT_NAMESPACES = [
  "auth",
  "checkin",
  "common",
  "draw",
  "errors",
  "events",
  "frames",
  "groups",
  "lotteryV2",
  "manage",
  "materials.forms",
  "materials.item",
  "materials.kinds",
  "materials.notice",
  "materials.page",
  "registration",
  "schedule",
  "settings",
  "talks.cfpForm",
  "talks.invite",
  "talks.mine",
  "talks.proposalForm",
  "talks.review",
  "conference",
] as const;

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
