// The database connection: our own small async API (Db) over Kysely, so that one set of named
// queries runs on SQLite (the embedded default) and on PostgreSQL (issue 16, INSYN_DATABASE_URL).
//
// Design (README "Beslut", /work/PG.md):
// - SQLite keeps ONE connection. Kysely's driver hands it out under a mutex, so a transaction that
//   awaits cannot interleave with another request's queries, as with better-sqlite3's synchronous
//   transactions before.
// - Transactions are BEGIN IMMEDIATE (a small driver below replaces Kysely's plain BEGIN): reads
//   inside them see the latest rows and the writer is chosen at the start, not at the first write.
// - The driver keeps prepared statements per connection: preparing costs tens of microseconds,
//   which on a hot path (the overview, every request's session check) added up to 5 % of a page.
// - Inside inTransaction's callback the transaction is passed in as `db`, shadowing the outer name.
//   Using the outer connection there anyway would wait for the mutex the transaction holds – a
//   deadlock. A watchdog turns it into a clear error instead: when queries wait for the connection
//   while the transaction holding it has run no query for `deadlock.afterMs`, the waiters are
//   refused, the callback fails and the transaction rolls back. (Tracking the async context with
//   AsyncLocalStorage would say it at once, but on Node 20 it makes every promise about four times
//   slower – measured – and the server is made of promises.)
// - PostgreSQL (README "Beslut"): Kysely's PostgresDialect on a pg Pool. A write transaction is READ
//   COMMITTED with `SELECT pg_advisory_xact_lock(<organisation key>)` as its first statement – the
//   equivalent of BEGIN IMMEDIATE: the organisation's writers take turns, so the log chain and the
//   yearly reference series stay gap-free under concurrent writers on several servers. A read
//   transaction is REPEATABLE READ READ ONLY (one snapshot, as SQLite's deferred BEGIN). The same
//   watchdog refuses queries on the outer Db that wait while a transaction of this process has
//   stopped making progress (on PostgreSQL they would wait for its row or advisory locks, or for a
//   pooled connection, forever); a refused query already sent is cancelled, so it never runs.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type Transaction,
  type TransactionSettings,
} from 'kysely';
import { insynPgTypes } from './pgTypes.ts';
import { migratePg } from './pgMigrate.ts';
import { writeLockKey } from './chores.ts';
import { migrate } from './migrate.ts';
import { hasUnstorable } from '../text/storable.ts';

/** Positional parameters for `?`, or an object for `@name` (as better-sqlite3 takes them). */
export type Params = readonly unknown[] | object;

export interface RunResult {
  changes: number;
  /** SQLite's rowid of the last insert. Prefer `INSERT … RETURNING id` in new code: PostgreSQL has no rowid. */
  lastInsertRowid: number;
}

export type Dialect_ = 'sqlite' | 'postgres';

/** The database as the named queries see it: the connection, or an open transaction on it. */
export interface Db {
  readonly dialect: Dialect_;
  /** True for the Db an inTransaction callback receives. */
  readonly inTransaction: boolean;
  /** The same object for a connection and every transaction on it: key caches with it. */
  readonly cacheKey: object;
  /**
   * The registered organisation this Db belongs to (its id in public.organisation, `insyn org add`), or null for the
   * database's own schema (SQLite, or PostgreSQL with one organisation): its write and chore lock keys (src/db/chores.ts).
   */
  readonly organisationId: number | null;
  /** Kysely itself (the transaction inside inTransaction), for a query that must differ by dialect. */
  readonly kysely: Kysely<any>;
  all<T = unknown>(sql: string, params?: Params): Promise<T[]>;
  get<T = unknown>(sql: string, params?: Params): Promise<T | undefined>;
  /** The first column of the first row (better-sqlite3's `.pluck().get()`). */
  value<T = unknown>(sql: string, params?: Params): Promise<T | undefined>;
  /** The first column of every row (`.pluck().all()`). */
  column<T = unknown>(sql: string, params?: Params): Promise<T[]>;
  run(sql: string, params?: Params): Promise<RunResult>;
  /** Several statements without parameters (migrations, tests' fixtures). */
  exec(sql: string): Promise<void>;
  /** Rows one by one. The connection is busy until the loop ends: no other query on it inside the loop. */
  iterate<T = unknown>(sql: string, params?: Params): AsyncIterable<T>;
  /** Closes the connection (the WAL is checkpointed). Not on a transaction. */
  close(): Promise<void>;
  /** False once close() has been called. */
  readonly open: boolean;
}

