// The built server as a real process: a clean shutdown on SIGTERM (in-flight request finished, new
// connections refused, database closed, exit 0), and a SIGKILL in the middle of registrations,
// decisions and an import that leaves a sound database which the next start completes.
// On this run's database (SQLite, or PostgreSQL under npm run test:pg); the SQLite file's own checks
// (integrity_check, the WAL removed) on SQLite only. Outcomes only: no assertion on how long anything took.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connect } from 'node:net';
import { once } from 'node:events';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { sqliteDb, sqliteOnlyHandle, type Db } from '../../src/db/connection.ts';
import { testDatabase, testDialect, type TestDatabase } from '../helpers/db.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { buildServer, httpLogin, httpPost, startServer } from '../helpers/server.ts';
import { makeRequest } from '../helpers/requests.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';
import { pdfFixture } from '../helpers/fixtures.ts';

const PASSWORD = 'processtest-losenord-1';
let build: string;

beforeAll(async () => {
  build = await buildServer();
}, 60_000);
afterAll(() => rmSync(build, { recursive: true, force: true }));

const cacheListing = () => {
  const dir = join(fileURLToPath(new URL('../../', import.meta.url)), 'node_modules', '.cache', 'insyn');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
};
/** A connection to look at the server's database while it runs: read-only on the SQLite file, a small pool on PostgreSQL. */
const watcher = (database: TestDatabase): Promise<Db> =>
  database.env.INSYN_DB ? Promise.resolve(sqliteDb(new Database(database.env.INSYN_DB, { readonly: true }))) : database.open();
/** What only a SQLite file has: integrity_check (PostgreSQL's pages are checked by the server itself). */
const expectSoundFile = (db: Db) => {
  if (db.dialect === 'sqlite') expect(sqliteOnlyHandle(db).pragma('integrity_check', { simple: true })).toBe('ok');
};
// On PostgreSQL a SIGKILLed server's import is taken over when its lease runs out (on SQLite at once, at start):
// the shortest lease, so the next start takes it within seconds.
const leaseEnv = (): Record<string, string> => (testDialect() === 'postgres' ? { INSYN_IMPORT_LEASE_S: '10' } : {});
const until = async (cond: () => boolean | Promise<boolean>, what: string, limitMs = 60_000) => {
  const end = Date.now() + limitMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the built CLI', () => {
  it('runs as node dist/cli.js, as production runs it, and exits 2 with usage on no arguments', async () => {
    const { spawnSync } = await import('node:child_process');
    const env = { PATH: process.env.PATH ?? '', ...(await testDatabase()).env };
    const head = spawnSync(process.execPath, [join(build, 'cli.js'), 'audit', 'head'], { encoding: 'utf8', env });
    expect(head.status).toBe(0);
    expect(head.stdout.trim()).toBe(`0:${'0'.repeat(64)}`);
    const bare = spawnSync(process.execPath, [join(build, 'cli.js')], { encoding: 'utf8', env });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Användning');
  });
});

describe('demo data', () => {
  it('is not seeded when INSYN_DEMO_DATA=0', async () => {
    const database = await testDatabase();
    const server = await startServer(build, { ...database.env, INSYN_DEMO_DATA: '0' });
    server.proc.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('Demoinloggningar');
    const db = await watcher(database);
    expect(await db.value('SELECT count(*) FROM staff')).toBe(0);
    expect(await db.value('SELECT count(*) FROM disclosure_request')).toBe(0);
    await db.close();
  });
});

describe('clean shutdown', () => {
  it('on SIGTERM refuses new connections, finishes the request in flight, closes the database and exits 0', async () => {
    const database = await testDatabase();
    const server = await startServer(build, { ...database.env, INSYN_DEMO_PASSWORD: PASSWORD });
    expect((await fetch(`${server.base}/health`)).status).toBe(200);
    const port = Number(new URL(server.base).port);

    // A login whose body is only half sent: in flight when the signal comes.
    const body = new URLSearchParams({ email: 'registrator@exempelstad.se', password: PASSWORD }).toString();
    const sock = connect(port, '127.0.0.1');
    await once(sock, 'connect');
    let response = '';
    sock.on('data', (d) => (response += d));
    sock.write(
      `POST /login HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${server.base}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, 10)}`,
    );
    await new Promise((r) => setTimeout(r, 300));
    server.proc.kill('SIGTERM');
    await until(() => server.output().includes('Insyn stänger'), 'the shutdown notice');
    await expect(fetch(`${server.base}/health`)).rejects.toThrow();

    sock.write(body.slice(10));
    await once(sock, 'close');
    expect(response).toMatch(/^HTTP\/1\.1 303/);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('tog för lång tid');
    // The access log is buffered; the lines of the requests answered before the signal are written on the way out.
    expect(server.output()).toMatch(/req=[0-9a-f]{12} POST \/login 303 /);

    // Closed properly: the WAL was checkpointed and removed (SQLite); the login that was in flight is logged.
    if (database.env.INSYN_DB) expect(existsSync(`${database.env.INSYN_DB}-wal`)).toBe(false);
    const db = await watcher(database);
    expectSoundFile(db);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'auth.login'")).toBe(1);
    await db.close();
  });
});

