// Two organisations on one PostgreSQL database (issue 16 part 4): each in its own schema behind its own pool, whose
// connections' search_path is that schema. Neither sees the other's requests, handlingar, log or reference series –
// also through a query with no WHERE at all – each keeps its own log chain and series, the Host header chooses the
// organisation before any query, and an unknown host gets a 404 that names none. `insyn org` adds, lists, exports
// and deletes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freshPgDatabase, type PgDatabase } from './helpers.ts';
import { dropDatabaseAndRoles } from './organisations-helpers.ts';
import { runCli } from '../helpers/cli.ts';
import type { Db } from '../../src/db/connection.ts';
import { inTransaction } from '../../src/db/connection.ts';
import { listOrganisations, OrganisationDbs, openOrganisationDb } from '../../src/db/organisations.ts';
import { MIGRATION_LOCK_KEY, ORG_LOCK_BASE, writeLockKey } from '../../src/db/chores.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { importPastedText, ImportQueue } from '../../src/documents/importer.ts';
import { makeRequest } from '../helpers/requests.ts';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';

let pgdb: PgDatabase;
const opened: Db[] = [];
const orgs: Record<'alfa' | 'beta', { db: Db; staffId: number; requests: Array<{ id: number; reference: string }> }> = {} as never;
const PASSWORD = 'korrekt-hast-batteri-7';

beforeAll(async () => {
  pgdb = await freshPgDatabase();
  const env = { INSYN_DATABASE_URL: pgdb.url };
  expect(await runCli(['org', 'add', 'alfa', '--host', 'alfa.example.se,insyn.alfa.se', 'INSYN_ORG_NAME=Alfa kommun', 'INSYN_ORG_KIND=kommun'], { env })).toMatchObject({ code: 0, stderr: '' });
  expect(await runCli(['org', 'add', 'beta', '--host', 'beta.example.se', 'INSYN_ORG_NAME=Beta Energi AB'], { env })).toMatchObject({ code: 0, stderr: '' });
  for (const [slug, n] of [['alfa', 2], ['beta', 1]] as const) {
    const org = (await listOrganisations(pgdb.url)).find((o) => o.slug === slug)!;
    const db = openOrganisationDb(pgdb.url, org, 2);
    opened.push(db);
    const s = await createStaff(db, { id: null, label: 'test' }, { email: 'reg@test.se', role: 'registrar', displayName: `Rita ${slug}`, password: PASSWORD });
    if (!s.ok) throw new Error(JSON.stringify(s.errors));
    const requests = [];
    for (let i = 0; i < n; i++) {
      const r = await makeRequest(db, s.value, `Avtal hos ${slug} nummer ${i + 1}`);
      await importPastedText(db, { id: s.value, label: 'test' }, r.id, { title: `Brev ${slug}`, text: `Hemligt hos ${slug}` });
      requests.push(r);
    }
    orgs[slug] = { db, staffId: s.value, requests };
  }
}, 120_000);

afterAll(async () => {
  for (const db of opened) await db.close();
  await dropDatabaseAndRoles(pgdb);
});

