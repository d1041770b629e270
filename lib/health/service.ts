import { db } from "../db";

/** Readiness: the database answers a trivial query. */
export async function databaseReady(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (e) {
    console.error("[readyz] database unreachable", e);
    return false;
  }
}
