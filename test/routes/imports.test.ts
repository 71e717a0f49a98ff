// Hostile files in the background import: refused or contained in the child, retried at most once, and
// a failing job (even a locked database) never stops the server or the queue (issue 10, holes 2 and 10).
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import pg from 'pg';
import { get, login, makeTestApp, ORIGIN, type TestApp } from '../helpers/app.ts';
import { makeRequest } from '../helpers/requests.ts';
import { pdfFixture } from '../helpers/fixtures.ts';
import { flateBombPdf, hiddenFlateBombPdf } from '../helpers/bombs.ts';
import { ImportQueue, MAX_IMPORT_ATTEMPTS, PARSER_GAVE_UP, processImportJob } from '../../src/documents/importer.ts';
import { insertImportJob } from '../../src/db/documents.ts';
import { sqliteOnlyHandle, type Db } from '../../src/db/connection.ts';
import { testDatabase } from '../helpers/db.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';

function upload(t: TestApp, requestId: number, name: string, bytes: Uint8Array, cookie: string) {
  const form = new FormData();
  form.append('files', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return t.app.request(`/requests/${requestId}/documents`, { method: 'POST', body: form, headers: { Origin: ORIGIN, Cookie: cookie } });
}

const job = async (db: TestApp['db'], id: number) =>
  await db.get('SELECT status, attempts, error_message, CASE WHEN staged_bytes IS NULL THEN 1 ELSE 0 END AS cleared FROM import_job WHERE id = ?', [id]) as {
    status: string;
    attempts: number;
    error_message: string | null;
    cleared: number;
  };

describe('a decompression bomb uploaded as a handling (hole 2)', () => {
  it('is refused with a Swedish message, and the server answers the next request', async () => {
    const t = await makeTestApp();
    const cookie = await login(t.app, 'registrar');
    const req = await makeRequest(t.db, t.ids.registrar);
    expect((await upload(t, req.id, 'rapport.pdf', flateBombPdf(), cookie)).status).toBe(303);
    await t.imports.idle();
    const row = await t.db.value('SELECT id FROM import_job WHERE request_id = ?', [req.id]) as number;
    expect(await job(t.db, row)).toMatchObject({ status: 'failed', cleared: 1 });
    expect((await job(t.db, row)).error_message).toContain('PDF-filen packas upp till för mycket data');
    expect(await t.db.value('SELECT count(*) FROM document WHERE request_id = ?', [req.id])).toBe(0);
    const page = await get(t.app, `/requests/${req.id}/imports`, cookie);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('packas upp till för mycket data');
  });

  it('whose parser dies is read once more, then fails with a Swedish message', async () => {
    const t = await makeTestApp();
    const imports = new ImportQueue(t.db, { maxBytes: t.config.maxFileBytes, timeoutMs: 60_000, maxMemoryMb: 96 });
    const req = await makeRequest(t.db, t.ids.registrar);
    const id = await insertImportJob(t.db, { requestId: req.id, fileName: 'dold.pdf', bytes: hiddenFlateBombPdf(512 * 1024 * 1024), createdBy: t.ids.registrar, now: new Date().toISOString() });
    imports.enqueue();
    await imports.idle();
    expect(await job(t.db, id)).toMatchObject({ status: 'failed', attempts: MAX_IMPORT_ATTEMPTS, error_message: PARSER_GAVE_UP, cleared: 1 });
    const logged = await t.db.column("SELECT after FROM decision_log WHERE event = 'document.import_refused'") as string[];
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain('dold');
  });

  it('is not read a third time when the server died reading it twice: no crash loop', async () => {
    const t = await makeTestApp();
    const req = await makeRequest(t.db, t.ids.registrar);
    const id = await insertImportJob(t.db, { requestId: req.id, fileName: 'a.pdf', bytes: pdfFixture(['text']), createdBy: t.ids.registrar, now: new Date().toISOString() });
    // As the server leaves it when it dies mid-read, twice.
    await t.db.run("UPDATE import_job SET status = 'running', attempts = ? WHERE id = ?", [MAX_IMPORT_ATTEMPTS, id]);
    expect(await processImportJob(t.db, id, { maxBytes: 1e8, timeoutMs: 60_000, maxMemoryMb: 256 })).toBe('finished');
    expect(await job(t.db, id)).toMatchObject({ status: 'failed', error_message: PARSER_GAVE_UP, cleared: 1 });
  });
});

/**
 * This run's database, a Db on it that gives up on a lock at once instead of waiting, and another connection that
 * takes the lock: on SQLite a second better-sqlite3 connection's BEGIN EXCLUSIVE (busy_timeout 0); on PostgreSQL
 * another session's LOCK TABLE import_job (lock_timeout 100 ms on the database's connections). `failure` is what the
 * queue's log line then names.
 */
async function lockableDatabase(): Promise<{ db: Db; lock(): Promise<void>; unlock(): Promise<void>; close(): Promise<void>; failure: string }> {
  const database = await testDatabase();
  const path = database.env.INSYN_DB;
  if (path) {
    const db = await database.open();
    sqliteOnlyHandle(db).pragma('busy_timeout = 0');
    const other = new Database(path);
    return {
      db,
      lock: async () => {
        other.exec('BEGIN EXCLUSIVE');
      },
      unlock: async () => {
        other.exec('COMMIT');
      },
      close: async () => {
        other.close();
      },
      failure: 'SqliteError',
    };
  }
  const url = database.env.INSYN_DATABASE_URL!;
  const setup = await database.open();
  await setup.exec(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET lock_timeout = '100ms'`);
  await setup.close();
  const db = await database.open();
  const other = new pg.Client({ connectionString: url });
  await other.connect();
  return {
    db,
    lock: async () => {
      await other.query('BEGIN');
      await other.query('LOCK TABLE import_job IN ACCESS EXCLUSIVE MODE');
    },
    unlock: async () => {
      await other.query('COMMIT');
    },
    close: () => other.end(),
    // lock_not_available
    failure: '(55P03)',
  };
}

describe('the import queue never stops the server (hole 10)', () => {
  it('survives a locked database: logs without personal data, goes on with the next job', async () => {
    const locked = await lockableDatabase();
    const db = locked.db;
    const staff = await createStaff(db, { id: null, label: 'test' }, { email: 'reg@test.se', role: 'registrar', displayName: 'Rita Reg', password: 'korrekt-hast-batteri-7' });
    if (!staff.ok) throw new Error('staff');
    const req = await makeRequest(db, staff.value);
    const add = (name: string) => insertImportJob(db, { requestId: req.id, fileName: name, bytes: new TextEncoder().encode('Hej'), createdBy: staff.value, now: new Date().toISOString() });
    const first = await add('Tolvan Tolvansson.txt');
    const second = await add('andra.txt');

    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    const errors: string[] = [];
    const origError = console.error;
    console.error = (...a: unknown[]) => errors.push(a.map(String).join(' '));
    try {
      await locked.lock();
      const queue = new ImportQueue(db, { maxBytes: 1e6, timeoutMs: 30_000, maxMemoryMb: 128 });
      queue.enqueue();
      await queue.idle();
      await locked.unlock();
      queue.enqueue();
      await queue.idle();
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      await locked.close();
      console.error = origError;
      process.off('unhandledRejection', onRejection);
    }
    expect(rejections).toEqual([]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toContain(locked.failure);
    expect(errors.join('\n')).not.toMatch(/Tolvan|Hej/);
    expect((await job(db, second)).status).toBe('done');
    await db.close();
  });
});
