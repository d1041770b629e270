// Metrics read from the database at scrape time: the outbox's depth and age, the pool's use.
import { db, poolStats } from "../db";
import { addCollector, metrics } from "./metrics";

export function registerDatabaseCollectors() {
  addCollector("outbox", async () => {
    const m = metrics();
    const [depth, oldest] = await Promise.all([
      db().outboxMail.count({ where: { status: "PENDING" } }),
      db().outboxMail.findFirst({ where: { status: "PENDING" }, orderBy: { createdAt: "asc" }, select: { createdAt: true } }),
    ]);
    m.outboxDepth.set(depth);
    m.outboxOldestAge.set(oldest ? Math.max(0, (Date.now() - oldest.createdAt.getTime()) / 1000) : 0);
  });
  addCollector("db-pool", () => {
    const stats = poolStats(db());
    if (!stats) return;
    const m = metrics();
    m.dbPool.set({ state: "total" }, stats.total);
    m.dbPool.set({ state: "idle" }, stats.idle);
    m.dbPool.set({ state: "in_use" }, stats.total - stats.idle);
    m.dbPoolWaiting.set(stats.waiting);
  });
}
