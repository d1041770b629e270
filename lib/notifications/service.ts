// Who wants which bulk mail: the global opt-out (User.bulkMailOptOut), the per-group opt-out of
// new-event announcements (GroupMembership.announcementsOptOut), the one-click unsubscribe
// links that set them, and the announcement itself when a group publishes an event.
import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, notFound, unauthenticated } from "../errors";
import { communityMailTranslator } from "../events/details-mail";
import { unsubscribeFooter } from "../mail/bulk";
import { enqueueMails, type MailInput, MAIL_PRIORITY } from "../mail/service";
import { readUnsubscribeToken } from "../mail/unsubscribe";
import { localeOf } from "../registrations/mail";
import { formatRange } from "../time";
import type { PreferencesInput } from "./schema";

/** Followers who want this group's announcements, a page at a time (bounded memory for big groups). */
export async function announceNewEvent(tx: Tx, eventId: string) {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId }, include: { group: true } });
  const url = `${publicBaseUrl()}/events/${event.id}`;
  let cursor: string | undefined;
  let written = 0;
  for (;;) {
    const page = await tx.groupMembership.findMany({
      where: { groupId: event.groupId, role: "FOLLOWER", announcementsOptOut: false, user: { bulkMailOptOut: false, email: { not: null } } },
      select: { userId: true, user: { select: { email: true, locale: true } } },
      orderBy: { userId: "asc" },
      take: 500,
      ...(cursor ? { cursor: { groupId_userId: { groupId: event.groupId, userId: cursor } }, skip: 1 } : {}),
    });
    if (!page.length) break;
    cursor = page[page.length - 1]!.userId;
    const mails = page.map(({ userId, user }): MailInput => {
      const locale = localeOf(user);
      const t = communityMailTranslator(locale);
      const when = `${formatRange(event.startsAt, event.endsAt, event.timezone, locale)} (${event.timezone})`;
      const params = { group: event.group.name, event: event.title, catchphrase: event.catchphrase, when, url };
      const footer = unsubscribeFooter(userId, `group:${event.groupId}`, locale);
      return { to: user.email!, kind: "group.announcement", subject: t("announce.subject", params), text: t("announce.body", params) + footer.text, headers: footer.headers, priority: MAIL_PRIORITY.bulk };
    });
    written += await enqueueMails(mails, tx);
  }
  return written;
}

/**
 * Applies an unsubscribe link: the person and the scope come from the signed token only, so a
 * link can never unsubscribe anyone but the person it was mailed to.
 */
export async function unsubscribeWithToken(token: string) {
  const t = readUnsubscribeToken(token);
  if (!t) throw new AppError("INVALID_INPUT", "This unsubscribe link is not valid", { token: ["invalid"] });
  if (t.scope === "all") {
    const res = await db().user.updateMany({ where: { id: t.userId }, data: { bulkMailOptOut: true } });
    if (res.count !== 1) throw notFound();
    return { scope: "all" as const, group: null };
  }
  const groupId = t.scope.slice("group:".length);
  const group = await db().group.findUnique({ where: { id: groupId }, select: { id: true, name: true, slug: true } });
  if (!group) throw notFound();
  await db().groupMembership.updateMany({ where: { groupId, userId: t.userId }, data: { announcementsOptOut: true } });
  return { scope: "group" as const, group };
}

/** What an unsubscribe link would do, for its confirmation page. */
export async function describeUnsubscribeToken(token: string) {
  const t = readUnsubscribeToken(token);
  if (!t) return null;
  if (t.scope === "all") return { scope: "all" as const, group: null };
  const group = await db().group.findUnique({ where: { id: t.scope.slice("group:".length) }, select: { id: true, name: true, slug: true } });
  return group ? { scope: "group" as const, group } : null;
}

export async function mailPreferences(actor: Actor | null) {
  if (!actor) throw unauthenticated();
  const [user, follows] = await Promise.all([
    db().user.findUnique({ where: { id: actor.userId }, select: { bulkMailOptOut: true } }),
    db().groupMembership.findMany({
      where: { userId: actor.userId, role: "FOLLOWER" },
      select: { announcementsOptOut: true, group: { select: { id: true, name: true, slug: true } } },
      orderBy: { group: { name: "asc" } },
      take: 500,
    }),
  ]);
  if (!user) throw unauthenticated();
  return { bulkMailOptOut: user.bulkMailOptOut, groups: follows.map((f) => ({ ...f.group, announcements: !f.announcementsOptOut })) };
}

/** Only the caller's own user row and memberships are written. */
export async function savePreferences(actor: Actor | null, input: PreferencesInput) {
  if (!actor) throw unauthenticated();
  await db().$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { bulkMailOptOut: input.bulkMailOptOut } });
    await tx.groupMembership.updateMany({ where: { userId: actor.userId, role: "FOLLOWER", groupId: { in: input.groups } }, data: { announcementsOptOut: false } });
    await tx.groupMembership.updateMany({ where: { userId: actor.userId, role: "FOLLOWER", groupId: { notIn: input.groups } }, data: { announcementsOptOut: true } });
  });
}

export async function setGroupAnnouncements(actor: Actor | null, groupId: string, on: boolean) {
  if (!actor) throw unauthenticated();
  const res = await db().groupMembership.updateMany({ where: { groupId, userId: actor.userId }, data: { announcementsOptOut: !on } });
  if (res.count !== 1) throw notFound();
}

/** The group page's counts: everyone in the group, and its followers. */
export async function groupCounts(groupId: string) {
  const [members, followers] = await Promise.all([db().groupMembership.count({ where: { groupId } }), db().groupMembership.count({ where: { groupId, role: "FOLLOWER" } })]);
  return { members, followers };
}

export async function myMembership(groupId: string, userId: string | undefined) {
  if (!userId) return null;
  return db().groupMembership.findUnique({ where: { groupId_userId: { groupId, userId } }, select: { role: true, announcementsOptOut: true } });
}
