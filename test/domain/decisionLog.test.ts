// The decision log: append-only by trigger, and verify finds tampering, deletion and reordering.
import { describe, expect, it } from 'vitest';
import { appendLog, logEventNames, verifyLog, rowHash, type LogRow } from '../../src/db/decisionLog.ts';
import { logEvents } from '../../src/domain/events.ts';
import { testDb } from '../helpers/app.ts';
import { dropTriggers } from '../helpers/db.ts';
import type { Db } from '../../src/db/connection.ts';

async function seeded(n = 5): Promise<Db> {
  const db = await testDb();
  for (let i = 0; i < n; i++) {
    await appendLog(db, { actorId: null, actor: 'test', event: 'staff.created', reason: `rad ${i + 1}`, after: { i } });
  }
  return db;
}

/** Tampering the way an attacker with file access would: drop the guard triggers first. */
async function withoutTriggers(db: Db, fn: () => Promise<unknown>) {
  await dropTriggers(db, 'decision_log', 'decision_log_no_update', 'decision_log_no_delete');
  await fn();
}

describe('decision log', () => {
  it('holds the same closed list of events as the code', async () => {
    expect(await logEventNames(await testDb())).toEqual([...logEvents].sort());
  });

  it('refuses UPDATE and DELETE', async () => {
    const db = await seeded(2);
    // PostgreSQL refuses the app's role before the trigger (REVOKE UPDATE, DELETE; test/pg/guards.test.ts tests both).
    await expect(db.run("UPDATE decision_log SET reason = 'x' WHERE id = 1")).rejects.toThrow(/append-only|permission denied/);
    await expect(db.run('DELETE FROM decision_log WHERE id = 1')).rejects.toThrow(/append-only|permission denied/);
  });

  it('refuses an event name outside the closed list', async () => {
    const db = await testDb();
    await expect(appendLog(db, { actorId: null, actor: 'x', event: 'made.up' as never, reason: 'r' })).rejects.toThrow();
  });

  it('verifies an intact chain and reports its length', async () => {
    expect(await verifyLog(await seeded(5))).toEqual({ ok: true, count: 5 });
    expect(await verifyLog(await testDb())).toEqual({ ok: true, count: 0 });
  });

  it('finds a row changed after the fact', async () => {
    const db = await seeded(5);
    await withoutTriggers(db, async () => await db.run("UPDATE decision_log SET reason = 'ändrad' WHERE id = 3"));
    const r = await verifyLog(db);
    expect(r).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
  });

  it('finds a changed row even when its own hash was recomputed', async () => {
    const db = await seeded(5);
    await withoutTriggers(db, async () => {
            const row = await db.get('SELECT * FROM decision_log WHERE id = 2') as LogRow;
            const changed = { ...row, reason: 'förfalskad' };
            const { hash: _old, ...rest } = changed;
            await db.run('UPDATE decision_log SET reason = ?, hash = ? WHERE id = 2', [changed.reason, rowHash(rest)]);
          });
    expect(await verifyLog(db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('finds a deleted row', async () => {
    const db = await seeded(5);
    await withoutTriggers(db, async () => await db.run('DELETE FROM decision_log WHERE id = 4'));
    expect(await verifyLog(db)).toMatchObject({ ok: false, brokenAt: 5 });
  });

  it('finds a deleted first row by the id gap', async () => {
    const db = await seeded(3);
    await withoutTriggers(db, async () => await db.run('DELETE FROM decision_log WHERE id = 1'));
    expect(await verifyLog(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('finds reordered rows', async () => {
    const db = await seeded(4);
    await withoutTriggers(db, async () => {
            // Swap the contents of rows 2 and 3, keeping their ids.
            const r2 = await db.get('SELECT * FROM decision_log WHERE id = 2') as LogRow;
            const r3 = await db.get('SELECT * FROM decision_log WHERE id = 3') as LogRow;
            const set = 'UPDATE decision_log SET reason = ?, after = ?, prev_hash = ?, hash = ? WHERE id = ?';
            await db.run(set, [r3.reason, r3.after, r3.prev_hash, 'tmp' + r3.hash, 2]);
            await db.run(set, [r2.reason, r2.after, r2.prev_hash, r2.hash, 3]);
            await db.run('UPDATE decision_log SET hash = ? WHERE id = 2', [r3.hash]);
          });
    expect(await verifyLog(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
