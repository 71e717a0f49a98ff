// The reference series: gap-free and unique per year, also when several connections register at once.
import { describe, expect, it } from 'vitest';
import { Worker } from 'node:worker_threads';
import { testDatabase, testDb } from '../helpers/db.ts';
import { inTransaction } from '../../src/db/connection.ts';
import { takeReferenceNumber } from '../../src/db/disclosureRequests.ts';

describe('reference series', () => {
  it('refuses to run outside a write transaction', async () => {
    const db = await testDb();
    await expect(takeReferenceNumber(db, 2026)).rejects.toThrow(/transaction/);
  });

  it('returns a number to the series when the insert rolls back: no gaps', async () => {
    const db = await testDb();
    await inTransaction(db, async (db) => takeReferenceNumber(db, 2026));
    await expect(inTransaction(db, async (db) => {
              await takeReferenceNumber(db, 2026);
              throw new Error('insert failed');
            })).rejects.toThrow();
    expect(await inTransaction(db, async (db) => takeReferenceNumber(db, 2026))).toBe(2);
    expect(await inTransaction(db, async (db) => takeReferenceNumber(db, 2027))).toBe(1);
  });

  // SQLite: four better-sqlite3 connections in threads on one file (PostgreSQL's counterpart, two processes with
  // 20 writers through the real commands: test/pg/writers.test.ts).
  it('is gap-free and unique with four threads on separate connections registering at once (SQLite)', async () => {
    const database = await testDatabase('sqlite');
    const path = database.env.INSYN_DB!;
    {
      const db = await database.open();
      await db.run("INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES ('r@t.se', 'R', 'registrar', 'x', 't', 't')");
      await db.close();
      const code = `
        const { workerData, parentPort } = require('node:worker_threads');
        const Database = require(workerData.driver);
        const db = new Database(workerData.path);
        db.pragma('journal_mode = WAL'); db.pragma('busy_timeout = 10000');
        const take = db.prepare("INSERT INTO reference_series (year, last_number) VALUES (2026, 1) ON CONFLICT (year) DO UPDATE SET last_number = last_number + 1 RETURNING last_number").pluck();
        const ins = db.prepare("INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, created_at, updated_at) VALUES (?, 2026, ?, 't', 'email', 'd', 'on_site', 'registered', 't', 't')");
        const one = db.transaction(() => { const n = take.get(); ins.run('2026/' + String(n).padStart(4, '0'), n); });
        for (let i = 0; i < workerData.count; i++) one.immediate();
        db.close(); parentPort.postMessage('done');`;
      // The workers repeat the SQL of takeReferenceNumber + insertRequest in plain JS, since a worker
      // cannot load the .ts modules; the main-thread tests above cover the functions themselves.
      const driver = require.resolve('better-sqlite3');
      await Promise.all(
        Array.from({ length: 4 }, () =>
          new Promise((resolve, reject) => {
            const w = new Worker(code, { eval: true, workerData: { path, driver, count: 250 } });
            w.once('message', resolve);
            w.once('error', reject);
          }),
        ),
      );
      const check = await database.open();
      const numbers = await check.column('SELECT reference_number FROM disclosure_request ORDER BY reference_number') as number[];
      expect(numbers).toHaveLength(1000);
      expect(numbers).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
      expect(await check.value('SELECT last_number FROM reference_series WHERE year = 2026')).toBe(1000);
      await check.close();
    }
  });
});