describe('two organisations on one PostgreSQL database', () => {
  it('a query with no WHERE sees only its own organisation: requests, handlingar, log, series, staff, settings', async () => {
    for (const [slug, other] of [['alfa', 'beta'], ['beta', 'alfa']] as const) {
      const db = orgs[slug].db;
      const descriptions = await db.column<string>('SELECT description FROM disclosure_request');
      expect(descriptions.length).toBe(orgs[slug].requests.length);
      expect(descriptions.every((d) => d.includes(slug))).toBe(true);
      const texts = await db.column<string>('SELECT text FROM document');
      expect(texts.every((t) => t === `Hemligt hos ${slug}`)).toBe(true);
      const log = await db.all<{ reason: string; before: string | null; after: string | null }>('SELECT reason, before, after FROM decision_log');
      expect(JSON.stringify(log)).not.toContain(other);
      expect(await db.column('SELECT display_name FROM staff')).toEqual([`Rita ${slug}`]);
      expect(await db.value("SELECT value FROM organisation_setting WHERE name = 'INSYN_ORG_NAME'")).toBe(slug === 'alfa' ? 'Alfa kommun' : 'Beta Energi AB');
      // The registry is not in reach either: only the organisation's schema and the shared types are searched.
      await expect(db.all('SELECT * FROM organisation')).rejects.toThrow(/does not exist/);
      expect(await db.value('SHOW search_path')).toBe(`org_${slug},insyn_shared`);
    }
  });

  it('each keeps its own log chain and its own reference series', async () => {
    expect(await verifyLog(orgs.alfa.db)).toMatchObject({ ok: true });
    expect(await verifyLog(orgs.beta.db)).toMatchObject({ ok: true });
    const year = new Date().getFullYear();
    expect(orgs.alfa.requests.map((r) => r.reference)).toEqual([`${year}/0001`, `${year}/0002`]);
    expect(orgs.beta.requests.map((r) => r.reference)).toEqual([`${year}/0001`]);
    expect(await orgs.beta.db.value('SELECT last_number FROM reference_series')).toBe(1);
  });

  it('write transactions take the organisation\'s own advisory lock, which no other lock key meets', async () => {
    const [alfa, beta] = (await listOrganisations(pgdb.url)).map((o) => writeLockKey(o.id));
    expect(alfa).not.toBe(beta);
    expect(Math.min(alfa!, beta!)).toBeGreaterThan(ORG_LOCK_BASE);
    expect(alfa).not.toBe(MIGRATION_LOCK_KEY);
    // Alfa's write transaction holds its lock; beta's is not blocked by it.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const alfaTx = inTransaction(orgs.alfa.db, async () => held);
    await new Promise((r) => setTimeout(r, 100));
    expect(await inTransaction(orgs.beta.db, async (db) => db.value('SELECT 1'))).toBe(1);
    release();
    await alfaTx;
  });

  it('the Host header chooses the organisation before any query; an unknown host is a 404 that names none', async () => {
    const config = { ...loadConfig({}), loginDelayStepMs: 0 };
    const dbs = new OrganisationDbs(pgdb.url, (db) => ({ db, imports: new ImportQueue(db, { maxBytes: config.maxFileBytes, timeoutMs: 60_000, maxMemoryMb: 512 }) }));
    try {
      const app = createApp({ db: orgs.alfa.db, config, imports: new ImportQueue(orgs.alfa.db, { maxBytes: 1, timeoutMs: 1, maxMemoryMb: 64 }), organisations: (h) => dbs.forHost(h), sleep: async () => {} });
      const alfaPage = await (await app.request('http://insyn.alfa.se/tillganglighet')).text();
      expect(alfaPage).toContain('Alfa kommun');
      expect(await (await app.request('http://beta.example.se/tillganglighet')).text()).toContain('Beta Energi AB');
      const unknown = await app.request('http://gamma.example.se/tillganglighet');
      expect(unknown.status).toBe(404);
      const body = await unknown.text();
      for (const word of ['alfa', 'Alfa', 'beta', 'Beta', 'org_']) expect(body).not.toContain(word);
      expect(body).toBe(await (await app.request('http://localhost/')).text());
      // Signed in at beta, the overview lists beta's request only.
      const login = await app.request('http://beta.example.se/login', {
        method: 'POST',
        body: new URLSearchParams({ email: 'reg@test.se', password: PASSWORD }),
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://beta.example.se' },
      });
      expect(login.status).toBe(303);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const list = await (await app.request('http://beta.example.se/requests', { headers: { Cookie: cookie } })).text();
      expect(list).toContain('Avtal hos beta nummer 1');
      expect(list).not.toContain('alfa');
      // The same session cookie means nothing at alfa: sessions live in the organisation's schema.
      const atAlfa = await app.request('http://alfa.example.se/requests', { headers: { Cookie: cookie } });
      expect(atAlfa.status).not.toBe(200);
    } finally {
      await dbs.close();
    }
  });

  it('insyn org list, show, export (pg_dump of one schema) and delete (--yes, refused with open requests unless --force)', async () => {
    const env = { INSYN_DATABASE_URL: pgdb.url };
    const list = await runCli(['org', 'list'], { env });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/alfa\s+org_alfa\s+alfa\.example\.se, insyn\.alfa\.se  roll insyn_[0-9a-f]{8}_alfa\n/);
    expect((await runCli(['org', 'show', 'beta'], { env })).stdout).toContain('INSYN_ORG_NAME=Beta Energi AB');
    // Without a SLUG on a database of several organisations: which one is meant must be said.
    expect(await runCli(['org', 'show'], { env })).toMatchObject({ code: 2, stderr: expect.stringContaining('ange organisationens SLUG') });
    // set changes one organisation only, validated and logged in its own chain.
    expect(await runCli(['org', 'set', 'beta', 'INSYN_ORG_KIND=förening'], { env })).toMatchObject({ code: 1, stderr: 'INSYN_ORG_KIND måste vara state, kommun eller company (fick "förening").\n' });
    expect(await runCli(['org', 'set', 'beta', 'INSYN_ORG_NAME=Beta Värme AB'], { env })).toMatchObject({ code: 0, stderr: '' });
    expect((await runCli(['org', 'show', 'beta'], { env })).stdout).toContain('INSYN_ORG_NAME=Beta Värme AB');
    expect((await runCli(['org', 'show', 'alfa'], { env })).stdout).toContain('INSYN_ORG_NAME=Alfa kommun');
    expect(await orgs.beta.db.column("SELECT actor FROM decision_log WHERE event = 'organisation.settings_changed'")).toEqual(['cli']);
    expect(await orgs.alfa.db.column("SELECT actor FROM decision_log WHERE event = 'organisation.settings_changed'")).toEqual([]);
    expect(await verifyLog(orgs.beta.db)).toMatchObject({ ok: true });
    // INSYN_ORG points the other commands at one organisation: a user added to alfa exists in alfa only.
    expect(await runCli(['users', 'add', '--email', 'adm@alfa.se', '--role', 'admin', '--password-stdin'], { env: { ...env, INSYN_ORG: 'alfa' }, stdin: `${PASSWORD}\n` })).toMatchObject({ code: 0 });
    expect(await orgs.alfa.db.column('SELECT email FROM staff ORDER BY email')).toEqual(['adm@alfa.se', 'reg@test.se']);
    expect(await orgs.beta.db.column('SELECT email FROM staff')).toEqual(['reg@test.se']);
    expect((await runCli(['audit', 'verify'], { env: { ...env, INSYN_ORG: 'beta' } })).code).toBe(0);
    expect((await runCli(['org', 'add', 'alfa', '--host', 'ny.example.se'], { env })).stderr).toContain('finns redan');
    expect((await runCli(['org', 'add', 'gamma', '--host', 'beta.example.se'], { env })).stderr).toContain('hör redan till en annan organisation');
    expect((await runCli(['org', 'add', 'Gamma!', '--host', 'g.example.se'], { env })).code).toBe(2);
    expect((await runCli(['org', 'add', 'gamma', '--host', 'g.example.se', 'INSYN_ORG_KIND=förening'], { env })).stderr).toBe('INSYN_ORG_KIND måste vara state, kommun eller company (fick "förening").\n');
    const file = join(mkdtempSync(join(tmpdir(), 'insyn-org-export-')), 'beta.dump');
    expect(await runCli(['org', 'export', 'beta', file], { env })).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(file) && statSync(file).size > 0).toBe(true);
    expect((await runCli(['org', 'delete', 'beta'], { env })).code).toBe(2);
    expect(await runCli(['org', 'delete', 'beta', '--yes'], { env })).toMatchObject({ code: 1, stderr: 'Organisationen beta har 1 öppna begäranden och tas inte bort. Avsluta dem först, eller ange --force.\n' });
    const betaRole = (await listOrganisations(pgdb.url)).find((o) => o.slug === 'beta')!.role;
    expect(betaRole).toMatch(/^insyn_[0-9a-f]{8}_beta$/);
    expect((await runCli(['org', 'delete', 'beta', '--yes', '--force'], { env })).code).toBe(0);
    expect((await listOrganisations(pgdb.url)).map((o) => o.slug)).toEqual(['alfa']);
    const admin = await pgdb.connect();
    expect((await admin.query("SELECT 1 FROM pg_namespace WHERE nspname = 'org_beta'")).rowCount).toBe(0);
    // …and its role, which belonged to the whole cluster.
    expect((await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [betaRole])).rowCount).toBe(0);
    // Alfa is untouched.
    expect(await orgs.alfa.db.value('SELECT count(*) FROM disclosure_request')).toBe(2);
  });
});
