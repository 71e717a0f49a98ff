// One database role per organisation (issue 16 part 4): each organisation's pool acts as its own NOLOGIN role, which
// owns its schema and nothing else, so the database itself refuses a query that names another organisation's schema
// (`org_beta.decision_log`) – reading and writing – and the registry; the organisation still works fully as its role,
// and its log stays append-only for that role. `insyn org add` needs CREATEROLE and says so; an organisation made
// before roles gets its role at the next start. Start-up chores are locked per organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { freshPgDatabase, serverUrl, type PgDatabase } from './helpers.ts';
import { dropDatabaseAndRoles, dropRolesOf } from './organisations-helpers.ts';
import { runCli } from '../helpers/cli.ts';
import { inTransaction, type Db } from '../../src/db/connection.ts';
import { addOrganisation, ensureRegistry, listOrganisations, openOrganisationDb, prepareOrganisation, type OrganisationRef } from '../../src/db/organisations.ts';
import { migratePg } from '../../src/db/pgMigrate.ts';
import { choreLockKey, runOnce, runUnlessRunning } from '../../src/db/chores.ts';
import { changeSettings, organisationConfig } from '../../src/db/organisation.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { makeRequest } from '../helpers/requests.ts';
import { loadConfig } from '../../src/config.ts';

let pgdb: PgDatabase;
const opened: Db[] = [];
const org: Record<'alfa' | 'beta', { ref: OrganisationRef; db: Db; staffId: number }> = {} as never;
const PASSWORD = 'korrekt-hast-batteri-7';

function open(ref: OrganisationRef): Db {
  const db = openOrganisationDb(pgdb.url, ref, 2);
  opened.push(db);
  return db;
}

/** A staff member, a request with a handling, and so log rows: the organisation in use. */
async function inUse(db: Db, slug: string): Promise<number> {
  const s = await createStaff(db, { id: null, label: 'test' }, { email: `reg@${slug}.se`, role: 'registrar', displayName: `Rita ${slug}`, password: PASSWORD });
  if (!s.ok) throw new Error(JSON.stringify(s.errors));
  const r = await makeRequest(db, s.value, `Avtal hos ${slug}`);
  await importPastedText(db, { id: s.value, label: 'test' }, r.id, { title: `Brev ${slug}`, text: `Hemligt hos ${slug}` });
  return s.value;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  pgdb = await freshPgDatabase();
  for (const [slug, name] of [['alfa', 'Alfa kommun'], ['beta', 'Beta Energi AB']] as const) {
    const ref = await addOrganisation(pgdb.url, slug, [`${slug}.example.se`], { INSYN_ORG_NAME: name });
    const db = open(ref);
    org[slug] = { ref, db, staffId: await inUse(db, slug) };
  }
}, 120_000);

afterAll(async () => {
  for (const db of opened) await db.close();
  await dropDatabaseAndRoles(pgdb);
});

