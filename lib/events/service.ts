import type { Actor } from "../auth-types";
import { db, type Tx } from "../db";
import { publicBaseUrl } from "../env";
import { appendFrameLog } from "../frame-log/service";
import { localeOf, mailTranslator } from "../registrations/mail";
import { enqueueMails, MAIL_PRIORITY } from "../mail/service";
import { unsubscribeFooter } from "../mail/bulk";
import { lockFrame, TX_OPTIONS } from "../registrations/service";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import type { EventStatus } from "../generated/sqlite/enums";
import { canManageEvents } from "../groups/policy";
import { roleIn } from "../groups/service";
import { isUniqueViolation } from "../users/service";
import { isInsider } from "../participants/service";
import { announceNewEvent } from "../notifications/service";
import { sharedRead } from "../server/shared-read";
import { notifyChange } from "./change-mail";
import { canCancelEvent, canEditEvent, canPublishEvent, canViewEvent } from "./policy";
import { type EventCreateInput, type EventSearchInput, type EventUpdateInput, resolveUpdateDates } from "./schema";
import { inferPrefecture } from "./prefectures";

const eventInclude = { tags: { orderBy: { tag: "asc" } }, group: true } as const;

export type EventWithRelations = NonNullable<Awaited<ReturnType<typeof findEvent>>>;

function findEvent(id: string) {
  return db().event.findUnique({ where: { id }, include: eventInclude });
}

/** findEvent shared across requests for a moment (lib/server/shared-read.ts): the public event page. */
const sharedEvent = sharedRead("event", findEvent);

/** A picked prefecture, or else the one the venue address names. */
function prefectureFor(picked: number | "" | null | undefined, address: string | null | undefined): number | null {
  return typeof picked === "number" ? picked : inferPrefecture(address);
}

function searchTextOf(e: { title: string; catchphrase: string; description: string; venueName?: string | null; venueAddress?: string | null; hashtag?: string | null }, tags: string[]) {
  return [e.title, e.catchphrase, e.description, e.venueName, e.venueAddress, e.hashtag, ...tags].filter(Boolean).join("\n").toLowerCase();
}

async function setTags(tx: Tx, eventId: string, tags: string[]) {
  await tx.eventTag.deleteMany({ where: { eventId } });
  if (tags.length) await tx.eventTag.createMany({ data: tags.map((tag) => ({ eventId, tag })) });
}

function seriesTaken(e: unknown): never {
  if (isUniqueViolation(e, "seriesNumber")) {
    throw new AppError("SERIES_NUMBER_TAKEN", "This series number is used by another event of the group", { seriesNumber: ["seriesTaken"] });
  }
  throw e;
}

export async function createEvent(actor: Actor | null, input: EventCreateInput) {
  if (!actor) throw unauthenticated();
  const group = await db().group.findUnique({ where: { id: input.groupId } });
  if (!group) throw new AppError("NOT_FOUND", "Unknown group", { groupId: ["unknownGroup"] });
  if (!canManageEvents(await roleIn(group.id, actor.userId))) throw forbidden();
  const { tags, seriesNumber, prefecture, ...fields } = input;
  try {
    const id = await db().$transaction(async (tx) => {
      // Without a number the event takes the next one in its group's series.
      const next =
        seriesNumber === undefined
          ? ((await tx.event.aggregate({ where: { groupId: group.id }, _max: { seriesNumber: true } }))._max.seriesNumber ?? 0) + 1
          : seriesNumber;
      const created = await tx.event.create({
        data: { ...fields, prefecture: prefectureFor(prefecture, fields.venueAddress), seriesNumber: next, createdById: actor.userId, status: "DRAFT", searchText: searchTextOf(fields, tags) },
      });
      await setTags(tx, created.id, tags);
      return created.id;
    });
    return (await findEvent(id))!;
  } catch (e) {
    return seriesTaken(e);
  }
}

/** Loads an event and the caller's role in its group; the group always comes from the event. */
async function loadForOrganizer(actor: Actor | null, eventId: string) {
  if (!actor) throw unauthenticated();
  const event = await findEvent(eventId);
  if (!event) throw notFound();
  const role = await roleIn(event.groupId, actor.userId);
  // Outsiders must not learn that a draft exists.
  if (!canViewEvent(role, event.status)) throw notFound();
  return { event, role };
}

