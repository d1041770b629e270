// The one database client of the process. SQLite (default, a file under data/) or PostgreSQL,
// chosen by DATABASE_URL. Both generated clients come from the same schema, so they share a type.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import Database from "better-sqlite3";
import pg from "pg";
import { PrismaClient as PgClient } from "./generated/postgresql/client";
import { PrismaClient } from "./generated/sqlite/client";
import { type Direct, pgDirect, sqliteDirect } from "./db-direct";
import { providerOf, sqlitePath } from "./db-providers";
import { env } from "./env";
import { changesPublic, markPublicChange, markSharedReadsChange, PUBLIC_MODELS, SHARED_READ_MODELS, WRITES } from "./server/public-changes";

export type Db = PrismaClient;
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
export { Prisma } from "./generated/sqlite/client";

export function createDb(url: string): Db {
  return markingPublicChanges(createPlainDb(url));
}

/**
 * The client with a hook on the models shown on the public pages (and those only): a write to one
 * of them moves the public generation. Writes to registrations, and raw writes, move the
 * generation of the shared reads (lib/server/shared-read.ts) only.
 */
function markingPublicChanges(client: Db): Db {
  type Op = { model?: string; operation: string; args: unknown; query: (args: unknown) => Promise<unknown> };
  const hook = {
    async $allOperations({ model, operation, args, query }: Op) {
      const result = await query(args);
      if (changesPublic(model, operation, args)) markPublicChange();
      else if (model && SHARED_READ_MODELS.has(model) && WRITES.has(operation)) markSharedReadsChange();
      return result;
    },
  };
  const rawWrite = async ({ args, query }: { args: unknown; query: (args: unknown) => Promise<unknown> }) => {
    try {
      return await query(args);
    } finally {
      markSharedReadsChange();
    }
  };
  const query = {
    ...Object.fromEntries([...PUBLIC_MODELS, ...SHARED_READ_MODELS].map((m) => [m[0]!.toLowerCase() + m.slice(1), hook])),
    $executeRaw: rawWrite,
    $executeRawUnsafe: rawWrite,
  };
  const extended = client.$extends({ query: query as never }) as unknown as Db;
  const stats = pools.get(client);
  if (stats) pools.set(extended, stats);
  const plain = directs.get(client);
  if (plain) directs.set(extended, plain);
  return extended;
}

function createPlainDb(url: string): Db {
  if (providerOf(url) === "postgresql") {
    const max = Number(process.env.HAKO_PG_POOL_SIZE ?? 10);
    // The pool is made here (not by the adapter) so that its use can be measured (poolStats).
    const pool = new pg.Pool({ connectionString: url, max });
    const client = new PgClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) }) as unknown as Db;
    pools.set(client, () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }));
    directs.set(client, pgDirect(pool, pg.types));
    return client;
  }
  // better-sqlite3's `timeout` is SQLite's busy timeout: a writer waits for the lock instead of
  // failing with SQLITE_BUSY. WAL mode is set on the file by the migrator.
  const queue = newQueue();
  const client = new PrismaClient({ adapter: serialized(new PrismaBetterSQLite3({ url: sqlitePath(url), timeout: 10_000 }), queue) });
  pools.set(client, () => ({ total: 1, idle: queue.busy ? 0 : 1, waiting: queue.waiting }));
  directs.set(client, sqliteDirect(sqlitePath(url), queue.turn, (file) => new Database(file)));
  return client;
}

export type PoolStats = { total: number; idle: number; waiting: number };
// On globalThis: Next bundles the instrumentation hook (which reads these) apart from the routes
// (which may open the client), each with its own copy of this module.
const sharedPools = globalThis as unknown as { hakoPools?: WeakMap<Db, () => PoolStats> };
const pools = (sharedPools.hakoPools ??= new WeakMap<Db, () => PoolStats>());

const sharedDirects = globalThis as unknown as { hakoDirects?: WeakMap<Db, Direct> };
const directs = (sharedDirects.hakoDirects ??= new WeakMap<Db, Direct>());

/** Plain SQL on the database of a client made by createDb (lib/db-direct.ts): for hot paths only. */
export function direct(client: Db = db()): Direct {
  const d = directs.get(client);
  if (!d) throw new Error("Not a client made by createDb");
  return d;
}

