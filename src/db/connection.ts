// The database connection: our own small async API (Db) over Kysely, so that one set of named
// queries runs on SQLite (the embedded default) and, later, on PostgreSQL (issue 16).
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
//   deadlock – so it throws a clear error instead (tracked with AsyncLocalStorage).
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
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
  #waiters: Array<() => void> = [];
  lock(): Promise<void> | void {
    if (!this.#locked) {
      this.#locked = true;
      return;
    }
    return new Promise<void>((resolve) => this.#waiters.push(resolve));
  }
  unlock(): void {
    const next = this.#waiters.shift();
    if (next) next();
    else this.#locked = false;
  }
}

/** How many distinct statements a connection keeps prepared (the named queries have a few hundred). */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * Our parameters travel to the driver as Kysely's array: the positional values, or one object of
 * named ones. The array also says how the statement is to be stepped: `get` stops at the first row
 * (a query without LIMIT must not be read to its end), `run` returns changes, `script` runs several
 * statements (better-sqlite3's exec).
 */
const MODE = Symbol('mode');
type Mode = 'all' | 'get' | 'run' | 'script';
type Carried = unknown[] & { [MODE]?: Mode };

function carry(params: Params | undefined, mode: Mode): Carried {
  const a: Carried = !params ? [] : Array.isArray(params) ? [...(params as unknown[])] : [params];
  a[MODE] = mode;
  return a;
}

class SqliteConnection implements DatabaseConnection {
  #db: Database.Database;
  #statements = new Map<string, Database.Statement>();
  constructor(db: Database.Database) {
    this.#db = db;
  }

  statement(sql: string): Database.Statement {
    let stmt = this.#statements.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      if (this.#statements.size >= STATEMENT_CACHE_SIZE) this.#statements.delete(this.#statements.keys().next().value!);
      this.#statements.set(sql, stmt);
    }
    return stmt;
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const params = compiled.parameters as Carried;
    const mode = params[MODE];
    if (mode === 'script') {
      this.#db.exec(compiled.sql);
      return { rows: [] };
    }
    const stmt = this.statement(compiled.sql);
    if (stmt.reader && mode !== 'run') {
      if (mode === 'get') {
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
    for (const row of stmt.iterate(...(compiled.parameters as unknown[]))) yield { rows: [row as R] };
  }
}

class SqliteDriver implements Driver {
  #mutex = new Mutex();
  #database: Database.Database;
  #connection: SqliteConnection;
  constructor(database: Database.Database) {
    this.#database = database;
    this.#connection = new SqliteConnection(database);
  }
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
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

interface Root {
  dialect: Dialect_;
  kysely: Kysely<any>;
  database: Database.Database;
  open: boolean;
}

/** The transaction whose callback is running in this async context, if any. */
const activeTransaction = new AsyncLocalStorage<{ root: Root; open: boolean }>();

class KyselyDb implements Db {
  readonly dialect: Dialect_;
  readonly inTransaction: boolean;
  readonly kysely: Kysely<any>;
  readonly cacheKey: object;
  constructor(
    readonly root: Root,
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

  /** The outer connection used inside a transaction's callback would wait for itself. */
  #guard(): void {
    if (this.inTransaction) return;
    const tx = activeTransaction.getStore();
    if (tx && tx.open && tx.root === this.root) {
      throw new Error(
        'Databasen används utanför sin transaktion: inuti inTransaction(db, async (db) => …) måste frågorna gå till transaktionens db, annars väntar de på sig själva.',
      );
    }
  }

  #execute<T>(sql: string, params: Params | undefined, mode: Mode): Promise<QueryResult<T>> {
    this.#guard();
    return this.kysely.executeQuery<T>(CompiledQuery.raw(sql, carry(params, mode)));
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.#execute<T>(sql, params, 'all')).rows as T[];
  }
  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.#execute<T>(sql, params, 'get')).rows[0];
  }
  async value<T>(sql: string, params?: Params): Promise<T | undefined> {
    const row = (await this.#execute<Record<string, T>>(sql, params, 'get')).rows[0];
    if (row === undefined) return undefined;
    for (const k in row) return row[k];
    return undefined;
  }
  async column<T>(sql: string, params?: Params): Promise<T[]> {
    const rows = (await this.#execute<Record<string, T>>(sql, params, 'all')).rows;
    const out: T[] = new Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      for (const k in row) {
        out[i] = row[k]!;
        break;
      }
    }
    return out;
  }
  async run(sql: string, params?: Params): Promise<RunResult> {
    const r = await this.#execute(sql, params, 'run');
    return { changes: Number(r.numAffectedRows ?? 0n), lastInsertRowid: Number(r.insertId ?? 0n) };
  }
  async exec(sql: string): Promise<void> {
    await this.#execute(sql, undefined, 'script');
  }
  async *iterate<T>(sql: string, params?: Params): AsyncIterable<T> {
    this.#guard();
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
  const root: Root = { dialect: 'sqlite', kysely, database, open: true };
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
  const outer = db as KyselyDb;
  const builder = outer.kysely.transaction();
  return (accessMode === 'read only' ? builder.setAccessMode('read only') : builder).execute(async (trx) => {
    const mark = { root: outer.root, open: true };
    try {
      return await activeTransaction.run(mark, () => fn(new KyselyDb(outer.root, trx, true)));
    } finally {
      mark.open = false;
    }
  });
}

/**
 * The better-sqlite3 handle under a SQLite Db, for what only a SQLite file has: backup and restore,
 * PRAGMAs, the integrity check. Throws on another database. Never for queries: those go through Db.
 */
export function sqliteOnlyHandle(db: Db): Database.Database {
  const root = (db as KyselyDb).root;
  if (root.dialect !== 'sqlite') throw new Error('sqliteOnlyHandle: bara för SQLite');
  return root.database;
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
