// Materials (資料): slides on talks (links and uploaded PDFs), videos, and attendees' reports.
//
// Who may add what: a talk's confirmed speakers and the event's organizers attach slides and
// videos to a talk; people registered for the event (confirmed or checked in), its speakers and
// organizers post reports. Organizers hide spam. Links are http(s) only.
import type { Actor } from "../auth-types";
import { db } from "../db";
import { publicBaseUrl } from "../env";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { enqueueMail, MAIL_PRIORITY } from "../mail/service";
import { unsubscribeFooter } from "../mail/bulk";
import { localeOf, mailTranslator } from "../registrations/mail";
import { uploads, type Stored } from "../storage/service";
import { talkRole } from "../talks/service";
import { canDecide } from "../talks/policy";
import { hostOf, type LinkInput } from "./schema";

async function talkForAttaching(actor: Actor | null, proposalId: string) {
  if (!actor) throw unauthenticated();
  const p = await db().proposal.findUnique({ where: { id: proposalId }, include: { speakers: true, event: true } });
  if (!p) throw notFound();
  const speaker = p.speakers.some((s) => s.userId === actor.userId && s.acceptedAt);
  const organizer = canDecide(await talkRole(p.eventId, p.event.groupId, actor.userId));
  // A talk's slides belong to its speakers; everyone else does not even learn about a private proposal.
  if (!speaker && !organizer) throw p.status === "CONFIRMED" ? forbidden() : notFound();
  if (p.status !== "CONFIRMED") throw new AppError("INVALID_STATE", "Only confirmed talks take slides");
  return p;
}

export async function addTalkLink(actor: Actor | null, proposalId: string, input: LinkInput) {
  const p = await talkForAttaching(actor, proposalId);
  return db().material.create({ data: { eventId: p.eventId, proposalId: p.id, kind: input.kind === "REPORT" ? "OTHER" : input.kind, title: input.title, url: input.url, authorId: actor!.userId } });
}

/** Checks the caller may attach to the talk; run before the upload body is read. */
export async function assertCanAttach(actor: Actor | null, proposalId: string) {
  await talkForAttaching(actor, proposalId);
}

export async function addTalkUpload(actor: Actor | null, proposalId: string, title: string | undefined, file: Stored & { fileName: string }) {
  try {
    const p = await talkForAttaching(actor, proposalId);
    return await db().material.create({
      data: {
        eventId: p.eventId,
        proposalId: p.id,
        kind: "SLIDES",
        title: title || p.title,
        fileKey: file.key,
        fileName: file.fileName,
        fileSize: file.size,
        contentType: "application/pdf",
        authorId: actor!.userId,
      },
    });
  } catch (e) {
    await removeQuietly(file.key);
    throw e;
  }
}

async function materialForChange(actor: Actor | null, id: string) {
  if (!actor) throw unauthenticated();
  const m = await db().material.findUnique({ where: { id }, include: { event: true, proposal: { include: { speakers: true } } } });
  if (!m) throw notFound();
  const organizer = canDecide(await talkRole(m.eventId, m.event.groupId, actor.userId));
  const speaker = m.proposal?.speakers.some((s) => s.userId === actor.userId && s.acceptedAt) ?? false;
  return { m, organizer, owner: organizer || speaker || m.authorId === actor.userId };
}

/** The uploaded material the actor may replace; run before the upload body is read. */
export async function assertCanReplace(actor: Actor | null, id: string) {
  const { m, owner } = await materialForChange(actor, id);
  if (!owner) throw forbidden();
  if (!m.fileKey) throw new AppError("INVALID_STATE", "Only uploaded files are replaced");
  return m;
}

/**
 * Replaces an uploaded PDF with a new one, keeping the material's place and title. The new file
 * is already stored under its own key; the row switches to it (only if it still points at the
 * file this call replaces), and only then is the old file removed. A failed removal leaves an
 * orphan file behind, never a material without its file.
 */
