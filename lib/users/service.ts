import { db, direct } from "../db";
import { AppError } from "../errors";
import { type ProfileInput, HANDLE_RE } from "./schema";

export type PublicUser = { id: string; name: string; handle: string; image: string | null };

/** Without leading and trailing dashes; a loop, since /-+$/ backtracks quadratically on a long run of dashes. */
function trimDashes(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s[start] === "-") start++;
  while (end > start && s[end - 1] === "-") end--;
  return s.slice(start, end);
}

function handleBase(email: string): string {
  const local = trimDashes(email.slice(0, 254).split("@")[0]!.toLowerCase().replace(/[^a-z0-9-]+/g, "-"));
  const base = local.slice(0, 30) || "user";
  return HANDLE_RE.test(base) ? base : "user";
}

/** Finds or creates the user with this email, making sure they have a display name and a handle. */
export async function upsertUserByEmail(email: string) {
  const normalized = email.trim().toLowerCase();
  const existing = await db().user.findUnique({ where: { email: normalized } });
  if (existing?.handle && existing.name) return existing;
  const base = handleBase(normalized);
  for (let attempt = 0; attempt < 20; attempt++) {
    const handle = attempt === 0 ? base : `${base}-${Math.random().toString(36).slice(2, 6)}`;
    try {
      return await db().user.upsert({
        where: { email: normalized },
        create: { email: normalized, name: base, handle },
        update: { handle: existing?.handle ?? handle, name: existing?.name ?? base },
      });
    } catch (e) {
      if (isUniqueViolation(e, "handle")) continue;
      if (isUniqueViolation(e, "email")) return db().user.findUniqueOrThrow({ where: { email: normalized } });
      throw e;
    }
  }
  throw new Error("could not find a free handle");
}

export function isUniqueViolation(e: unknown, field?: string): boolean {
  if (typeof e !== "object" || e === null || (e as { code?: string }).code !== "P2002") return false;
  if (!field) return true;
  const target = (e as { meta?: { target?: unknown } }).meta?.target;
  const text = JSON.stringify(target ?? (e as Error).message ?? "");
  return text.includes(field) || !target;
}

/** Asked for every new session token (lib/auth.ts): plain SQL, not a Prisma query (lib/db-direct.ts). */
export async function userExists(id: string): Promise<boolean> {
  return Boolean(await direct().get(`SELECT 1 AS ok FROM "User" WHERE "id" = $1`, [id]));
}

export async function getProfile(userId: string) {
  const user = await db().user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("NOT_FOUND");
  return user;
}

export async function updateProfile(userId: string, input: ProfileInput) {
  try {
    return await db().user.update({ where: { id: userId }, data: input });
  } catch (e) {
    if (isUniqueViolation(e, "handle")) throw new AppError("HANDLE_TAKEN", "This handle is taken", { handle: ["handleTaken"] });
    throw e;
  }
}

/** Finds a user by handle (with or without @) or by email, for adding co-organizers. */
export async function findUserByHandleOrEmail(query: string) {
  const q = query.trim().toLowerCase().replace(/^@/, "");
  if (!q) return null;
  return db().user.findFirst({ where: q.includes("@") ? { email: q } : { handle: q } });
}

export async function getPublicUserByHandle(handle: string) {
  return db().user.findUnique({
    where: { handle: handle.toLowerCase() },
    select: { id: true, name: true, handle: true, image: true, bio: true, githubUrl: true, xUrl: true },
  });
}