// ---------------------------------------------------------------------------------------------
// The SQLite driver: Kysely's, with BEGIN IMMEDIATE, cached statements and `@name` parameters.

/** A FIFO lock: one holder at a time, the waiters in arrival order. */
class Mutex {
  #locked = false;
  #waiters: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  /** Nothing when the lock was free (taken now); otherwise a promise that resolves when it is this caller's. */
  lock(): Promise<void> | void {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    return new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
  }
  /** Takes the lock if it is free; never waits. */
  tryLock(): boolean {
    if (this.#locked) return false;
    this.#locked = true;
    return true;
  }
  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next.resolve();
    else this.#locked = false;
  }
  get waiting(): number {
    return this.#waiters.length;
  }
  /** Refuses every waiter (the holder keeps the lock). */
  refuseWaiters(e: Error): void {
    for (const w of this.#waiters.splice(0)) w.reject(e);
  }
}

/** When a transaction that runs no query while others wait counts as a deadlock; an object so a test can shorten it. */
export const deadlock = { afterMs: 10_000 };

export const DEADLOCK_MESSAGE =
  'Databasen väntar på sig själv: en transaktion har inte kört någon fråga på länge medan andra frågor väntar. Inuti inTransaction(db, async (db) => …) måste frågorna gå till transaktionens db, inte den yttre, och bara databasanrop får väntas in.';

/** How many distinct statements a connection keeps prepared (the named queries have a few hundred). */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Our parameters travel to the driver as Kysely's array: the positional values, or one object of
 * named ones. The array also says how the statement is to be stepped: `get` stops at the first row
 * (a query without LIMIT must not be read to its end), `value` and `column` give the first column
 * (a plucking statement on SQLite), `run` returns changes, `script` runs several statements
 * (better-sqlite3's exec).
 */
const MODE = Symbol('mode');
type Mode = 'all' | 'get' | 'value' | 'column' | 'run' | 'script';
type Carried = unknown[] & { [MODE]?: Mode };

/**
 * Refuses a text parameter holding U+0000 or a lone surrogate, on SQLite as on PostgreSQL: PostgreSQL cannot
 * store U+0000, and neither stores a lone surrogate as written (src/text/storable.ts). Text from outside is made
 * storable where it comes in (src/web/storableInput.ts, the importer's prepare); a way in that was missed then
 * fails here, loudly and the same on both databases, instead of on PostgreSQL only or as silently changed text.
 * The value is not in the message: it may be personal data.
 */
export function assertStorableParams(params: Params | undefined): void {
  if (!params) return;
  const values = Array.isArray(params) ? (params as unknown[]) : Object.values(params);
  for (const v of values) {
    if (typeof v === 'string' && hasUnstorable(v)) throw new Error(UNSTORABLE_MESSAGE);
  }
}

export const UNSTORABLE_MESSAGE =
  'En text till databasen innehåller U+0000 eller ett ensamt surrogattecken, som databasen inte kan lagra. Texten ska ha gjorts lagringsbar där den kom in (src/text/storable.ts).';

function carry(params: Params | undefined, mode: Mode): Carried {
  assertStorableParams(params);
  const a: Carried = !params ? [] : Array.isArray(params) ? [...(params as unknown[])] : [params];
  a[MODE] = mode;
  return a;
}

class SqliteConnection implements DatabaseConnection {
  #db: Database.Database;
  /** Counts statements run and rows streamed: the watchdog's sign that the holder makes progress. */
  activity = 0;
  #statements = new Map<string, Database.Statement>();
  constructor(db: Database.Database) {
    this.#db = db;
  }

  /**
   * A prepared statement from the cache. A plucking one (first column only, as `.pluck()` did) is
   * kept apart: it returns bare values, which for a walk over thousands of ids costs a third of
   * what a row object each does (bench:server, the searched overview).
   */
  statement(sql: string, pluck: boolean): Database.Statement {
    const key = pluck ? `${sql}\u0000pluck` : sql;
    let stmt = this.#statements.get(key);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      if (pluck && stmt.reader) stmt.pluck(true);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(key, stmt);
    }
    return stmt;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    return this.executeSync<R>(compiled.sql, compiled.parameters as Carried);
  }

  executeSync<R>(sql: string, params: Carried): QueryResult<R> {
    this.activity++;
    const mode = params[MODE];
    if (mode === 'script') {
      this.#db.exec(sql);
      return { rows: [] };
    }
    const stmt = this.statement(sql, mode === 'value' || mode === 'column');
    if (stmt.reader && mode !== 'run') {
      if (mode === 'get' || mode === 'value') {
        const row = stmt.get(...params) as R | undefined;
        return { rows: row === undefined ? [] : [row] };
      }
      return { rows: stmt.all(...params) as R[] };
    }
    const { changes, lastInsertRowid } = stmt.run(...params);
    return { rows: [], numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid) };
  }

