// Clean-up for tests of organisations on PostgreSQL: an organisation's role belongs to the whole cluster, not to the
// test's database, so dropping the database leaves it behind. Its name starts with insyn_<md5 of the database's
// name, 8 hex>_ (src/db/organisations.ts), so the roles of a dropped test database are found and dropped here.
import pg from 'pg';
import { serverUrl, type PgDatabase } from './helpers.ts';

/** Drops the test database (again after a pause when a server backend still holds it), then its organisations' roles. */
export async function dropDatabaseAndRoles(pgdb: PgDatabase | undefined): Promise<void> {
  if (!pgdb) return;
  const name = decodeURIComponent(new URL(pgdb.url).pathname.slice(1));
  // A backend of the server's own (autovacuum after the schemas' DDL) can make the first forced drop fail.
  await pgdb.drop().catch(async () => {
    await new Promise((r) => setTimeout(r, 2000));
    await pgdb.drop();
  });
  await dropRolesOf(name);
}

/** Drops the organisations' roles of a database that no longer exists (they own nothing any more). */
export async function dropRolesOf(database: string): Promise<void> {
  const c = new pg.Client({ connectionString: serverUrl() });
  await c.connect();
  try {
    const roles = await c.query<{ rolname: string }>("SELECT rolname FROM pg_roles WHERE starts_with(rolname, 'insyn_' || substr(md5($1), 1, 8) || '_')", [database]);
    for (const r of roles.rows) await c.query(`DROP ROLE ${r.rolname}`);
  } finally {
    await c.end();
  }
}
