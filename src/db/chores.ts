// Work that must run once across app servers (issue 16 part 3): every PostgreSQL advisory lock key Insyn takes, in
// one place, and the helper that runs a chore under its lock.
import { sql } from 'kysely';
import type { Db } from './connection.ts';

/**
 * Every advisory lock Insyn takes on PostgreSQL. Advisory locks live per database and are shared by every session
 * on it, so the keys must not meet: the one-bigint form and the two-int form never do, and within each form the
 * numbers below are distinct ("insyn" folded to 0x1a5e, then a number per use).
 *
 * | key | form | held | what |
 * |---|---|---|---|
 * | 0x1a5e_0001 | bigint, session | while migrating | `migratePg` (src/db/pgMigrate.ts, MIGRATION_LOCK_KEY): a second server waits, then finds every migration applied |
 * | 0x1a5e_0002 | bigint, transaction | each write transaction | `inTransaction` (src/db/connection.ts, WRITE_LOCK_KEY): the organisation's writes one at a time, as SQLite's BEGIN IMMEDIATE |
 * | (0x1a5e_0010, 1) | two int, session | while the start-up chores run | `startup` below: a second server waits, then finds them done |
 * | (0x1a5e_0011, 1) | two int, session | while expired sessions are deleted | `sessions` below: the hourly round runs on one server; the others skip it |
 * | (0x1a5e_0012, 1) | two int, session | while `insyn gallra` runs | `gallring` below: a second run waits, then finds nothing left to remove |
 *
 * The import queue takes no advisory lock: a job is claimed with a lease and `FOR UPDATE SKIP LOCKED`
 * (claimImportJob in src/db/documents.ts). The second number of a chore's key is the organisation (1 while a
 * database holds one; with a schema per organisation, its number, so organisations do not wait for each other).
 * On SQLite a database has one server, so a chore simply runs.
 */
export const CHORE_LOCKS = {
  startup: 0x1a5e_0010,
  sessions: 0x1a5e_0011,
  gallring: 0x1a5e_0012,
} as const;

export type Chore = keyof typeof CHORE_LOCKS;

/**
 * Runs `fn` once this server holds the chore's advisory lock on PostgreSQL, waiting while another server holds
 * it (start-up chores, gallring: each then finds done what the other did). The lock belongs to one pooled
 * connection, held for the chore; `fn` runs its queries on the Db as usual. A session lock goes with its
 * connection, so a server that dies mid-chore does not keep it. On SQLite `fn` simply runs.
 */
export async function runOnce<T>(db: Db, chore: Chore, fn: () => Promise<T>, org = 1): Promise<T> {
  if (db.dialect === 'sqlite') return await fn();
  const r = await underLock(db, chore, org, 'wait', fn);
  if (!r.ran) throw new Error('runOnce: låset togs inte');
  return r.value;
}

/** As runOnce, but skips the round (false) when another server holds the lock: a timer's chore it is doing now. */
export async function runUnlessRunning(db: Db, chore: Chore, fn: () => Promise<unknown>, org = 1): Promise<boolean> {
  if (db.dialect === 'sqlite') {
    await fn();
    return true;
  }
  return (await underLock(db, chore, org, 'try', fn)).ran;
}

async function underLock<T>(db: Db, chore: Chore, org: number, mode: 'wait' | 'try', fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  if (db.inTransaction) throw new Error('runOnce: inte inuti en transaktion');
  const key = CHORE_LOCKS[chore];
  return await db.kysely.connection().execute(async (conn) => {
    if (mode === 'wait') {
      await sql`SELECT pg_advisory_lock(${key}::int, ${org}::int)`.execute(conn);
    } else {
      const got = await sql<{ ok: boolean }>`SELECT pg_try_advisory_lock(${key}::int, ${org}::int) AS ok`.execute(conn);
      if (!got.rows[0]?.ok) return { ran: false as const };
    }
    try {
      return { ran: true as const, value: await fn() };
    } finally {
      await sql`SELECT pg_advisory_unlock(${key}::int, ${org}::int)`.execute(conn);
    }
  });
}
