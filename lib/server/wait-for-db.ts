// At start a PostgreSQL server may not answer yet (its container is still starting): wait for
// it, a bounded time, then fail with a message that says which server and why.
import { providerOf } from "../db-providers";

export class DatabaseUnreachable extends Error {}

/** Where a URL points, without its password. */
export function describeDatabase(url: string): string {
  if (providerOf(url) === "sqlite") return url;
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "(unparsable DATABASE_URL)";
  }
}

export async function waitForDatabase(url: string, seconds: number, onWait?: (error: string) => void): Promise<void> {
  if (providerOf(url) === "sqlite") return;
  const { Client } = await import("pg");
  const deadline = Date.now() + seconds * 1000;
  let delay = 250;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (e) {
      const reason = e instanceof Error ? e.message || e.name : String(e);
      const wait = Math.min(delay, deadline - Date.now());
      if (wait <= 0) {
        throw new DatabaseUnreachable(`DATABASE_URL: the database at ${describeDatabase(url)} did not answer within ${seconds} s (HAKO_DB_WAIT_SECONDS): ${reason}`);
      }
      onWait?.(reason);
      await new Promise((r) => setTimeout(r, wait));
      delay = Math.min(delay * 2, 2000);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}
