// Work that must run once across app servers (issue 16 part 3), and every PostgreSQL advisory lock key Insyn takes,
// in one place: the migrations', the write transactions' (per organisation) and the chores' (per organisation).
import { sql } from 'kysely';
import type { Db } from './connection.ts';

/**
 * Every advisory lock Insyn takes on PostgreSQL. Advisory locks live per database and are shared by every session
 * on it – every organisation's schema too – so the keys must not meet: the one-bigint form and the two-int form
 * never do, and within each form the numbers below are distinct ("insyn" folded to 0x1a5e, then a number per use).
 *
 * | key | form | held | what |
 * |---|---|---|---|
 * | 0x1a5e_0001 | bigint, session | while migrating | `migratePg` (src/db/pgMigrate.ts), and an organisation's role being made (src/db/organisations.ts): a second server waits, then finds it done |
 * | 0x1a5e_0002 | bigint, transaction | each write transaction | `inTransaction` on the database's own schema (src/db/connection.ts): its writes one at a time, as SQLite's BEGIN IMMEDIATE |
 * | 0x1a5e_0000_0000 + id | bigint, transaction | each write transaction | the same for the organisation with registry id `id` (`insyn org add`): organisations never wait for each other |
 * | (0x1a5e_0010, scope) | two int, session | while the start-up chores run | `startup` below: a second server waits, then finds them done |
 * | (0x1a5e_0011, scope) | two int, session | while expired sessions are deleted | `sessions` below: the hourly round runs on one server; the others skip it |
 * | (0x1a5e_0012, scope) | two int, session | while `insyn gallra` runs | `gallring` below: a second run waits, then finds nothing left to remove |
 *
 * A chore's `scope` is the Db's organisation: 0 for the database's own schema (one organisation per database), the
 * registry id for an organisation of a shared database – so one organisation's chores run once across servers,
 * while two organisations' run at the same time. The Db knows its organisation (`db.organisationId`, set where it
 * is opened), so no caller passes it and none can pass the wrong one. The import queue takes no advisory lock: a
 * job is claimed with a lease and `FOR UPDATE SKIP LOCKED` (claimImportJob in src/db/documents.ts). On SQLite a
 * database has one server, so a chore simply runs.
 */
export const MIGRATION_LOCK_KEY = 0x1a5e_0001;

/** The write transactions' key of the database's own schema (no registered organisation). */
export const WRITE_LOCK_KEY = 0x1a5e_0002;

/** The base of the organisations' write keys: far above the keys above, below 2^53 (exact as a JavaScript number). */
export const ORG_LOCK_BASE = 0x1a5e_0000_0000;

/** The write transactions' key of an organisation (its registry id), or of the database's own schema (null). */
export function writeLockKey(organisationId: number | null): number {
  return organisationId === null ? WRITE_LOCK_KEY : ORG_LOCK_BASE + checkedId(organisationId);
}

/** The registry id of an organisation as a lock number: an int4 above 0 (the chores' second int, 0 being the database's own). */
function checkedId(id: number): number {
  if (!Number.isSafeInteger(id) || id < 1 || id > 0x7fff_ffff) throw new Error('Lås: organisationens id utanför int4');
  return id;
}

export const CHORE_LOCKS = {
  startup: 0x1a5e_0010,
  sessions: 0x1a5e_0011,
  gallring: 0x1a5e_0012,
} as const;

export type Chore = keyof typeof CHORE_LOCKS;

/** A chore's key in the two-int form: the chore, and the organisation (0: the database's own schema). */
export function choreLockKey(chore: Chore, organisationId: number | null): [number, number] {
  return [CHORE_LOCKS[chore], organisationId === null ? 0 : checkedId(organisationId)];
}

/**
 * Runs `fn` once this server holds the chore's advisory lock for the Db's organisation on PostgreSQL, waiting while
 * another server holds it (start-up chores, gallring: each then finds done what the other did). The lock belongs to
 * one pooled connection, held for the chore; `fn` runs its queries on the Db as usual. A session lock goes with its
 * connection, so a server that dies mid-chore does not keep it. On SQLite `fn` simply runs.
 */
export async function runOnce<T>(db: Db, chore: Chore, fn: () => Promise<T>): Promise<T> {
  if (db.dialect === 'sqlite') return await fn();
  const r = await underLock(db, chore, 'wait', fn);
  if (!r.ran) throw new Error('runOnce: låset togs inte');
  return r.value;
}

/** As runOnce, but skips the round (false) when another server holds the lock: a timer's chore it is doing now. */
export async function runUnlessRunning(db: Db, chore: Chore, fn: () => Promise<unknown>): Promise<boolean> {
  if (db.dialect === 'sqlite') {
    await fn();
    return true;
  }
  return (await underLock(db, chore, 'try', fn)).ran;
}

async function underLock<T>(db: Db, chore: Chore, mode: 'wait' | 'try', fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (db.inTransaction) throw new Error('runOnce: inte inuti en transaktion');
  const [key, scope] = choreLockKey(chore, db.organisationId);
  return await db.kysely.connection().execute(async (conn) => {
    if (mode === 'wait') {
      await sql`SELECT pg_advisory_lock(${key}::int, ${scope}::int)`.execute(conn);
    } else {
      const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${key}::int, ${scope}::int) AS ok`.execute(conn);
      if (!got.rows[0]?.ok) return { ran: false as const };
    }
    try {
      return { ran: true as const, value: await fn() };
    } finally {
      await sql`SELECT pg_advisory_unlock(${key}::int, ${scope}::int)`.execute(conn);
    }
  });
}