describe('shutdown during an import', () => {
  it('stops the import at a safe point: exit 0, the handling whole or not there, and read at the next start', async () => {
    const database = await testDatabase();
    const setup = await database.open();
    const r = await createStaff(setup, { id: null, label: 'test' }, { email: 'registrar@test.se', displayName: 'R', role: 'registrar', password: PASSWORD });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const requestId = (await makeRequest(setup, r.value, 'Stor handling')).id;
    await setup.close();

    const server = await startServer(build, database.env);
    const reg = await httpLogin(server.base, 'registrar@test.se', PASSWORD);
    const pages = Array.from({ length: 1500 }, (_, i) => `Sida ${i + 1}. Protokoll från styrelsemötet, löpande text för att fylla sidan.`);
    const form = new FormData();
    form.append('files', new File([pdfFixture(pages) as Uint8Array<ArrayBuffer>], 'protokoll.pdf'));
    expect((await httpPost(server.base, `/requests/${requestId}/documents`, reg, form)).status).toBe(303);
    const watch = await watcher(database);
    const job = async () => await watch.get('SELECT status, progress_done FROM import_job WHERE request_id = ?', [requestId]) as { status: string; progress_done: number };
    await until(async () => (await job()).status !== 'queued' && (await job()).progress_done > 0, 'the import under way');
    await watch.close();
    server.proc.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).not.toContain('tog för lång tid');

    const documents = async (db: Db) => await db.column('SELECT page_count FROM document WHERE request_id = ?', [requestId]);
    const db = await watcher(database);
    expectSoundFile(db);
    const status = await db.value('SELECT status FROM import_job WHERE request_id = ?', [requestId]);
    // Either it finished within the grace period (stored whole), or it was left for the next start (nothing stored).
    expect(await documents(db)).toEqual(status === 'done' ? [1500] : []);
    await db.close();

    const again = await startServer(build, database.env);
    const watch2 = await watcher(database);
    await until(async () => await watch2.value('SELECT status FROM import_job WHERE request_id = ?', [requestId]) === 'done', 'the import finished', 120_000);
    await watch2.close();
    again.proc.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    const after = await watcher(database);
    expect(await documents(after)).toEqual([1500]);
    expect((await verifyLog(after)).ok).toBe(true);
    await after.close();
  }, 240_000);
});

