// GET /health for the operator's monitoring and the proxy: no session, nothing personal. 503 when
// the database cannot be read or its migrations are behind this version of Insyn.
import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { readMigrations } from '../db/migrate.ts';
import { readPgMigrations } from '../db/pgMigrate.ts';
import type { Dialect_ } from '../db/connection.ts';

// Each database has its own migrations (db/migrations and db/migrations/pg) and so its own latest version.
const expected: Partial<Record<Dialect_, string>> = {};
const expectedVersion = (dialect: Dialect_) =>
  (expected[dialect] ??= (dialect === 'postgres' ? readPgMigrations() : readMigrations()).at(-1)?.version ?? '');

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get('/health', async (c) => {
  const { db } = c.get('deps');
  c.header('Cache-Control', 'no-store');
  try {
    const applied = await db.value('SELECT max(version) FROM schema_migration') as string | null;
    const queued = await db.value("SELECT count(*) FROM import_job WHERE status IN ('queued', 'running')") as number;
    const current = applied === expectedVersion(db.dialect);
    return c.json(
      { status: current ? 'ok' : 'migrations_behind', database: 'ok', migrations: { current, applied, expected: expectedVersion(db.dialect) }, importQueue: queued },
      current ? 200 : 503,
    );
  } catch {
    return c.json({ status: 'database_unavailable', database: 'unavailable' }, 503);
  }
});
