import type { Actor } from "../auth-types";
import { db, direct } from "../db";
import { AppError, forbidden, notFound, unauthenticated } from "../errors";
import { findUserByHandleOrEmail, isUniqueViolation } from "../users/service";
import { canEditGroup, canManageOrganizers, isOrganizer, type Role } from "./policy";
import type { GroupInput, GroupUpdateInput } from "./schema";

/** Asked by nearly every signed-in request: plain SQL, not a Prisma query (lib/db-direct.ts). */
export async function roleIn(groupId: string, userId: string | undefined): Promise<Role> {
  if (!userId) return null;
  const m = await direct().get<{ role: NonNullable<Role> }>(`SELECT "role" FROM "GroupMembership" WHERE "groupId" = $1 AND "userId" = $2`, [groupId, userId]);
  return m?.role ?? null;
}

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw unauthenticated();
  return actor;
}

export async function createGroup(actor: Actor | null, input: GroupInput) {
  const { userId } = requireActor(actor);
  try {
    return await db().group.create({
      data: { ...input, memberships: { create: { userId, role: "OWNER" } } },
    });
  } catch (e) {
    if (isUniqueViolation(e, "slug")) throw new AppError("SLUG_TAKEN", "This URL name is taken", { slug: ["slugTaken"] });
    throw e;
  }
}

async function loadGroupFor(actor: Actor | null, groupId: string, allowed: (r: Role) => boolean) {
  const { userId } = requireActor(actor);
  const group = await db().group.findUnique({ where: { id: groupId } });
  if (!group) throw notFound();
  const role = await roleIn(group.id, userId);
  if (!allowed(role)) throw forbidden();
  return { group, userId, role };
}

export async function updateGroup(actor: Actor | null, groupId: string, input: GroupUpdateInput) {
  await loadGroupFor(actor, groupId, canEditGroup);
  return db().group.update({ where: { id: groupId }, data: input });
}

export async function addOrganizer(actor: Actor | null, groupId: string, query: string) {
  await loadGroupFor(actor, groupId, canManageOrganizers);
  const user = await findUserByHandleOrEmail(query);
  if (!user) throw new AppError("USER_NOT_FOUND", "No user with this handle or email", { query: ["userNotFound"] });
  const current = await roleIn(groupId, user.id);
  if (isOrganizer(current)) throw new AppError("ALREADY_ORGANIZER", "Already an organizer", { query: ["alreadyOrganizer"] });
  await db().groupMembership.upsert({
    where: { groupId_userId: { groupId, userId: user.id } },
    create: { groupId, userId: user.id, role: "ORGANIZER" },
    update: { role: "ORGANIZER" },
  });
  return user;
}

export async function removeOrganizer(actor: Actor | null, groupId: string, userId: string) {
  await loadGroupFor(actor, groupId, canManageOrganizers);
  // Only co-organizers are removed here; owners stay, so a group always keeps one.
  const res = await db().groupMembership.deleteMany({ where: { groupId, userId, role: "ORGANIZER" } });
  if (res.count !== 1) throw new AppError("LAST_OWNER", "Owners cannot be removed");
}

export async function followGroup(actor: Actor | null, groupId: string, follow: boolean) {
  const { userId } = requireActor(actor);
  if (!(await db().group.count({ where: { id: groupId } }))) throw notFound();
  if (follow) {
    // Organizers already belong; following never demotes them.
    await db().groupMembership.upsert({
      where: { groupId_userId: { groupId, userId } },
      create: { groupId, userId, role: "FOLLOWER" },
      update: {},
    });
  } else {
    await db().groupMembership.deleteMany({ where: { groupId, userId, role: "FOLLOWER" } });
  }
}

const organizerSelect = { id: true, name: true, handle: true, image: true } as const;

export async function getGroupPage(slug: string, viewer: Actor | null, now = new Date()) {
  const group = await db().group.findUnique({ where: { slug } });
  if (!group) throw notFound();
  const role = await roleIn(group.id, viewer?.userId);
  const statuses = isOrganizer(role) ? (["DRAFT", "PUBLISHED", "CANCELLED"] as const) : (["PUBLISHED", "CANCELLED"] as const);
  const [organizers, followerCount, upcoming, past] = await Promise.all([
    db().groupMembership.findMany({
      where: { groupId: group.id, role: { in: ["OWNER", "ORGANIZER"] } },
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { role: true, user: { select: organizerSelect } },
    }),
    db().groupMembership.count({ where: { groupId: group.id, role: "FOLLOWER" } }),
    db().event.findMany({
      where: { groupId: group.id, status: { in: [...statuses] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      include: { tags: true },
    }),
    db().event.findMany({
      where: { groupId: group.id, status: { in: [...statuses] }, endsAt: { lt: now } },
      orderBy: { startsAt: "desc" },
      take: 50,
      include: { tags: true },
    }),
  ]);
  return { group, role, organizers, followerCount, upcoming, past };
}

export async function listGroups() {
  return db().group.findMany({
    orderBy: { name: "asc" },
    include: { _count: { select: { events: { where: { status: "PUBLISHED" } }, memberships: true } } },
  });
}

export async function getGroupById(id: string) {
  return db().group.findUnique({ where: { id } });
}

/** Groups the user organizes, for the "new event" group picker. */
export async function organizedGroups(userId: string) {
  return db().group.findMany({
    where: { memberships: { some: { userId, role: { in: ["OWNER", "ORGANIZER"] } } } },
    orderBy: { name: "asc" },
  });
}