  async *streamQuery<R>(compiled: CompiledQuery): AsyncIterableIterator<QueryResult<R>> {
    // A statement of its own: a cached one could be asked for again while this one is still stepping.
    const stmt = this.#db.prepare(compiled.sql);
    for (const row of stmt.iterate(...(compiled.parameters as unknown[]))) {
      this.activity++;
      yield { rows: [row as R] };
    }
  }
}

class SqliteDriver implements Driver {
  #mutex = new Mutex();
  #database: Database.Database;
  #connection: SqliteConnection;
  get connection(): SqliteConnection {
    return this.#connection;
  }
  /** The connection at once if nobody holds it (then release with unlock()), else null. */
  tryLock(): SqliteConnection | null {
    return this.#mutex.tryLock() ? this.#connection : null;
  }
  unlock(): void {
    this.#mutex.unlock();
  }
  constructor(database: Database.Database) {
    this.#database = database;
    this.#connection = new SqliteConnection(database);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    const wait = this.#mutex.lock();
    if (wait) {
      this.#watch();
      await wait;
    }
    return this.#connection;
  }

  #watchdog: NodeJS.Timeout | null = null;
  /** While someone waits for the connection: refuse the waiters if its holder stops making progress. */
  #watch(): void {
    if (this.#watchdog) return;
    let seen = this.#connection.activity;
    let idleSince = Date.now();
    this.#watchdog = setInterval(() => {
      if (this.#mutex.waiting === 0) {
        clearInterval(this.#watchdog!);
        this.#watchdog = null;
        return;
      }
      if (this.#connection.activity !== seen) {
        seen = this.#connection.activity;
        idleSince = Date.now();
      } else if (Date.now() - idleSince >= deadlock.afterMs) {
        this.#mutex.refuseWaiters(new Error(DEADLOCK_MESSAGE));
        idleSince = Date.now();
      }
    }, Math.max(10, Math.min(1000, deadlock.afterMs / 4)));
    this.#watchdog.unref();
  }
  async beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    // A read transaction (inReadTransaction) is SQLite's deferred BEGIN: a snapshot, no write lock.
    await c.executeQuery(CompiledQuery.raw(settings.accessMode === 'read only' ? 'BEGIN' : 'BEGIN IMMEDIATE'));
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('COMMIT'));
  }
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw('ROLLBACK'));
  }
  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }
  async destroy(): Promise<void> {
    if (this.#watchdog) clearInterval(this.#watchdog);
    if (this.#database.open) this.#database.close();
  }
}

class InsynSqliteDialect implements Dialect {
  constructor(readonly driver: SqliteDriver) {}
  createDriver = () => this.driver;
  createQueryCompiler = () => new SqliteQueryCompiler();
  createAdapter = () => new SqliteAdapter();
  createIntrospector = (db: Kysely<any>) => new SqliteIntrospector(db);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL's placeholders

/**
 * Rewrites `?` and `@name` (and `:name`, `$name` as better-sqlite3 takes them) to PostgreSQL's `$1…$n`,
 * skipping string literals, quoted names and comments. For the PostgreSQL Db (issue 16, part 2).
 */
export function toPostgresPlaceholders(sql: string, params: Params | undefined): { sql: string; values: unknown[] } {
  assertStorableParams(params);
  const values: unknown[] = [];
  const named = params && !Array.isArray(params) ? (params as Record<string, unknown>) : null;
  const positional = params && Array.isArray(params) ? (params as unknown[]) : [];
  const slots = new Map<string, number>();
  let out = '';
  let next = 0;
  let i = 0;
  while (i < sql.length) {
    const ch = sql[i]!;
    const two = sql.slice(i, i + 2);
    if (ch === "'" || ch === '"') {
      let j = i + 1;
      for (;;) {
        if (j >= sql.length) break;
        if (sql[j] === ch) {
          if (sql[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += sql.slice(i, j + 1);
      i = j + 1;
    } else if (two === '--') {
      const end = sql.indexOf('\n', i);
      const j = end === -1 ? sql.length : end;
      out += sql.slice(i, j);
      i = j;
    } else if (two === '/*') {
      const end = sql.indexOf('*/', i + 2);
      const j = end === -1 ? sql.length : end + 2;
      out += sql.slice(i, j);
      i = j;
    } else if (ch === '?') {
      if (named) throw new Error('SQL med både ? och namngivna parametrar');
      values.push(positional[next++]);
      out += `$${values.length}`;
      i++;
    } else if ((ch === '@' || ch === ':' || ch === '$') && /[A-Za-z_]/.test(sql[i + 1] ?? '') && !(ch === ':' && sql[i - 1] === ':')) {
      let j = i + 1;
      while (j < sql.length && /[A-Za-z0-9_]/.test(sql[j]!)) j++;
      const name = sql.slice(i + 1, j);
      if (!named || !(name in named)) throw new Error(`parametern ${name} saknas`);
      let slot = slots.get(name);
      if (slot === undefined) {
        values.push(named[name]);
        slots.set(name, (slot = values.length));
      }
      out += `$${slot}`;
      i = j;
    } else {
      out += ch;
      i++;
    }
  }
  return { sql: out, values };
}

// ---------------------------------------------------------------------------------------------
// Db

interface SqliteRoot {
  dialect: 'sqlite';
  kysely: Kysely<any>;
  database: Database.Database;
  /** SQLite's driver, for the short way to the one connection (see #execute). */
  driver: SqliteDriver;
  open: boolean;
}

class KyselyDb implements Db {
  readonly dialect: Dialect_;
  readonly inTransaction: boolean;
  readonly kysely: Kysely<any>;
  readonly cacheKey: object;
  readonly organisationId = null;
  constructor(
    readonly root: SqliteRoot,
    executor: Kysely<any> | Transaction<any>,
    inTransaction: boolean,
  ) {
    this.dialect = root.dialect;
    this.kysely = executor;
    this.inTransaction = inTransaction;
    this.cacheKey = root;
  }

  get open(): boolean {
    return this.root.open;
  }

  /** False once the transaction this Db stands for has ended: it must not be used after. */
  txOpen = true;

  /**
   * On SQLite a query runs on the connection directly when it is free (or held by this Db's own
   * transaction), the same statement Kysely would run, without its per-query machinery: that cost
   * about 15 µs a query, a tenth of an overview page (bench:server). When the connection is taken
   * the query waits its turn through Kysely's driver, under the lock and the watchdog.
   */
  #execute<T>(sql: string, params: Params | undefined, mode: Mode): QueryResult<T> | Promise<QueryResult<T>> {
    if (this.dialect === 'sqlite') {
      const driver = this.root.driver;
      if (this.inTransaction) {
        if (!this.txOpen) throw new Error('Transaktionen är redan avslutad: dess db får inte användas efteråt.');
        return driver.connection.executeSync<T>(sql, carry(params, mode));
      }
      const connection = driver.tryLock();
      if (connection) {
        try {
          return connection.executeSync<T>(sql, carry(params, mode));
        } finally {
          driver.unlock();
        }
      }
    }
    return this.kysely.executeQuery<T>(CompiledQuery.raw(sql, carry(params, mode)));
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.#execute<T>(sql, params, 'all')).rows as T[];
  }
  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.#execute<T>(sql, params, 'get')).rows[0];
  }
  async value<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.#execute<T>(sql, params, 'value')).rows[0];
  }
  async column<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.#execute<T>(sql, params, 'column')).rows as T[];
  }
  async run(sql: string, params?: Params): Promise<RunResult> {
    const r = await this.#execute(sql, params, 'run');
    return { changes: Number(r.numAffectedRows ?? 0n), lastInsertRowid: Number(r.insertId ?? 0n) };
  }
  async exec(sql: string): Promise<void> {
    await this.#execute(sql, undefined, 'script');
  }
  async *iterate<T>(sql: string, params?: Params): AsyncIterable<T> {
    for await (const chunk of this.kysely.getExecutor().stream<T>(CompiledQuery.raw(sql, carry(params, 'all')), 1)) {
      for (const row of chunk.rows) yield row;
    }
  }
  async close(): Promise<void> {
    if (this.inTransaction) throw new Error('close() på en transaktion');
    if (!this.root.open) return;
    this.root.open = false;
    await this.root.kysely.destroy();
  }
}

/** Wraps an open better-sqlite3 database (the pragmas already set) as a Db. */
export function sqliteDb(database: Database.Database): Db {
  const driver = new SqliteDriver(database);
  const kysely = new Kysely<any>({ dialect: new InsynSqliteDialect(driver) });
  const root: SqliteRoot = { dialect: 'sqlite', kysely, database, driver, open: true };
  return new KyselyDb(root, kysely, false);
}

/** Opens the SQLite database with the pragmas every connection needs (STYLE.md 11). */
export function openDb(path: string): Db {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  // Another process (the CLI beside the server) may hold the write lock briefly.
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  return sqliteDb(database);
}

/**
 * Runs fn in a write transaction taken at once (BEGIN IMMEDIATE on SQLite), so reads inside it see
 * the latest rows. fn receives the transaction as `db`; called with a transaction, fn runs inline
 * in it. A thrown error rolls the whole transaction back. Only database calls belong in fn: the
 * connection is held until it returns.
 */
export async function inTransaction<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  return transaction(db, fn, 'read write');
}

/**
 * Runs fn in a read transaction (SQLite's deferred BEGIN): its reads see one snapshot, so a commit
 * between them cannot shift a row. Called with a transaction, fn runs inline in it.
 */
export async function inReadTransaction<T>(db: Db, fn: (db: Db) => Promise<T>): Promise<T> {
  return transaction(db, fn, 'read only');
}

async function transaction<T>(db: Db, fn: (db: Db) => Promise<T>, accessMode: 'read only' | 'read write'): Promise<T> {
  if (db.inTransaction) return fn(db);
  if (db instanceof PgDb) return db.transaction(fn, accessMode);
  const outer = db as KyselyDb;
  const builder = outer.kysely.transaction();
  return (accessMode === 'read only' ? builder.setAccessMode('read only') : builder).execute(async (trx) => {
    const tx = new KyselyDb(outer.root, trx, true);
    try {
      return await fn(tx);
    } finally {
      tx.txOpen = false;
    }
  });
}

/**
 * The better-sqlite3 handle under a SQLite Db, for what only a SQLite file has: backup and restore,
 * PRAGMAs, the integrity check. Throws on another database. Never for queries: those go through Db.
 */
export function sqliteOnlyHandle(db: Db): Database.Database {
  if (!(db instanceof KyselyDb)) throw new Error('sqliteOnlyHandle: bara för SQLite');
  return db.root.database;
}

/**
 * Array.map for an async fn, one item at a time and in order, as the synchronous code ran: two
 * queries of one command never interleave, and writes (a log entry each) keep their order.
 */
export async function mapInOrder<T, U>(items: Iterable<T>, fn: (item: T, index: number) => Promise<U>): Promise<U[]> {
  const out: U[] = [];
  let i = 0;
  for (const item of items) out.push(await fn(item, i++));
  return out;
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

export interface PgOptions {
  /** Connections in the pool (INSYN_DATABASE_POOL). */
  poolSize?: number;
  /**
   * The registered organisation (its registry id): its own write lock key and chore keys (src/db/chores.ts). Unset:
   * the database's own schema.
   */
  organisationId?: number;
  /** How long an idle pooled connection stays open. */
  idleTimeoutMs?: number;
  /**
   * The schemas every pooled connection searches (`-c search_path=…` at connect time), e.g. `org_alfa,insyn_shared`
   * for one organisation of a shared database (src/db/organisations.ts): unqualified names then never reach another
   * organisation's tables. Unset: the server's default (public).
   */
  searchPath?: string;
  /**
   * The database role every pooled connection acts as (`-c role=…` at connect time), e.g. the organisation's own
   * NOLOGIN role (src/db/organisations.ts): the database itself then refuses another organisation's schema, also
   * when a query names it. The login role of the URL must be a member of it. Unset: the login role.
   */
  role?: string;
}

/** A query on the outer Db (or a transaction being opened) waiting for a connection, a lock or its answer. */
interface Waiter {
  since: number;
  client: pg.PoolClient | null;
  refused: Error | null;
  refuse: (e: Error) => void;
}

/** An open transaction of this process: whether it is making progress. */
interface TxState {
  busy: number;
  last: number;
  open: boolean;
}

class PgWatchdog {
  waiters = new Set<Waiter>();
  txs = new Set<TxState>();
  #timer: NodeJS.Timeout | null = null;
  constructor(readonly cancel: (pid: number) => void) {}

  wait(): { waiter: Waiter; refused: Promise<never> } {
    let refuse!: (e: Error) => void;
    const refused = new Promise<never>((_, reject) => (refuse = reject));
    refused.catch(() => {});
    const waiter: Waiter = {
      since: Date.now(),
      client: null,
      refused: null,
      refuse: (e) => {
        waiter.refused = e;
        refuse(e);
      },
    };
    if (this.txs.size > 0) {
      this.waiters.add(waiter);
      this.#watch();
    }
    return { waiter, refused };
  }

  #watch(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      if (this.waiters.size === 0 || this.txs.size === 0) {
        clearInterval(this.#timer!);
        this.#timer = null;
        return;
      }
      const now = Date.now();
      const stuck = [...this.txs].some((t) => t.open && t.busy === 0 && now - t.last >= deadlock.afterMs);
      if (!stuck) return;
      for (const w of this.waiters) {
        if (now - w.since < deadlock.afterMs) continue;
        this.waiters.delete(w);
        const pid = (w.client as { processID?: number } | null)?.processID;
        if (pid) {
          // A statement already sent may be waiting for the transaction's locks: cancel it first, and tell its
          // caller only once it has ended, so it cannot run after the transaction rolls back.
          w.refused = new Error(DEADLOCK_MESSAGE);
          this.cancel(pid);
        } else w.refuse(new Error(DEADLOCK_MESSAGE));
      }
    }, Math.max(10, Math.min(1000, deadlock.afterMs / 4)));
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }
}