describe('a role per organisation', () => {
  it('the database refuses another organisation\'s schema named outright: reading, writing, in a transaction, and the registry', async () => {
    for (const [slug, other] of [['alfa', 'beta'], ['beta', 'alfa']] as const) {
      const db = org[slug].db;
      const denied = new RegExp(`permission denied for schema org_${other}`);
      expect(await db.value('SELECT current_user')).toBe(org[slug].ref.role);
      await expect(db.all(`SELECT description FROM org_${other}.disclosure_request`)).rejects.toThrow(denied);
      await expect(db.all(`SELECT text FROM org_${other}.document`)).rejects.toThrow(denied);
      await expect(db.value(`SELECT count(*) FROM org_${other}.decision_log`)).rejects.toThrow(denied);
      await expect(db.all(`SELECT d.id FROM disclosure_request d JOIN org_${other}.disclosure_request o ON o.id = d.id`)).rejects.toThrow(denied);
      await expect(db.run(`INSERT INTO org_${other}.organisation_setting (name, value, updated_at) VALUES ('INSYN_DELEGATION', 'x', 'y')`)).rejects.toThrow(denied);
      await expect(db.run(`UPDATE org_${other}.organisation_setting SET value = 'Övertagen' WHERE name = 'INSYN_ORG_NAME'`)).rejects.toThrow(denied);
      await expect(db.run(`DELETE FROM org_${other}.staff_session`)).rejects.toThrow(denied);
      await expect(db.exec(`TRUNCATE org_${other}.staff_session`)).rejects.toThrow(denied);
      await expect(inTransaction(db, async (db) => db.all(`SELECT email FROM org_${other}.staff`))).rejects.toThrow(denied);
      // Another search_path does not help: a schema without USAGE is skipped, so its tables are not there.
      await expect(inTransaction(db, async (db) => {
        await db.exec(`SET LOCAL search_path = org_${other}`);
        return db.all('SELECT email FROM staff');
      })).rejects.toThrow(/permission denied|does not exist/);
      // The registry in public is the login role's: no organisation reads which others exist or their host names.
      await expect(db.all('SELECT slug FROM public.organisation')).rejects.toThrow(/permission denied for table organisation/);
      await expect(db.all('SELECT host FROM public.organisation_host')).rejects.toThrow(/permission denied for table organisation_host/);
      await expect(db.run(`CREATE TABLE public.stolen AS SELECT 1 AS x`)).rejects.toThrow(/permission denied for schema public/);
    }
    // Nothing of the other's changed.
    expect(await org.beta.db.value("SELECT value FROM organisation_setting WHERE name = 'INSYN_ORG_NAME'")).toBe('Beta Energi AB');
    expect(await org.alfa.db.value("SELECT value FROM organisation_setting WHERE name = 'INSYN_ORG_NAME'")).toBe('Alfa kommun');
  });

  it('the organisation still works fully as its role: it owns every object of its schema and nothing else', async () => {
    const { db, ref, staffId } = org.alfa;
    const admin = await pgdb.connect();
    const notOwned = await admin.query(
      `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'org_alfa'::regnamespace AND c.relowner <> $1::regrole
       UNION ALL SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'org_alfa'::regnamespace AND p.proowner <> $1::regrole`,
      [ref.role],
    );
    expect(notOwned.rows).toEqual([]);
    const owned = await admin.query("SELECT DISTINCT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relowner = $1::regrole AND n.nspname <> 'pg_toast'", [ref.role]);
    expect(owned.rows.map((r) => r.nspname)).toEqual(['org_alfa']);
    // A second request, a handling, a settings change (logged), and the chain holds.
    const r = await makeRequest(db, staffId, 'Protokoll från nämnden');
    expect(r.reference).toMatch(/\/0002$/);
    await importPastedText(db, { id: staffId, label: 'test' }, r.id, { title: 'Protokoll', text: 'Text' });
    expect(await changeSettings(db, 'cli', { INSYN_DELEGATION: 'delegationsordningen punkt 4' })).toEqual({ ok: true });
    expect((await organisationConfig(db, loadConfig({}))).organisationName).toBe('Alfa kommun');
    expect(await verifyLog(db)).toMatchObject({ ok: true });
  });

  it('the log stays append-only for the organisation\'s own role: UPDATE, DELETE and TRUNCATE are not its to use', async () => {
    for (const slug of ['alfa', 'beta'] as const) {
      const db = org[slug].db;
      expect(await db.value('SELECT count(*) FROM decision_log')).toBeGreaterThan(0);
      await expect(db.run("UPDATE decision_log SET reason = 'ändrad'")).rejects.toThrow(/permission denied for table decision_log/);
      await expect(db.run('DELETE FROM decision_log')).rejects.toThrow(/permission denied for table decision_log/);
      await expect(db.exec('TRUNCATE decision_log')).rejects.toThrow(/permission denied for table decision_log/);
      await expect(db.run("UPDATE decision SET outcome = 'granted'")).rejects.toThrow(/permission denied for table decision/);
      expect(await db.get("SELECT has_table_privilege(current_user, 'decision_log', 'INSERT') AS ins, has_table_privilege(current_user, 'decision_log', 'UPDATE') AS upd")).toEqual({ ins: true, upd: false });
      expect(await verifyLog(db)).toMatchObject({ ok: true });
    }
  });

  it('an organisation made before roles gets its own at the next start, with the log\'s guards and the walls in place', async () => {
    // Made as `insyn org add` did before: a schema of the login role, migrated on the login role, no role in the registry.
    const admin = await pgdb.connect();
    await ensureRegistry(admin);
    await admin.query('CREATE SCHEMA org_gamma');
    await admin.query('SET search_path = org_gamma, insyn_shared');
    await migratePg(admin);
    await admin.query("INSERT INTO org_gamma.organisation_setting (name, value, updated_at) VALUES ('INSYN_ORG_NAME', 'Gamma stad', '2026-01-01T00:00:00.000Z')");
    await admin.query('RESET search_path');
    const id = (await admin.query("INSERT INTO public.organisation (slug, created_at) VALUES ('gamma', '2026-01-01T00:00:00.000Z') RETURNING id")).rows[0].id;
    await admin.query("INSERT INTO public.organisation_host (host, organisation_id) VALUES ('gamma.example.se', $1)", [id]);
    const listed = (await listOrganisations(pgdb.url)).find((o) => o.slug === 'gamma')!;
    expect(listed.role).toBeNull();
    expect(() => openOrganisationDb(pgdb.url, listed)).toThrow(/ingen egen databasroll/);
    expect((await runCli(['org', 'list'], { env: { INSYN_DATABASE_URL: pgdb.url } })).stdout).toMatch(/gamma\s+org_gamma\s+gamma\.example\.se  roll – \(skapas vid nästa start\)/);

    // The server's start (prepareOrganisation), twice – the second finds it done.
    const { org: gamma, applied } = await prepareOrganisation(pgdb.url, 'gamma');
    expect(applied).toEqual([]);
    expect(gamma.role).toMatch(/^insyn_[0-9a-f]{8}_gamma$/);
    expect((await prepareOrganisation(pgdb.url, 'gamma')).org).toEqual(gamma);
    const notOwned = await admin.query(
      `SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'org_gamma'::regnamespace AND c.relowner <> $1::regrole
       UNION ALL SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'org_gamma'::regnamespace AND p.proowner <> $1::regrole
       UNION ALL SELECT nspname FROM pg_namespace WHERE nspname = 'org_gamma' AND nspowner <> $1::regrole`,
      [gamma.role],
    );
    expect(notOwned.rows).toEqual([]);

    const db = open(gamma);
    expect(await db.value('SELECT current_user')).toBe(gamma.role);
    await inUse(db, 'gamma');
    expect(await verifyLog(db)).toMatchObject({ ok: true });
    // The old owner's revoked rights moved with the tables: the log is append-only for the new role too, and the
    // column grant that lets a decision's day of notification be recorded moved along.
    await expect(db.run("UPDATE decision_log SET reason = 'ändrad'")).rejects.toThrow(/permission denied for table decision_log/);
    await expect(db.run('DELETE FROM decision_log')).rejects.toThrow(/permission denied for table decision_log/);
    expect(await db.value("SELECT has_column_privilege(current_user, 'decision', 'notified_at', 'UPDATE')")).toBe(true);
    await expect(db.all('SELECT email FROM org_alfa.staff')).rejects.toThrow(/permission denied for schema org_alfa/);
    await expect(org.alfa.db.all('SELECT email FROM org_gamma.staff')).rejects.toThrow(/permission denied for schema org_gamma/);
  });
});

