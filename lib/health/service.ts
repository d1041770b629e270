import { db } from "../db";
import { errorFields, log } from "../observability/logger";

/** Readiness: the database answers a trivial query. */
export async function databaseReady(): Promise<boolean> {
  try {
    await db().$queryRawUnsafe("SELECT 1");
    return true;
  } catch (e) {
    log("readyz").error(errorFields(e), "database unreachable");
    return false;
  }
}
