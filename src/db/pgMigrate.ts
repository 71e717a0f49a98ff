// PostgreSQL's migration runner: applies db/migrations/pg/*.sql in order, each in a transaction with its record,
// under an advisory lock so that servers starting at once apply each migration once. openDatabase runs it at start-up;
// it takes one pg connection (the lock belongs to the session), not the Db.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClientBase } from 'pg';
import { MIGRATION_LOCK_KEY } from './chores.ts';

export { MIGRATION_LOCK_KEY };

export const PG_MIGRATIONS_DIR = fileURLToPath(new URL('../../db/migrations/pg/', import.meta.url));

export interface PgMigration {
  version: string;
  sql: string;
}

export function readPgMigrations(dir = PG_MIGRATIONS_DIR): PgMigration[] {
  return readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: f.replace(/\.sql$/, ''), sql: readFileSync(join(dir, f), 'utf8') }));
}

// The advisory lock's key (src/db/chores.ts, where every key is) is the same for every Insyn server. Advisory locks
// live per database, so servers on other databases of the same cluster do not wait for each other.

/**
 * Applies every migration not yet recorded in schema_migration and returns the versions applied now. Each runs
 * with its record row in one transaction: a failing statement leaves neither the change nor the record. The
 * whole run holds a session advisory lock, so a second server starting at the same moment waits, then finds
 * everything recorded and applies nothing. `client` must be one connection (a Client or a pool's checked-out
 * client), not a Pool: the lock belongs to the session.
 */
export async function migratePg(client: ClientBase, migrations: PgMigration[] = readPgMigrations()): Promise<string[]> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migration (
      version text COLLATE "C" PRIMARY KEY,
      applied_at text COLLATE "C" NOT NULL
    )`);
    const done = new Set((await client.query<{ version: string }>('SELECT version FROM schema_migration')).rows.map((r) => r.version));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.version)) continue;
      await client.query('BEGIN');
      try {
        // Without parameters pg sends the simple query protocol, which runs a file of several statements.
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migration (version, applied_at) VALUES ($1, $2)', [m.version, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}
