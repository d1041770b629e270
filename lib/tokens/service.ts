// Personal access tokens for the JSON API. Only a SHA-256 of the token is stored; the token is
// shown once, when created. 32 random bytes make a hash lookup as safe as a slow hash here.
import { createHash, randomBytes } from "node:crypto";
import { db } from "../db";
import { AppError } from "../errors";

const PREFIX = "hako_";

function hash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export async function createToken(userId: string, name: string) {
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db().personalAccessToken.create({
    data: { userId, name, tokenHash: hash(token), tokenPrefix: token.slice(0, PREFIX.length + 6) },
  });
  return { id: row.id, name: row.name, token };
}

export async function listTokens(userId: string) {
  return db().personalAccessToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, tokenPrefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export async function revokeToken(userId: string, id: string) {
  // The owner is in the where clause: nobody revokes another person's token by guessing an id.
  const res = await db().personalAccessToken.updateMany({
    where: { id, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (res.count !== 1) throw new AppError("NOT_FOUND");
}

/** The user id a token belongs to, or null when unknown or revoked. */
export async function authenticateToken(token: string): Promise<string | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const row = await db().personalAccessToken.findUnique({ where: { tokenHash: hash(token) } });
  if (!row || row.revokedAt) return null;
  // Record use at most once a minute so a busy script does not turn reads into writes.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().personalAccessToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
