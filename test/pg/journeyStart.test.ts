// Found by the two-server journey (test/pg/journey.test.ts): a server on PostgreSQL must start as README sets it up –
// an app role that owns its database and is no superuser. The start asks the organisation registry which
// organisations there are; that question must only read, not make the registry (which moves citext out of
// public: only the owner of citext's types, the bootstrap superuser for a trusted extension, may do that).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { addOrganisation, listOrganisations } from '../../src/db/organisations.ts';
import { migratedPg, type PgDatabase } from './helpers.ts';
import { runCli } from '../helpers/cli.ts';

let pgdb: PgDatabase;
let client: pg.Client;

beforeAll(async () => {
  ({ db: pgdb, client } = await migratedPg());
}, 60_000);

afterAll(async () => {
  await pgdb?.drop();
});

describe('the organisations a server starts with, on a database of one organisation', () => {
  it('are none, read by an app role that is no superuser, and nothing is moved or made', async () => {
    // The premise: the role is the database's owner, not a superuser (src/scripts/pg-local.mjs, README, .ci/run).
    expect((await client.query('SELECT rolsuper FROM pg_roles WHERE rolname = current_user')).rows[0].rolsuper, 'run with a role that is no superuser').toBe(false);
    const citextSchema = "SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'citext'";
    expect((await client.query(citextSchema)).rows).toEqual([{ schema: 'public' }]);
    expect(await listOrganisations(pgdb.url)).toEqual([]);
    expect((await client.query(citextSchema)).rows).toEqual([{ schema: 'public' }]);
    expect((await client.query("SELECT to_regclass('public.organisation') IS NULL AS none")).rows[0].none).toBe(true);
  });

  it('a first organisation added there is refused with what a superuser must run, not with PostgreSQL\'s "must be owner of type citext"', async () => {
    await expect(addOrganisation(pgdb.url, 'alfa', ['alfa.example.se'], {})).rejects.toThrow(
      /Tillägget citext ligger i schemat public .*ALTER EXTENSION citext SET SCHEMA insyn_shared;/,
    );
    expect((await client.query("SELECT count(*)::int AS n FROM pg_namespace WHERE nspname = 'org_alfa'")).rows[0].n).toBe(0);
  });

  it('insyn org show and set without a SLUG are the database\'s own organisation, as the file is on SQLite', async () => {
    const env = { INSYN_DATABASE_URL: pgdb.url };
    expect(await runCli(['org', 'set', 'INSYN_ORG_NAME=Ett Energibolag AB', 'INSYN_ORG_KIND=company'], { env })).toMatchObject({ code: 0, stderr: '' });
    const shown = await runCli(['org', 'show'], { env });
    expect(shown).toMatchObject({ code: 0, stderr: '' });
    expect(shown.stdout).toContain('INSYN_ORG_NAME=Ett Energibolag AB');
    expect(shown.stdout).toContain('INSYN_ORG_KIND=company');
    expect(await runCli(['org', 'set', 'INSYN_ORG_KIND=förening'], { env })).toMatchObject({ code: 1 });
    expect((await runCli(['org', 'set'], { env })).code).toBe(2);
  });
});