export async function replaceUpload(actor: Actor | null, id: string, file: Stored & { fileName: string }) {
  let old: string;
  try {
    old = (await assertCanReplace(actor, id)).fileKey!;
    const res = await db().material.updateMany({ where: { id, fileKey: old }, data: { fileKey: file.key, fileName: file.fileName, fileSize: file.size } });
    if (res.count !== 1) throw new AppError("CONFLICT", "The file was replaced meanwhile");
  } catch (e) {
    await removeQuietly(file.key);
    throw e;
  }
  await removeQuietly(old);
  return db().material.findUniqueOrThrow({ where: { id } });
}

async function removeQuietly(key: string) {
  try {
    await uploads().remove(key);
  } catch (e) {
    console.error("[materials] could not remove a stored file; it stays as an orphan", { key, error: e instanceof Error ? e.message : String(e) });
  }
}

export async function removeMaterial(actor: Actor | null, id: string) {
  const { m, owner } = await materialForChange(actor, id);
  if (!owner) throw forbidden();
  await db().material.delete({ where: { id } });
  if (m.fileKey) await removeQuietly(m.fileKey);
}

export async function setHidden(actor: Actor | null, id: string, hidden: boolean) {
  const { organizer } = await materialForChange(actor, id);
  if (!organizer) throw forbidden();
  return db().material.update({ where: { id }, data: { hidden } });
}

/** Reports (参加レポート) by people registered for the event, its speakers and organizers. */
export async function addReport(actor: Actor | null, eventId: string, input: { title: string; url: string }) {
  if (!actor) throw unauthenticated();
  const event = await db().event.findUnique({ where: { id: eventId } });
  if (!event || event.status === "DRAFT") throw notFound();
  const registered = await db().registration.count({ where: { eventId, userId: actor.userId, status: { in: ["CONFIRMED", "ATTENDED"] } } });
  const speaker = await db().proposalSpeaker.count({ where: { userId: actor.userId, acceptedAt: { not: null }, proposal: { eventId, status: "CONFIRMED" } } });
  const organizer = canDecide(await talkRole(eventId, event.groupId, actor.userId));
  if (!registered && !speaker && !organizer) throw new AppError("NOT_REGISTERED", "Only registered people post reports");
  return db().material.create({ data: { eventId, kind: "REPORT", title: input.title, url: input.url, authorId: actor.userId } });
}

const authorSelect = { select: { id: true, name: true, handle: true } } as const;

/** For downloads: the file of a visible material. */
export async function materialFile(actor: Actor | null, id: string) {
  const m = await db().material.findUnique({ where: { id }, include: { event: true } });
  if (!m || !m.fileKey) throw notFound();
  if (m.hidden || m.event.status === "DRAFT") {
    const role = await talkRole(m.eventId, m.event.groupId, actor?.userId);
    if (!canDecide(role)) throw notFound();
  }
  return m;
}

export type MaterialRow = Awaited<ReturnType<typeof materialsOfEventRaw>>[number];

function materialsOfEventRaw(eventId: string, includeHidden: boolean) {
  return db().material.findMany({ where: { eventId, ...(includeHidden ? {} : { hidden: false }) }, include: { author: authorSelect }, orderBy: { createdAt: "asc" } });
}

/** The materials page (資料一覧): every confirmed talk with its slides, then videos and reports. */
export async function materialsPage(actor: Actor | null, eventId: string) {
  const event = await db().event.findUnique({ where: { id: eventId }, include: { group: true } });
  if (!event) throw notFound();
  const organizer = canDecide(await talkRole(eventId, event.groupId, actor?.userId));
  if (event.status === "DRAFT" && !organizer) throw notFound();
  const [talks, materials] = await Promise.all([
    db().proposal.findMany({
      where: { eventId, status: "CONFIRMED" },
      include: { speakers: { where: { acceptedAt: { not: null } }, include: { user: { select: { id: true, name: true, handle: true } } } }, slot: true },
      orderBy: { createdAt: "asc" },
    }),
    materialsOfEventRaw(eventId, organizer),
  ]);
  talks.sort((a, b) => (a.slot?.startsAt.getTime() ?? Infinity) - (b.slot?.startsAt.getTime() ?? Infinity));
  return {
    event,
    organizer,
    talks: talks.map((t) => ({ talk: t, materials: materials.filter((m) => m.proposalId === t.id) })),
    eventMaterials: materials.filter((m) => !m.proposalId && m.kind !== "REPORT"),
    reports: materials.filter((m) => !m.proposalId && m.kind === "REPORT"),
    talksWithoutSlides: talks.filter((t) => !materials.some((m) => m.proposalId === t.id && m.kind === "SLIDES")).map((t) => t.id),
  };
}

