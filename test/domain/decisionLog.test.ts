// The decision log: append-only by trigger, and verify finds tampering, deletion and reordering.
import { describe, expect, it } from 'vitest';
import { appendLog, logEventNames, verifyLog, rowHash, type LogRow } from '../../src/db/decisionLog.ts';
import { logEvents } from '../../src/domain/events.ts';
import { testDb } from '../helpers/app.ts';
import type { Db } from '../../src/db/connection.ts';

function seeded(n = 5): Db {
  const db = testDb();
  for (let i = 0; i < n; i++) {
    appendLog(db, { actorId: null, actor: 'test', event: 'staff.created', reason: `rad ${i + 1}`, after: { i } });
  }
  return db;
}

/** Tampering the way an attacker with file access would: drop the guard triggers first. */
function withoutTriggers(db: Db, fn: () => void) {
  db.exec('DROP TRIGGER decision_log_no_update; DROP TRIGGER decision_log_no_delete;');
  fn();
}

describe('decision log', () => {
  it('holds the same closed list of events as the code', () => {
    expect(logEventNames(testDb())).toEqual([...logEvents].sort());
  });

  it('refuses UPDATE and DELETE', () => {
    const db = seeded(2);
    expect(() => db.prepare("UPDATE decision_log SET reason = 'x' WHERE id = 1").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM decision_log WHERE id = 1').run()).toThrow(/append-only/);
  });

  it('refuses an event name outside the closed list', () => {
    const db = testDb();
    expect(() => appendLog(db, { actorId: null, actor: 'x', event: 'made.up' as never, reason: 'r' })).toThrow();
  });

  it('verifies an intact chain and reports its length', () => {
    expect(verifyLog(seeded(5))).toEqual({ ok: true, count: 5 });
    expect(verifyLog(testDb())).toEqual({ ok: true, count: 0 });
  });

  it('finds a row changed after the fact', () => {
    const db = seeded(5);
    withoutTriggers(db, () => db.prepare("UPDATE decision_log SET reason = 'ändrad' WHERE id = 3").run());
    const r = verifyLog(db);
    expect(r).toMatchObject({ ok: false, brokenAt: 3, count: 2 });
  });

  it('finds a changed row even when its own hash was recomputed', () => {
    const db = seeded(5);
    withoutTriggers(db, () => {
      const row = db.prepare('SELECT * FROM decision_log WHERE id = 2').get() as LogRow;
      const changed = { ...row, reason: 'förfalskad' };
      const { hash: _old, ...rest } = changed;
      db.prepare('UPDATE decision_log SET reason = ?, hash = ? WHERE id = 2').run(changed.reason, rowHash(rest));
    });
    expect(verifyLog(db)).toMatchObject({ ok: false, brokenAt: 3 });
  });

  it('finds a deleted row', () => {
    const db = seeded(5);
    withoutTriggers(db, () => db.prepare('DELETE FROM decision_log WHERE id = 4').run());
    expect(verifyLog(db)).toMatchObject({ ok: false, brokenAt: 5 });
  });

  it('finds a deleted first row by the id gap', () => {
    const db = seeded(3);
    withoutTriggers(db, () => db.prepare('DELETE FROM decision_log WHERE id = 1').run());
    expect(verifyLog(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('finds reordered rows', () => {
    const db = seeded(4);
    withoutTriggers(db, () => {
      // Swap the contents of rows 2 and 3, keeping their ids.
      const r2 = db.prepare('SELECT * FROM decision_log WHERE id = 2').get() as LogRow;
      const r3 = db.prepare('SELECT * FROM decision_log WHERE id = 3').get() as LogRow;
      const set = db.prepare('UPDATE decision_log SET reason = ?, after = ?, prev_hash = ?, hash = ? WHERE id = ?');
      set.run(r3.reason, r3.after, r3.prev_hash, 'tmp' + r3.hash, 2);
      set.run(r2.reason, r2.after, r2.prev_hash, r2.hash, 3);
      db.prepare('UPDATE decision_log SET hash = ? WHERE id = 2').run(r3.hash);
    });
    expect(verifyLog(db)).toMatchObject({ ok: false, brokenAt: 2 });
  });
});
