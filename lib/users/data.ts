import { PrismaAdapter } from "@next-auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "../db";

// The adapter is typed against @prisma/client's default client; ours is generated elsewhere
// from the same next-auth models, so the cast is sound.
export function authAdapter(): Adapter {
  return PrismaAdapter(db() as never);
}
