// GET /health for the operator's monitoring and the proxy: no session, nothing personal. 503 when
// the database cannot be read or its migrations are behind this version of Insyn.
import { Hono } from 'hono';
import type { AppEnv } from '../web/env.ts';
import { readMigrations } from '../db/migrate.ts';

let expected: string | null = null;
const expectedVersion = () => (expected ??= readMigrations().at(-1)?.version ?? '');

export const healthRoutes = new Hono<AppEnv>();

healthRoutes.get('/health', async (c) => {
  const { db } = c.get('deps');
  c.header('Cache-Control', 'no-store');
  try {
    const applied = await db.value('SELECT max(version) FROM schema_migration') as string | null;
    const queued = await db.value("SELECT count(*) FROM import_job WHERE status IN ('queued', 'running')") as number;
    const current = applied === expectedVersion();
    return c.json(
      { status: current ? 'ok' : 'migrations_behind', database: 'ok', migrations: { current, applied, expected: expectedVersion() }, importQueue: queued },
      current ? 200 : 503,
    );
  } catch {
    return c.json({ status: 'database_unavailable', database: 'unavailable' }, 503);
  }
});