/** Reports from every event of a group, newest first. */
export async function groupReports(slug: string, limit = 50) {
  const group = await db().group.findUnique({ where: { slug } });
  if (!group) throw notFound();
  const reports = await db().material.findMany({
    where: { kind: "REPORT", hidden: false, event: { groupId: group.id, status: { not: "DRAFT" } } },
    include: { author: authorSelect, event: { select: { id: true, title: true, timezone: true } } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  return { group, reports };
}

/** Newest visible materials of an event or a group, for the Atom feeds. */
export async function feedMaterials(scope: { eventId: string } | { groupSlug: string }, limit = 50) {
  const where = "eventId" in scope ? { eventId: scope.eventId } : { event: { group: { slug: scope.groupSlug } } };
  return db().material.findMany({
    where: { ...where, hidden: false, event: { ...("eventId" in scope ? {} : { group: { slug: scope.groupSlug } }), status: { not: "DRAFT" as const } } },
    include: { author: authorSelect, event: { select: { id: true, title: true, groupId: true } }, proposal: { select: { id: true, title: true } } },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
}

export function materialJson(m: { id: string; eventId: string; proposalId: string | null; kind: string; title: string; url: string | null; fileKey: string | null; fileName: string | null; authorId: string; createdAt: Date; hidden?: boolean }) {
  const fileUrl = m.fileKey ? `${publicBaseUrl()}/materials/${m.id}/file` : null;
  const url = m.url ?? fileUrl!;
  return {
    id: m.id,
    eventId: m.eventId,
    talkId: m.proposalId,
    kind: m.kind.toLowerCase() as "slides" | "video" | "report" | "other",
    title: m.title,
    url,
    fileUrl,
    fileName: m.fileName,
    host: hostOf(url),
    authorId: m.authorId,
    createdAt: m.createdAt.toISOString(),
    ...(m.hidden ? { hidden: true } : {}),
  };
}

/**
 * After an event ends, speakers of confirmed talks without slides get one reminder (claimed per
 * talk with slidesRemindedAt, so any number of job runs send it once).
 */
export async function sendSlidesReminders(now = new Date()) {
  const since = new Date(now.getTime() - 14 * 86_400_000);
  const talks = await db().proposal.findMany({
    where: { status: "CONFIRMED", slidesRemindedAt: null, event: { endsAt: { lte: now, gte: since }, status: "PUBLISHED" }, materials: { none: { kind: "SLIDES" } } },
    include: { event: true, speakers: { where: { acceptedAt: { not: null } }, include: { user: true } } },
  });
  let mails = 0;
  for (const t of talks) {
    const claim = await db().proposal.updateMany({ where: { id: t.id, slidesRemindedAt: null }, data: { slidesRemindedAt: now } });
    if (claim.count !== 1) continue;
    for (const s of t.speakers) {
      // A reminder is bulk mail a person may turn off (settings, or any bulk mail's link).
      if (!s.user.email || s.user.bulkMailOptOut) continue;
      const tr = mailTranslator(localeOf(s.user));
      const footer = unsubscribeFooter(s.user.id, "all", localeOf(s.user));
      const params = { name: s.user.name ?? s.user.email, title: t.title, event: t.event.title, url: `${publicBaseUrl()}/talks/${t.id}` };
      await enqueueMail({ to: s.user.email, kind: "materials.reminder", subject: tr("slides.subject", params), text: tr("slides.body", params) + footer.text, headers: footer.headers, priority: MAIL_PRIORITY.bulk });
      mails++;
    }
  }
  return { talks: talks.length, mails };
}
