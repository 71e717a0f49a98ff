// The async Db: the query API, BEGIN IMMEDIATE transactions under one connection, nesting, the loud
// error for the outer connection inside a transaction, and PostgreSQL's placeholder rewriting.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { deadlock, inTransaction, openDb, sqliteOnlyHandle, toPostgresPlaceholders, type Db } from '../../src/db/connection.ts';

async function table(): Promise<Db> {
  const db = openDb(':memory:');
  await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT; CREATE TABLE u (x INTEGER) STRICT');
  return db;
}

describe('Db', () => {
  it('reads and writes with ? and @name parameters', async () => {
    const db = await table();
    const r = await db.run('INSERT INTO t (name) VALUES (?)', ['a']);
    expect(r).toEqual({ changes: 1, lastInsertRowid: 1 });
    await db.run('INSERT INTO t (name) VALUES (@name)', { name: 'b' });
    expect(await db.value<number>('SELECT id FROM t WHERE name = @name', { name: 'b' })).toBe(2);
    expect(await db.value('SELECT id FROM t WHERE name = ?', ['zz'])).toBeUndefined();
    expect(await db.get('SELECT * FROM t WHERE id = ?', [1])).toEqual({ id: 1, name: 'a' });
    expect(await db.get('SELECT * FROM t WHERE id = 99')).toBeUndefined();
    expect(await db.all('SELECT * FROM t ORDER BY id')).toEqual([{ id: 1, name: 'a' }, { id: 2, name: 'b' }]);
    expect(await db.column('SELECT name FROM t ORDER BY id')).toEqual(['a', 'b']);
    expect(await db.value('INSERT INTO t (name) VALUES (?) RETURNING id', ['c'])).toBe(3);
    const seen: string[] = [];
    for await (const row of db.iterate<{ name: string }>('SELECT name FROM t WHERE id > ? ORDER BY id', [1])) seen.push(row.name);
    expect(seen).toEqual(['b', 'c']);
    expect(db.dialect).toBe('sqlite');
    await db.close();
    expect(db.open).toBe(false);
  });

  it('takes the write lock at BEGIN (IMMEDIATE), commits, and rolls back on a throw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-conn-'));
    try {
      const db = openDb(join(dir, 'x.sqlite'));
      await db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT');
      const other = new Database(join(dir, 'x.sqlite'));
      other.pragma('busy_timeout = 0');
      await inTransaction(db, async (db) => {
        expect(db.inTransaction).toBe(true);
        // No write yet, but another connection cannot write: the lock was taken at BEGIN.
        expect(() => other.exec("INSERT INTO t (name) VALUES ('x')")).toThrow(/locked|busy/i);
        await db.run('INSERT INTO t (name) VALUES (?)', ['in']);
      });
      await expect(
        inTransaction(db, async (db) => {
          await db.run('INSERT INTO t (name) VALUES (?)', ['gone']);
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await db.column('SELECT name FROM t')).toEqual(['in']);
      other.close();
      await db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs a nested call inline, and serialises transactions on the one connection', async () => {
    const db = await table();
    const order: string[] = [];
    await Promise.all([
      inTransaction(db, async (db) => {
        order.push('a1');
        await db.run('INSERT INTO u VALUES (1)');
        await inTransaction(db, async (inner) => {
          expect(inner).toBe(db);
          await inner.run('INSERT INTO u VALUES (2)');
        });
        order.push('a2');
      }),
      inTransaction(db, async (db) => {
        order.push('b1');
        await db.run('INSERT INTO u VALUES (3)');
        order.push('b2');
      }),
      db.all('SELECT * FROM u').then(() => order.push('read')),
    ]);
    // One transaction after the other, and the plain read never inside one.
    expect(order.filter((x) => x !== 'read')).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect([0, 2, 4]).toContain(order.indexOf('read'));
    expect(await db.column('SELECT x FROM u ORDER BY x')).toEqual([1, 2, 3]);
  });

  it('throws, instead of waiting forever, when the outer connection is used inside a transaction', async () => {
    const outer = await table();
    const before = deadlock.afterMs;
    deadlock.afterMs = 100;
    try {
      await expect(
        inTransaction(outer, async (db) => {
          await db.run('INSERT INTO u VALUES (1)');
          return outer.get('SELECT 1');
        }),
      ).rejects.toThrow(/väntar på sig själv/);
    } finally {
      deadlock.afterMs = before;
    }
    // Rolled back, and the connection is free again.
    expect(await outer.column('SELECT x FROM u')).toEqual([]);
  });

  it('lets a query wait for a busy transaction that makes progress', async () => {
    const db = await table();
    const before = deadlock.afterMs;
    deadlock.afterMs = 100;
    try {
      let begun!: () => void;
      const started = new Promise<void>((resolve) => (begun = resolve));
      const tx = inTransaction(db, async (db) => {
        begun();
        for (let i = 0; i < 20; i++) {
          await db.run('INSERT INTO u VALUES (?)', [i]);
          await new Promise((r) => setTimeout(r, 20));
        }
      });
      // Waits about 400 ms behind the transaction, longer than afterMs, without being refused.
      await started;
      const count = db.value('SELECT count(*) FROM u');
      await tx;
      expect(await count).toBe(20);
    } finally {
      deadlock.afterMs = before;
    }
  });

  it('gives the SQLite handle for file operations only on SQLite', async () => {
    const db = await table();
    expect(sqliteOnlyHandle(db).pragma('foreign_keys', { simple: true })).toBe(1);
  });
});

describe('toPostgresPlaceholders', () => {
  it('numbers ? in order and reuses a named slot, leaving strings and comments alone', () => {
    expect(toPostgresPlaceholders("SELECT '?', \"a?\" FROM t WHERE a = ? -- ?\n AND b = ? /* ? */", [1, 2])).toEqual({
      sql: "SELECT '?', \"a?\" FROM t WHERE a = $1 -- ?\n AND b = $2 /* ? */",
      values: [1, 2],
    });
    expect(toPostgresPlaceholders("SELECT * FROM t WHERE a = @x AND b = @y AND c = @x AND d = 'it''s @x' AND e::text = ''", { x: 1, y: 2 })).toEqual({
      sql: "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $1 AND d = 'it''s @x' AND e::text = ''",
      values: [1, 2],
    });
    expect(() => toPostgresPlaceholders('SELECT @missing', {})).toThrow(/missing/);
  });
});
