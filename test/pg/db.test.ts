// The PostgreSQL Db (src/db/connection.ts): the same API as on SQLite, write transactions behind the organisation's
// advisory lock, read transactions on one snapshot, no rowid without RETURNING, cursors, and the deadlock watchdog.
import { describe, expect, it } from 'vitest';
import { deadlock, inReadTransaction, inTransaction, type Db } from '../../src/db/connection.ts';
import { testDatabase, testDb } from '../helpers/db.ts';

const STAFF = "INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES (?, ?, 'registrar', 'x', 't', 't')";

describe('the PostgreSQL Db', () => {
  it('reads and writes with ? and @name parameters; changes from the row count; ids only through RETURNING', async () => {
    const db = await testDb();
    expect(db.dialect).toBe('postgres');
    const r = await db.run(`${STAFF} RETURNING id`, ['a@test.se', 'A']);
    expect(r).toMatchObject({ changes: 1, lastInsertRowid: expect.any(Number) });
    expect(await db.value('SELECT display_name FROM staff WHERE id = @id', { id: r.lastInsertRowid })).toBe('A');
    const u = await db.run("UPDATE staff SET display_name = 'B' WHERE email = ?", ['a@test.se']);
    expect(u.changes).toBe(1);
    expect(() => u.lastInsertRowid).toThrow(/RETURNING id/);
    expect(await db.column('SELECT n FROM generate_series(1, 3) n')).toEqual([1, 2, 3]);
    expect(await db.value('SELECT count(*) FROM staff')).toBe(1);
  });

  it('iterates with a cursor, in and outside a transaction', async () => {
    const db = await testDb();
    const seen: number[] = [];
    for await (const row of db.iterate<{ n: number }>('SELECT n FROM generate_series(1, ?) n', [1234])) seen.push(row.n);
    expect(seen).toHaveLength(1234);
    expect(seen.at(-1)).toBe(1234);
    const inside = await inTransaction(db, async (db) => {
      let n = 0;
      for await (const _ of db.iterate('SELECT n FROM generate_series(1, 600) n')) n++;
      return n + ((await db.value<number>('SELECT 1')) ?? 0);
    });
    expect(inside).toBe(601);
  });

  it('write transactions take turns on the advisory lock: a read-modify-write never loses an update', async () => {
    const database = await testDatabase();
    const [a, b] = [await database.open(), await database.open()];
    await a.exec('CREATE TABLE counter (n integer NOT NULL); INSERT INTO counter VALUES (0);');
    const bump = (db: Db) =>
      inTransaction(db, async (db) => {
        const n = (await db.value<number>('SELECT n FROM counter'))!;
        await db.value('SELECT pg_sleep(0.002)');
        await db.run('UPDATE counter SET n = ?', [n + 1]);
      });
    await Promise.all(Array.from({ length: 40 }, (_, i) => bump(i % 2 ? a : b)));
    expect(await a.value('SELECT n FROM counter')).toBe(40);
  });

  it('read transactions see one snapshot and refuse writes; a throw rolls a write transaction back', async () => {
    const db = await testDb();
    expect(await inReadTransaction(db, async (db) => db.value('SHOW transaction_isolation'))).toBe('repeatable read');
    expect(await inTransaction(db, async (db) => db.value('SHOW transaction_isolation'))).toBe('read committed');
    await expect(inReadTransaction(db, async (db) => db.run(STAFF, ['r@test.se', 'R']))).rejects.toThrow(/read-only/);
    await expect(
      inTransaction(db, async (db) => {
        await db.run(STAFF, ['x@test.se', 'X']);
        throw new Error('inte nu');
      }),
    ).rejects.toThrow('inte nu');
    expect(await db.value('SELECT count(*) FROM staff')).toBe(0);
  });

  it('throws, instead of waiting forever, when the outer Db is used inside a transaction', async () => {
    const db = await testDb();
    await db.run(STAFF, ['w@test.se', 'W']);
    const before = deadlock.afterMs;
    deadlock.afterMs = 200;
    try {
      // The outer Db waits for the row the transaction has locked; the watchdog refuses (and cancels) it.
      const outer = db;
      await expect(
        inTransaction(db, async (db) => {
          await db.run("UPDATE staff SET display_name = 'T'");
          await outer.run("UPDATE staff SET display_name = 'O'");
        }),
      ).rejects.toThrow(/väntar på sig själv/);
      // Opening a second write transaction inside one waits for the organisation's lock: refused too.
      await expect(inTransaction(db, async () => inTransaction(outer, async () => 1))).rejects.toThrow(/väntar på sig själv/);
      // Neither write stayed: the refused statement was cancelled, the transaction rolled back.
      expect(await db.value('SELECT display_name FROM staff')).toBe('W');
    } finally {
      deadlock.afterMs = before;
    }
  });
});