describe('the login role without CREATEROLE', () => {
  it('insyn org add is refused with what to do and leaves nothing; the server\'s start and org delete need it only when a role is to be made or dropped', async () => {
    const server = new pg.Client({ connectionString: serverUrl() });
    await server.connect();
    const tag = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const role = `insyn_nocr_${tag}`;
    const database = `insyn_nocr_${tag}`;
    try {
      await server.query(`CREATE ROLE ${role} LOGIN PASSWORD 'nocr'`);
      await server.query(`GRANT ${role} TO CURRENT_USER`);
      await server.query(`CREATE DATABASE ${database} OWNER ${role}`);
      const u = new URL(serverUrl());
      u.username = role;
      u.password = 'nocr';
      u.pathname = `/${database}`;
      const env = { INSYN_DATABASE_URL: u.href };
      const refused = await runCli(['org', 'add', 'delta', '--host', 'delta.example.se'], { env });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`Databasrollen ${role} (INSYN_DATABASE_URL) saknar rätten CREATEROLE.`);
      expect(refused.stderr).toContain(`ALTER ROLE ${role} CREATEROLE;`);
      const check = new pg.Client({ connectionString: u.href });
      await check.connect();
      try {
        expect((await check.query("SELECT 1 FROM pg_namespace WHERE nspname = 'org_delta'")).rowCount).toBe(0);
        expect((await check.query('SELECT 1 FROM public.organisation')).rowCount).toBe(0);
        expect((await check.query("SELECT 1 FROM pg_roles WHERE starts_with(rolname, 'insyn_' || substr(md5(current_database()), 1, 8))")).rowCount).toBe(0);
      } finally {
        await check.end();
      }
      // Given the right, it adds; taken away again, a start finds the role there and needs nothing more…
      await server.query(`ALTER ROLE ${role} CREATEROLE`);
      expect(await runCli(['org', 'add', 'delta', '--host', 'delta.example.se'], { env })).toMatchObject({ code: 0, stderr: '' });
      await server.query(`ALTER ROLE ${role} NOCREATEROLE`);
      const { org: delta } = await prepareOrganisation(u.href, 'delta');
      const db = openOrganisationDb(u.href, delta, 1);
      try {
        expect((await organisationConfig(db, loadConfig({}))).organisationName).toBe('Exempelstads Energi AB');
      } finally {
        await db.close();
      }
      // …while deleting the organisation, which drops its role, is refused with the same advice, and deletes nothing.
      const del = await runCli(['org', 'delete', 'delta', '--yes', '--force'], { env });
      expect(del.code).toBe(1);
      expect(del.stderr).toContain(`ALTER ROLE ${role} CREATEROLE;`);
      expect((await listOrganisations(u.href)).map((o) => o.slug)).toEqual(['delta']);
    } finally {
      await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch(async () => {
        await sleep(2000);
        await server.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      });
      await dropRolesOf(database);
      await server.query(`DROP ROLE IF EXISTS ${role}`);
      await server.end();
    }
  });
});