interface PgRoot {
  dialect: 'postgres';
  kysely: Kysely<any>;
  pool: pg.Pool;
  url: string;
  organisationId: number | null;
  lockKey: number;
  watchdog: PgWatchdog;
  open: boolean;
}

interface PgResult {
  rows: any[];
  rowCount: number;
}

let cursorCounter = 0;
const FETCH_ROWS = 500;

const firstColumn = (row: object | undefined): unknown => (row === undefined ? undefined : Object.values(row)[0]);

/** The Db on PostgreSQL: the pool, or one open transaction (`tx`). */
class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  readonly cacheKey: object;
  constructor(
    readonly root: PgRoot,
    readonly kysely: Kysely<any>,
    readonly tx: TxState | null,
  ) {
    this.cacheKey = root;
  }
  get organisationId(): number | null {
    return this.root.organisationId;
  }
  get inTransaction(): boolean {
    return this.tx !== null;
  }
  get open(): boolean {
    return this.root.open;
  }

  async #query(sql: string, params: Params | undefined): Promise<PgResult> {
    const { sql: text, values } = toPostgresPlaceholders(sql, params);
    const tx = this.tx;
    if (tx) {
      if (!tx.open) throw new Error('Transaktionen är redan avslutad: dess db får inte användas efteråt.');
      tx.busy++;
      tx.last = Date.now();
      try {
        const r = await this.kysely.executeQuery(CompiledQuery.raw(text, values));
        return { rows: r.rows as any[], rowCount: r.numAffectedRows !== undefined ? Number(r.numAffectedRows) : r.rows.length };
      } finally {
        tx.busy--;
        tx.last = Date.now();
      }
    }
    return this.#outer((client) => client.query(text, values)).then((r) => ({ rows: r.rows, rowCount: r.rowCount ?? r.rows.length }));
  }

  /** Runs fn on a pooled connection, under the watchdog. */
  async #outer<R>(fn: (client: pg.PoolClient) => Promise<R>): Promise<R> {
    const { waiter, refused } = this.root.watchdog.wait();
    const connecting = this.root.pool.connect();
    let client: pg.PoolClient;
    try {
      client = await Promise.race([connecting, refused]);
    } catch (e) {
      // Refused while waiting for a connection: hand the connection back when it comes, unused.
      connecting.then((c) => c.release(), () => {});
      this.root.watchdog.waiters.delete(waiter);
      throw e;
    }
    waiter.client = client;
    try {
      return await Promise.race([fn(client), refused]);
    } catch (e) {
      // Cancelled by the watchdog: the caller hears why.
      throw waiter.refused ?? e;
    } finally {
      this.root.watchdog.waiters.delete(waiter);
      // A refused (cancelled) connection is closed rather than reused: its statement may still be ending.
      client.release(waiter.refused ?? undefined);
    }
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.#query(sql, params)).rows as T[];
  }
  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.#query(sql, params)).rows[0] as T | undefined;
  }
  async value<T>(sql: string, params?: Params): Promise<T | undefined> {
    return firstColumn((await this.#query(sql, params)).rows[0]) as T | undefined;
  }
  async column<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.#query(sql, params)).rows.map(firstColumn) as T[];
  }
  /**
   * `changes` is the statement's row count. PostgreSQL has no rowid: `lastInsertRowid` is the first
   * returned row's id (or first column) of an `INSERT … RETURNING id`; asking for it otherwise throws.
   */
  async run(sql: string, params?: Params): Promise<RunResult> {
    const r = await this.#query(sql, params);
    const result = { changes: r.rowCount } as RunResult;
    const row = r.rows[0] as Record<string, unknown> | undefined;
    if (row !== undefined) {
      result.lastInsertRowid = Number('id' in row ? row.id : firstColumn(row));
    } else {
      Object.defineProperty(result, 'lastInsertRowid', {
        enumerable: false,
        get() {
          throw new Error(`lastInsertRowid finns inte på PostgreSQL: skriv INSERT … RETURNING id (${sql.trim().slice(0, 60)}…)`);
        },
      });
    }
    return result;
  }
  async exec(sql: string): Promise<void> {
    // Without parameters pg sends the simple query protocol, which runs several statements.
    if (this.tx) {
      if (!this.tx.open) throw new Error('Transaktionen är redan avslutad: dess db får inte användas efteråt.');
      this.tx.busy++;
      try {
        await this.kysely.executeQuery(CompiledQuery.raw(sql, []));
      } finally {
        this.tx.busy--;
        this.tx.last = Date.now();
      }
      return;
    }
    await this.#outer((client) => client.query(sql));
  }

  /** A server-side cursor (DECLARE … FETCH), in the transaction or in a read transaction of its own. */
  async *iterate<T>(sql: string, params?: Params): AsyncIterable<T> {
    const name = `insyn_cursor_${++cursorCounter}`;
    const { sql: text, values } = toPostgresPlaceholders(sql, params);
    if (this.tx) {
      await this.kysely.executeQuery(CompiledQuery.raw(`DECLARE ${name} NO SCROLL CURSOR FOR ${text}`, values));
      try {
        for (;;) {
          const { rows } = await this.kysely.executeQuery<T>(CompiledQuery.raw(`FETCH ${FETCH_ROWS} FROM ${name}`, []));
          this.tx.last = Date.now();
          for (const row of rows) yield row;
          if (rows.length < FETCH_ROWS) break;
        }
      } finally {
        if (this.tx.open) await this.kysely.executeQuery(CompiledQuery.raw(`CLOSE ${name}`, []));
      }
      return;
    }
    const client = await this.root.pool.connect();
    let failed: Error | undefined;
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${text}`, values);
      for (;;) {
        const { rows } = await client.query(`FETCH ${FETCH_ROWS} FROM ${name}`);
        for (const row of rows) yield row as T;
        if (rows.length < FETCH_ROWS) break;
      }
      await client.query('COMMIT');
    } catch (e) {
      failed = e as Error;
      throw e;
    } finally {
      if (failed === undefined) {
        // Ended early (break in the loop): close the read transaction.
        await client.query('ROLLBACK').catch(() => {});
      }
      client.release(failed);
    }
  }

  async transaction<T>(fn: (db: Db) => Promise<T>, accessMode: 'read only' | 'read write'): Promise<T> {
    const watchdog = this.root.watchdog;
    // Opening the transaction waits for a pooled connection and, for a writer, for the organisation's lock.
    const { waiter, refused } = watchdog.wait();
    const tx: TxState = { busy: 0, last: Date.now(), open: true };
    const builder =
      accessMode === 'read only'
        ? this.root.kysely.transaction().setIsolationLevel('repeatable read').setAccessMode('read only')
        : this.root.kysely.transaction().setIsolationLevel('read committed');
    const running = builder.execute(async (trx) => {
      if (accessMode === 'read write') {
        tx.busy++;
        try {
          await trx.executeQuery(CompiledQuery.raw('SELECT pg_advisory_xact_lock($1)', [this.root.lockKey]));
        } finally {
          tx.busy--;
        }
      }
      watchdog.waiters.delete(waiter);
      // Refused while it waited (its caller has been told): roll back without running fn.
      if (waiter.refused) throw waiter.refused;
      tx.last = Date.now();
      watchdog.txs.add(tx);
      const db = new PgDb(this.root, trx, tx);
      try {
        return await fn(db);
      } finally {
        tx.open = false;
        watchdog.txs.delete(tx);
      }
    });
    running.catch(() => {});
    try {
      return await Promise.race([running, refused]);
    } finally {
      watchdog.waiters.delete(waiter);
    }
  }

  async close(): Promise<void> {
    if (this.tx) throw new Error('close() på en transaktion');
    if (!this.root.open) return;
    this.root.open = false;
    this.root.watchdog.stop();
    await this.root.kysely.destroy();
  }
}

/** The URL with its password masked, for messages and logs. */
export const safeDatabaseUrl = (url: string): string => url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');

/** A search_path of plain schema names only (it goes into a connection option, unquoted). */
function searchPathSetting(path: string): string {
  if (!/^[a-z_][a-z0-9_]*(,[a-z_][a-z0-9_]*)*$/.test(path)) throw new Error(`searchPath: bara schemanamn med a–z, 0–9 och _ (fick "${path}")`);
  return path;
}

/** A role name of plain characters only (it goes into a connection option, unquoted). */
function roleSetting(role: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`role: bara a–z, 0–9 och _ (fick "${role}")`);
  return role;
}

/** The connection's startup options: its search_path and role, set by the server before any query. */
function startupOptions(options: PgOptions): string | undefined {
  const set = [
    ...(options.searchPath ? [`-c search_path=${searchPathSetting(options.searchPath)}`] : []),
    ...(options.role ? [`-c role=${roleSetting(options.role)}`] : []),
  ];
  return set.length ? set.join(' ') : undefined;
}

/** A Db on the PostgreSQL database at url (postgres://…), with Insyn's type parsers. Not migrated: see openDatabase. */
export function openPgDb(url: string, options: PgOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    types: insynPgTypes,
    max: options.poolSize ?? 10,
    idleTimeoutMillis: options.idleTimeoutMs ?? 10_000,
    ...(startupOptions(options) ? { options: startupOptions(options) } : {}),
  });
  // A pooled connection that breaks while idle (the server restarted) must not take the process down.
  pool.on('error', () => {});
  const kysely = new Kysely<any>({ dialect: new PostgresDialect({ pool }) });
  const cancel = (pid: number) => {
    const c = new pg.Client({ connectionString: url });
    void c
      .connect()
      .then(() => c.query('SELECT pg_cancel_backend($1)', [pid]))
      .catch(() => {})
      .finally(() => void c.end().catch(() => {}));
  };
  const organisationId = options.organisationId ?? null;
  const root: PgRoot = { dialect: 'postgres', kysely, pool, url, organisationId, lockKey: writeLockKey(organisationId), watchdog: new PgWatchdog(cancel), open: true };
  return new PgDb(root, kysely, null);
}

/** PostgreSQL's migrations on one pooled connection of a Db (the migration lock belongs to a session). */
export async function migratePgDb(db: Db): Promise<string[]> {
  if (!(db instanceof PgDb)) throw new Error('migratePgDb: bara för PostgreSQL');
  const client = await db.root.pool.connect();
  try {
    return await migratePg(client);
  } finally {
    client.release();
  }
}

export interface DatabaseSettings {
  /** postgres://… (INSYN_DATABASE_URL), or null for SQLite. */
  databaseUrl: string | null;
  /** The SQLite file (INSYN_DB). */
  dbPath: string;
  /** PostgreSQL's pool size (INSYN_DATABASE_POOL). */
  databasePoolSize?: number;
}

/**
 * Opens the configured database and applies its migrations, as the server and the CLI start: PostgreSQL
 * when a URL is set (its migrations under their advisory lock), otherwise the SQLite file. `label`
 * names it for messages (the URL without its password).
 */
export async function openDatabase(settings: DatabaseSettings): Promise<{ db: Db; applied: string[]; label: string }> {
  if (settings.databaseUrl) {
    const db = openPgDb(settings.databaseUrl, { poolSize: settings.databasePoolSize });
    try {
      return { db, applied: await migratePgDb(db), label: safeDatabaseUrl(settings.databaseUrl) };
    } catch (e) {
      await db.close();
      throw e;
    }
  }
  const db = openDb(settings.dbPath);
  return { db, applied: await migrate(db), label: settings.dbPath };
}