export async function updateEvent(actor: Actor | null, eventId: string, input: EventUpdateInput) {
  const { event, role } = await loadForOrganizer(actor, eventId);
  const { status, tags, seriesNumber, notifyRegistrants, prefecture: picked, ...rest } = input;
  // A new address re-infers the prefecture unless one is picked (an unknown one keeps the old).
  const prefecture =
    picked !== undefined ? prefectureFor(picked, rest.venueAddress !== undefined ? rest.venueAddress : event.venueAddress) : rest.venueAddress !== undefined ? (inferPrefecture(rest.venueAddress) ?? (rest.venueAddress ? event.prefecture : null)) : undefined;
  const fields = { ...rest, ...resolveUpdateDates(rest, event.timezone), prefecture };
  const hasEdits = Object.values(fields).some((v) => v !== undefined) || tags !== undefined || seriesNumber !== undefined;
  if (hasEdits) {
    if (!canManageEvents(role)) throw forbidden();
    if (!canEditEvent(role, event.status)) throw new AppError("INVALID_STATE", "A cancelled event cannot be edited");
    const startsAt = fields.startsAt ?? event.startsAt;
    const endsAt = fields.endsAt ?? event.endsAt;
    if (endsAt <= startsAt) throw new AppError("INVALID_INPUT", "The event must end after it starts", { endsAt: ["endBeforeStart"] });
    const merged = { ...event, ...stripUndefined(fields) };
    const tagList = tags ?? event.tags.map((t) => t.tag);
    try {
      await db().$transaction(async (tx) => {
        // The group is in the where clause: the row updated is the one authorized.
        const res = await tx.event.updateMany({
          where: { id: event.id, groupId: event.groupId, status: { not: "CANCELLED" } },
          data: { ...stripUndefined(fields), ...(seriesNumber !== undefined ? { seriesNumber } : {}), searchText: searchTextOf(merged, tagList) },
        });
        if (res.count !== 1) throw new AppError("INVALID_STATE", "The event changed meanwhile");
        if (tags !== undefined) await setTags(tx, event.id, tags);
        // Told in the transaction of the change: a refused change tells nobody.
        if (notifyRegistrants && event.status === "PUBLISHED") await notifyChange(tx, event, { ...event, ...stripUndefined(fields) });
      });
    } catch (e) {
      if (e instanceof AppError) throw e;
      seriesTaken(e);
    }
  }
  if (status === "published") await publishEvent(actor, eventId);
  if (status === "cancelled") await cancelEvent(actor, eventId);
  if (!hasEdits && !status && !canManageEvents(role)) throw forbidden();
  return (await findEvent(eventId))!;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

async function transition(actor: Actor | null, eventId: string, from: EventStatus[], to: EventStatus, allowed: typeof canPublishEvent) {
  const { event, role } = await loadForOrganizer(actor, eventId);
  if (!canManageEvents(role)) throw forbidden();
  if (!allowed(role, event.status)) throw new AppError("INVALID_STATE", `The event is ${event.status.toLowerCase()}`);
  const now = new Date();
  await db().$transaction(async (tx) => {
    const res = await tx.event.updateMany({
      where: { id: event.id, groupId: event.groupId, status: { in: from } },
      data: { status: to, ...(to === "PUBLISHED" ? { publishedAt: now } : { cancelledAt: now }) },
    });
    if (res.count !== 1) throw new AppError("INVALID_STATE", "The event changed meanwhile");
    if (to === "CANCELLED") await cancelEverything(tx, event.id, now);
    // Followers hear of a new event in the transaction that publishes it (announced exactly once).
    if (to === "PUBLISHED") await announceNewEvent(tx, event.id);
  }, { ...TX_OPTIONS, timeout: 300_000 });
  return (await findEvent(eventId))!;
}

export const publishEvent = (actor: Actor | null, eventId: string) => transition(actor, eventId, ["DRAFT"], "PUBLISHED", canPublishEvent);
export const cancelEvent = (actor: Actor | null, eventId: string) => transition(actor, eventId, ["DRAFT", "PUBLISHED"], "CANCELLED", canCancelEvent);

const ACTIVE = ["APPLIED", "CONFIRMED", "WAITLISTED"];

/**
 * What cancelling an event does, in the transaction that cancels it: every pending lottery is
 * voided (its seed revealed) and every lottery frame's log says the event was cancelled; every
 * active registration is cancelled (its ticket no longer checks in) and its person gets a notice
 * in their language. Nothing is drawn, promoted or reminded afterwards: the draw, the waitlist
 * and the reminders all skip cancelled events.
 */
async function cancelEverything(tx: Tx, eventId: string, now: Date) {
  const event = await tx.event.findUniqueOrThrow({ where: { id: eventId } });
  const frames = await tx.frame.findMany({ where: { eventId }, orderBy: { id: "asc" }, select: { id: true } });
  for (const { id } of frames) {
    const frame = await lockFrame(tx, id);
    if (frame.method !== "LOTTERY") continue;
    const cancelled = await tx.registration.count({ where: { frameId: id, status: { in: ACTIVE } } });
    if (frame.drawState === "PENDING") {
      await tx.frame.update({ where: { id }, data: { drawState: "VOIDED", drawWaitReason: null, drawWaitDetail: null, drawWaitSince: null } });
      await appendFrameLog(tx, id, "voided", "organizer", { reason: "event_cancelled", seed: frame.seed, commitment: frame.commitment }, now);
    }
    await appendFrameLog(tx, id, "event_cancelled", "organizer", { registrationsCancelled: cancelled }, now);
  }
  const regs = await tx.registration.findMany({
    where: { eventId, status: { in: ACTIVE } },
    select: { receiptNumber: true, frame: { select: { name: true } }, user: { select: { id: true, email: true, name: true, locale: true } } },
  });
  await tx.registration.updateMany({ where: { eventId, status: { in: ACTIVE } }, data: { status: "CANCELLED", activeKey: null, waitlistPosition: null, cancelledAt: now } });
  const url = `${publicBaseUrl()}/events/${eventId}`;
  const mails = regs.flatMap(({ user, frame, receiptNumber }) => {
    if (!user.email) return [];
    const locale = localeOf(user);
    const t = mailTranslator(locale);
    const params = { name: user.name ?? user.email, event: event.title, frame: frame.name, receipt: receiptNumber, url };
    const footer = unsubscribeFooter(user.id, "all", locale);
    return [{ to: user.email, kind: "event.cancelled", subject: t("eventCancelled.subject", params), text: t("eventCancelled.body", params) + footer.text, headers: footer.headers, priority: MAIL_PRIORITY.bulk }];
  });
  await enqueueMails(mails, tx);
}

/** An event as the viewer may see it (drafts only for organizers), with what they may do. */
export async function getEventForViewer(eventId: string, viewer: Actor | null, options: { shared?: boolean } = {}) {
  const event = await (options.shared ? sharedEvent(eventId) : findEvent(eventId));
  if (!event) throw notFound();
  const role = await roleIn(event.groupId, viewer?.userId);
  if (!canViewEvent(role, event.status)) throw notFound();
  return {
    event,
    role,
    /** Organizers and seat holders: they get 参加者への情報 and a participant-only online URL. */
    insider: await isInsider(event, viewer, role),
    can: {
      edit: canEditEvent(role, event.status),
      publish: canPublishEvent(role, event.status),
      cancel: canCancelEvent(role, event.status),
    },
  };
}

/** Published events, newest first for past searches, soonest first otherwise. */
export async function searchEvents(q: EventSearchInput, now = new Date()) {
  const where = {
    status: "PUBLISHED" as const,
    ...(q.keyword ? { AND: q.keyword.toLowerCase().split(/\s+/).filter(Boolean).map((w) => ({ searchText: { contains: w } })) } : {}),
    ...(q.tag ? { tags: { some: { tag: q.tag } } } : {}),
    ...(q.group ? { group: { slug: q.group } } : {}),
    ...(q.when === "upcoming" ? { endsAt: { gte: now } } : q.when === "past" ? { endsAt: { lt: now } } : {}),
    ...(q.prefecture ? { prefecture: q.prefecture } : {}),
    ...(q.mode === "online" ? { onlineUrl: { not: null } } : q.mode === "offline" ? { OR: [{ venueName: { not: null } }, { venueAddress: { not: null } }] } : {}),
    ...(q.from || q.to ? { startsAt: { ...(q.from ? { gte: q.from } : {}), ...(q.to ? { lte: q.to } : {}) } } : {}),
  };
  const [total, items] = await Promise.all([
    db().event.count({ where }),
    db().event.findMany({
      where,
      include: eventInclude,
      orderBy: [{ startsAt: q.when === "past" ? "desc" : "asc" }, { id: "asc" }],
      skip: (q.page - 1) * q.perPage,
      take: q.perPage,
    }),
  ]);
  return { total, page: q.page, perPage: q.perPage, items };
}

/** The tags in use by published events, most used first, for the search page. */
export async function popularTags(limit = 20) {
  const rows = await db().eventTag.groupBy({
    by: ["tag"],
    where: { event: { status: "PUBLISHED" } },
    _count: { tag: true },
    orderBy: { _count: { tag: "desc" } },
    take: limit,
  });
  return rows.map((r) => ({ tag: r.tag, count: r._count.tag }));
}
