// Gives each db test file its own fresh, migrated database before any app module opens one.
import { afterAll } from "vitest";
import { createTestDatabase } from "./test-database";

const testDb = await createTestDatabase();
process.env.DATABASE_URL = testDb.url;
process.env.NEXTAUTH_URL ??= "http://localhost:3000";

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await testDb.drop();
});
