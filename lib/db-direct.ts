// Plain SQL beside the Prisma client, for the few hot paths where Prisma's own work per query
// (compiling it in WebAssembly, building and mapping its result) is most of a request's CPU: an
// application to a lottery frame in a signup rush (lib/registrations/service.ts, applyToPendingLottery)
// and the check that a session's person still exists (docs/benchmarks.md, "The application path").
//
// Same database, same transactions. On PostgreSQL it uses connections of the client's own pool.
// On SQLite it has a second connection to the same file, used only inside a turn of the queue
// that the Prisma client's one connection takes for every query and transaction (lib/db.ts): the
// two connections of this process never wait for each other's write lock.
//
// SQL is written once, with $1..$n parameters (SQLite reads them as ?1..?n). Dates go in as UTC in
// the format the Prisma adapters write (SQLite: ISO 8601 text with +00:00; PostgreSQL: a
// `timestamp(3)` in UTC), booleans as SQLite's 1/0. Dates are not read back through here.
import type Database from "better-sqlite3";
import type pg from "pg";

export type SqlValue = string | number | boolean | null | Date;

export interface DirectTx {
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, args?: SqlValue[]): Promise<number>;
  /** The first row of a query (or of a statement with RETURNING). */
  get<T>(sql: string, args?: SqlValue[]): Promise<T | undefined>;
}

export interface Direct extends Pick<DirectTx, "get"> {
  readonly provider: "sqlite" | "postgresql";
  /** Runs `fn` in one transaction (a write transaction from its start on SQLite). */
  transaction<T>(fn: (tx: DirectTx) => Promise<T>): Promise<T>;
  close(): void;
}

const sqliteValue = (v: SqlValue) => (v instanceof Date ? v.toISOString().replace("Z", "+00:00") : typeof v === "boolean" ? (v ? 1 : 0) : v);
const pgValue = (v: SqlValue) => (v instanceof Date ? v.toISOString().slice(0, -1) : v);
const sqliteSql = (sql: string) => sql.replace(/\$(\d+)/g, "?$1");
/** better-sqlite3 binds ?1..?n by name ("1".."n"). */
const sqliteArgs = (args: SqlValue[]) => (args.length ? [Object.fromEntries(args.map((v, i) => [i + 1, sqliteValue(v)]))] : []);

/** A turn of the SQLite client's queue: nothing else of this process uses the database until release. */
export type Turn = () => Promise<() => void>;

export function sqliteDirect(file: string, turn: Turn, open: (file: string) => Database.Database): Direct {
  let conn: Database.Database | undefined;
  const connection = () => {
    if (!conn) {
      conn = open(file);
      conn.pragma("busy_timeout = 10000");
      // As the Prisma connection (lib/jobs/scheduler.ts): every commit survives a process crash.
      conn.pragma("synchronous = NORMAL");
    }
    return conn;
  };
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = connection().prepare(sqliteSql(sql));
      if (statements.size < 100) statements.set(sql, s);
    }
    return s;
  };
  const tx: DirectTx = {
    async run(sql, args = []) {
      const s = prepared(sql);
      return s.reader ? (s.all(...sqliteArgs(args)), 0) : s.run(...sqliteArgs(args)).changes;
    },
    async get<T>(sql: string, args: SqlValue[] = []) {
      return prepared(sql).get(...sqliteArgs(args)) as T | undefined;
    },
  };
  return {
    provider: "sqlite",
    get: tx.get,
    async transaction(fn) {
      const release = await turn();
      try {
        connection().exec("BEGIN IMMEDIATE");
        try {
          const result = await fn(tx);
          connection().exec("COMMIT");
          return result;
        } catch (e) {
          if (connection().inTransaction) connection().exec("ROLLBACK");
          throw e;
        }
      } finally {
        release();
      }
    },
    close() {
      statements.clear();
      conn?.close();
      conn = undefined;
    },
  };
}

export function pgDirect(pool: pg.Pool, pgTypes: typeof pg.types): Direct {
  // timestamp(3) columns hold UTC without a zone (as Prisma writes them); pg would read them as local time.
  const types = {
    getTypeParser: ((oid: number, format?: "text" | "binary") =>
      oid === 1114 ? (s: string) => new Date(`${s.replace(" ", "T")}Z`) : pgTypes.getTypeParser(oid, format)) as typeof pgTypes.getTypeParser,
  };
  const on = (client: pg.Pool | pg.PoolClient): DirectTx => ({
    async run(sql, args = []) {
      return (await client.query({ text: sql, values: args.map(pgValue), types })).rowCount ?? 0;
    },
    async get<T>(sql: string, args: SqlValue[] = []) {
      return (await client.query({ text: sql, values: args.map(pgValue), types })).rows[0] as T | undefined;
    },
  });
  return {
    provider: "postgresql",
    get: on(pool).get,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        try {
          const result = await fn(on(client));
          await client.query("COMMIT");
          return result;
        } catch (e) {
          await client.query("ROLLBACK");
          throw e;
        }
      } finally {
        client.release();
      }
    },
    close() {},
  };
}

/** A unique index refused the row: its column list (both databases name it in the error). */
export function uniqueViolationOn(e: unknown, column: string): boolean {
  const err = e as { code?: string; message?: string; constraint?: string };
  if (err?.code === "23505") return (err.constraint ?? "").includes(column);
  return typeof err?.code === "string" && err.code.startsWith("SQLITE_CONSTRAINT") && (err.message ?? "").includes(`.${column}`);
}

/** PostgreSQL gave up on the transaction (a deadlock or a serialization failure): try another way. */
export const isTransient = (e: unknown) => ["40P01", "40001"].includes((e as { code?: string })?.code ?? "");
