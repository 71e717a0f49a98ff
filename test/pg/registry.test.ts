// The organisation registry on a database that runs as ONE organisation: a server on it (src/server.ts asks
// listOrganisations at every start) must start under the app's own role, which README tells the operator not to
// make a superuser. The migration made citext there as that role; a trusted extension's objects belong to the
// bootstrap superuser, so moving it (ensureRegistry) is refused – listing must therefore change nothing.
import { afterAll, expect, it } from 'vitest';
import { freshPgDatabase, type PgDatabase } from './helpers.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { listOrganisations } from '../../src/db/organisations.ts';

let pgdb: PgDatabase | undefined;

afterAll(async () => {
  await pgdb?.drop();
});

it('listing organisations on a one-organisation database, as the non-superuser app role, finds none and changes nothing', async () => {
  pgdb = await freshPgDatabase();
  const { db } = await openDatabase({ databaseUrl: pgdb.url, dbPath: '', databasePoolSize: 2 });
  await db.close();
  const c = await pgdb.connect();
  expect((await c.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0]!.rolsuper).toBe(false);
  const before = (await c.query('SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1', ['citext'])).rows;

  expect(await listOrganisations(pgdb.url)).toEqual([]);

  expect((await c.query('SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = $1', ['citext'])).rows).toEqual(before);
  expect((await c.query("SELECT to_regclass('public.organisation') AS t")).rows[0]!.t).toBeNull();
});