/** Connections of a client made by createDb: open, idle, and queries waiting for one. */
export function poolStats(client: Db): PoolStats | undefined {
  return pools.get(client)?.();
}

type SqliteAdapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

/**
 * The SQLite adapter has one connection. It queues transactions, but a query outside a
 * transaction runs on that connection at once, i.e. inside whatever transaction another request
 * has open: it sees that transaction's uncommitted rows, and its own write is undone if that
 * transaction rolls back (tests/db-isolation.test.ts). Here every query outside a transaction
 * waits for the open transaction to end, as it would on PostgreSQL. So inside a transaction
 * callback always use `tx`, never db(): db() would wait for the transaction it is part of.
 */
type Queue = { waiting: number; busy: boolean; turn: () => Promise<() => void> };

/** One at a time: each turn waits for the one before it to be released. */
function newQueue(): Queue {
  let tail = Promise.resolve();
  const queue: Queue = {
    waiting: 0,
    busy: false,
    async turn() {
      let release!: () => void;
      const previous = tail;
      tail = new Promise<void>((resolve) => (release = resolve));
      queue.waiting++;
      await previous;
      queue.waiting--;
      queue.busy = true;
      return () => {
        queue.busy = false;
        release();
      };
    },
  };
  return queue;
}

function serialized(factory: PrismaBetterSQLite3, queue: Queue): PrismaBetterSQLite3 {
  const turn = queue.turn;
  const alone = async <T>(run: () => Promise<T>) => {
    const release = await turn();
    try {
      return await run();
    } finally {
      release();
    }
  };
  const wrap = (adapter: SqliteAdapter): SqliteAdapter =>
    new Proxy(adapter, {
      get(target, prop) {
        if (prop === "queryRaw") return (q: Parameters<SqliteAdapter["queryRaw"]>[0]) => alone(() => target.queryRaw(q));
        if (prop === "executeRaw") return (q: Parameters<SqliteAdapter["executeRaw"]>[0]) => alone(() => target.executeRaw(q));
        if (prop === "executeScript") return (script: string) => alone(() => target.executeScript(script));
        if (prop === "startTransaction") {
          return async (level?: Parameters<SqliteAdapter["startTransaction"]>[0]) => {
            const release = await turn();
            try {
              const tx = await target.startTransaction(level);
              const end = (finish: () => Promise<void>) => () => finish().finally(release);
              const ends: Record<string | symbol, unknown> = { commit: end(() => tx.commit()), rollback: end(() => tx.rollback()) };
              return new Proxy(tx, { get: (t, p) => (p in ends ? ends[p] : bound(t, p)) });
            } catch (e) {
              release();
              throw e;
            }
          };
        }
        return bound(target, prop);
      },
    });
  return new Proxy(factory, { get: (target, prop) => (prop === "connect" ? async () => wrap(await target.connect()) : bound(target, prop)) });
}

/** A property of `target`, methods bound to it (they use private fields a proxy does not have). */
function bound(target: object, prop: string | symbol): unknown {
  const value: unknown = Reflect.get(target, prop, target);
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
}

const globalForDb = globalThis as unknown as { hakoDb?: Db };

/** Lazily created so that importing a module never opens a database. */
export function db(): Db {
  globalForDb.hakoDb ??= createDb(env().DATABASE_URL);
  return globalForDb.hakoDb;
}

/** Closes the process's client if one was opened (graceful shutdown). */
export async function closeDb(): Promise<void> {
  const client = globalForDb.hakoDb;
  globalForDb.hakoDb = undefined;
  if (client) directs.get(client)?.close();
  await client?.$disconnect();
}

export function dbProvider() {
  return providerOf(env().DATABASE_URL);
}

/**
 * A case-insensitive "contains" filter on both databases. SQLite's LIKE already ignores ASCII
 * case; PostgreSQL compares exactly unless asked (`mode: "insensitive"`, ILIKE), an option the
 * SQLite client's types do not have.
 */
export function containsText(text: string): { contains: string } {
  return dbProvider() === "postgresql" ? ({ contains: text, mode: "insensitive" } as { contains: string }) : { contains: text };
}