describe('start-up chores per organisation', () => {
  it('two organisations\' chores run at the same time; one organisation\'s run once across servers', async () => {
    expect(choreLockKey('startup', org.alfa.ref.id)).not.toEqual(choreLockKey('startup', org.beta.ref.id));
    expect(choreLockKey('startup', org.alfa.ref.id)).not.toEqual(choreLockKey('startup', null));
    // A second server of alfa: its own pool on the same organisation.
    const alfa2 = open(org.alfa.ref);
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const first = runOnce(org.alfa.db, 'startup', async () => {
      order.push('alfa 1 start');
      await held;
      order.push('alfa 1 end');
    });
    while (!order.length) await sleep(5);
    let second: Promise<void> | undefined;
    try {
      // The lock held is alfa's own: the chore's key with alfa's registry id.
      const [key, scope] = choreLockKey('startup', org.alfa.ref.id);
      expect(await org.beta.db.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = ? AND objid = ? AND objsubid = 2 AND granted", [key, scope])).toBe(1);
      // Beta's start-up chores run now, while alfa's are running (a shared key would make this wait for alfa's).
      const beta = await Promise.race([runOnce(org.beta.db, 'startup', async () => void order.push('beta')).then(() => 'ran'), sleep(10_000).then(() => 'waited')]);
      expect(beta).toBe('ran');
      // Alfa's second server waits for alfa's first, then runs its own.
      second = runOnce(alfa2, 'startup', async () => void order.push('alfa 2'));
      // A timer's chore: alfa's second server skips the round alfa's first holds; beta runs its own.
      let sessions!: () => void;
      const sessionsHeld = new Promise<void>((r) => (sessions = r));
      let started = false;
      const round = runUnlessRunning(org.alfa.db, 'sessions', async () => {
        started = true;
        await sessionsHeld;
      });
      while (!started) await sleep(5);
      expect(await runUnlessRunning(alfa2, 'sessions', async () => {})).toBe(false);
      expect(await runUnlessRunning(org.beta.db, 'sessions', async () => {})).toBe(true);
      sessions();
      expect(await round).toBe(true);
      await sleep(200);
      expect(order).toEqual(['alfa 1 start', 'beta']);
    } finally {
      release();
    }
    await Promise.all([first, second]);
    expect(order).toEqual(['alfa 1 start', 'beta', 'alfa 1 end', 'alfa 2']);
  });
});