describe('crash safety', () => {
  it('a SIGKILL during registrations, decisions and an import leaves a sound database; the next start finishes the import', async () => {
    const database = await testDatabase();
    // Set-up through the domain: staff, requests in review with assessed handlingar, one for the import.
    const setup = await database.open();
    const ids = {} as { registrar: number; reviewer: number; reviewer2: number };
    for (const [key, role] of [['registrar', 'registrar'], ['reviewer', 'reviewer'], ['reviewer2', 'reviewer']] as const) {
      const r = await createStaff(setup, { id: null, label: 'test' }, { email: `${key}@test.se`, displayName: key, role, password: PASSWORD });
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      ids[key] = r.value;
    }
    const toDecide: number[] = [];
    for (let i = 0; i < 40; i++) {
      const r = await makeRequest(setup, ids.registrar, `Protokoll ${i}`);
      await assessedDocument(setup, ids, r.id, { title: `Protokoll ${i}`, text: `Styrelseprotokoll nummer ${i}. Inget hemligt.`, outcome: 'release_full' });
      await toReview(setup, ids.reviewer, r.id);
      toDecide.push(r.id);
    }
    const importRequest = (await makeRequest(setup, ids.registrar, 'Stor handling')).id;
    await setup.close();

    const bundles = cacheListing();
    const server = await startServer(build, { ...database.env, ...leaseEnv() });
    const reg = await httpLogin(server.base, 'registrar@test.se', PASSWORD);
    const jur = await httpLogin(server.base, 'reviewer@test.se', PASSWORD);

    // A large PDF, read in the background while the other streams run.
    const pages = Array.from({ length: 1500 }, (_, i) => `Sida ${i + 1}. Avtal om fjärrvärme mellan bolaget och kunden, löpande text för att fylla sidan.`);
    const form = new FormData();
    form.append('files', new File([pdfFixture(pages) as Uint8Array<ArrayBuffer>], 'stor.pdf'));
    expect((await httpPost(server.base, `/requests/${importRequest}/documents`, reg, form)).status).toBe(303);

    const registered: number[] = [];
    const decided: number[] = [];
    let killed = false;
    const registrations = async () => {
      for (let i = 0; !killed; i++) {
        const res = await httpPost(server.base, '/requests', reg, { receivedDate: '2026-01-05', receivedTime: '09:30', channel: 'email', description: `Begäran ${i}`, formWanted: 'electronic_copy' }).catch(() => null);
        const m = res?.status === 303 ? /\/requests\/(\d+)/.exec(res.headers.get('location') ?? '') : null;
        if (m) registered.push(Number(m[1]));
      }
    };
    const decisions = async () => {
      for (const id of toDecide) {
        if (killed) return;
        const res = await httpPost(server.base, `/requests/${id}/decision`, jur, { motivering: 'Handlingen lämnas ut i sin helhet.', condition: '' }).catch(() => null);
        if (res?.status === 303) decided.push(id);
      }
    };
    const streams = Promise.all([registrations(), registrations(), registrations(), decisions()]);

    const watch = await watcher(database);
    const job = async () => await watch.get('SELECT status, progress_done, progress_total FROM import_job WHERE request_id = ?', [importRequest]) as { status: string; progress_done: number; progress_total: number };
    await until(async () => registered.length >= 10 && decided.length >= 3 && (await job()).status === 'running' && (await job()).progress_done > 0, 'all three streams under way');
    server.proc.kill('SIGKILL');
    killed = true;
    const atKill = await job();
    await watch.close();
    expect(await server.exited).toMatchObject({ signal: 'SIGKILL' });
    await streams;
    expect(atKill.status).toBe('running');

    const check = async (db: Db) => {
      expectSoundFile(db);
      expect((await verifyLog(db)).ok).toBe(true);
      // The reference series has no gap and its counter matches the last number handed out.
      for (const { year, last } of await db.all('SELECT year, last_number AS last FROM reference_series') as Array<{ year: number; last: number }>) {
        const nums = await db.column('SELECT reference_number FROM disclosure_request WHERE reference_year = ? ORDER BY reference_number', [year]) as number[];
        expect(nums).toEqual(Array.from({ length: last }, (_, i) => i + 1));
      }
      // Every handling is whole: its pages and its log entry are there.
      expect(await db.value('SELECT count(*) FROM document d WHERE page_count != (SELECT count(*) FROM document_page p WHERE p.document_id = d.id)')).toBe(0);
      expect(await db.value("SELECT count(*) FROM document d WHERE NOT EXISTS (SELECT 1 FROM decision_log l WHERE l.document_id = d.id AND l.event = 'document.imported')")).toBe(0);
      // A decision is there with its state and its log entry, or not at all.
      for (const id of toDecide) {
        const rows = await db.value('SELECT count(*) FROM decision WHERE request_id = ?', [id]) as number;
        const logged = await db.value("SELECT count(*) FROM decision_log WHERE request_id = ? AND event = 'decision.made'", [id]) as number;
        const status = await db.value('SELECT status FROM disclosure_request WHERE id = ?', [id]) as string;
        expect(rows, `request ${id}`).toBe(logged);
        expect(rows <= 1).toBe(true);
        expect(status === 'decided', `request ${id}`).toBe(rows === 1);
      }
    };

    const db = await database.open();
    await check(db);
    for (const id of registered) expect(await db.value('SELECT count(*) FROM disclosure_request WHERE id = ?', [id])).toBe(1);
    for (const id of decided) expect(await db.value('SELECT count(*) FROM decision WHERE request_id = ?', [id])).toBe(1);
    // No half-imported handling: the interrupted import left nothing but its queued job.
    expect(await db.value('SELECT count(*) FROM document WHERE request_id = ?', [importRequest])).toBe(0);
    await db.close();

    // The next start reads the interrupted file again and stores it once.
    const again = await startServer(build, { ...database.env, ...leaseEnv() });
    const watch2 = await watcher(database);
    await until(async () => (await watch2.value('SELECT status FROM import_job WHERE request_id = ?', [importRequest]) as string) === 'done', 'the resumed import', 120_000);
    await watch2.close();
    again.proc.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });
    const after = await database.open();
    await check(after);
    expect(await after.column('SELECT page_count FROM document WHERE request_id = ?', [importRequest])).toEqual([1500]);
    await after.close();
    // The built server read the PDF with its prebuilt worker: nothing was bundled at run time.
    expect(cacheListing()).toEqual(bundles);
  }, 240_000);
});
