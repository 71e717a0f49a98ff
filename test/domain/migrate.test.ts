// The migration runner: order, recording, idempotence, all-or-nothing, and db/schema.sql kept current.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, sqliteOnlyHandle } from '../../src/db/connection.ts';
import { dumpSchema, migrate, readMigrations } from '../../src/db/migrate.ts';

describe('migrate', () => {
  it('applies every migration in order and records it once', async () => {
    const db = openDb(':memory:');
    const applied = await migrate(db);
    const files = readMigrations().map((m) => m.version);
    expect(applied).toEqual(files);
    expect([...applied].sort()).toEqual(applied);
    expect(await db.column('SELECT version FROM schema_migration ORDER BY version')).toEqual(files);
    expect(await migrate(db)).toEqual([]);
  });

  it('leaves nothing of a migration that fails half-way', async () => {
    const db = openDb(':memory:');
    const bad = [
      { version: '0001_ok', sql: 'CREATE TABLE a (x INTEGER) STRICT;' },
      { version: '0002_broken', sql: 'CREATE TABLE b (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);' },
    ];
    await expect(migrate(db, bad)).rejects.toThrow();
    const tables = await db.column("SELECT name FROM sqlite_master WHERE type='table'");
    expect(tables).toContain('a');
    expect(tables).not.toContain('b');
    expect(await db.column('SELECT version FROM schema_migration')).toEqual(['0001_ok']);
  });

  it('sets foreign keys on and WAL on file databases', () => {
    const db = openDb(':memory:');
    expect(sqliteOnlyHandle(db).pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('makes every table STRICT', async () => {
    const db = openDb(':memory:');
    await migrate(db);
    const tables = await db.all("SELECT name, sql FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'") as Array<{ name: string; sql: string }>;
    // FTS5 shadow tables are made by SQLite itself and cannot be STRICT.
    const own = tables.filter((t) => !/_fts_(data|idx|content|docsize|config)$/.test(t.name));
    // STRICT alone, or with WITHOUT ROWID (person_key: the table is its own key index, no rowid b-tree beside it).
    for (const t of own) expect(t.sql, t.name).toMatch(/\)\s*(STRICT(\s*,\s*WITHOUT ROWID)?|WITHOUT ROWID\s*,\s*STRICT)\s*$/);
  });

  it('db/schema.sql matches the migrations (run npm run db:schema after adding one)', async () => {
    const db = openDb(':memory:');
    await migrate(db);
    const committed = readFileSync(new URL('../../db/schema.sql', import.meta.url), 'utf8');
    expect(committed).toBe(await dumpSchema(db));
  });
});
