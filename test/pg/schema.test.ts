// The PostgreSQL schema equals SQLite's: every table and column (with a compatible type, NOT NULL and keys),
// unique and foreign keys, indexes, guards and the rows the migrations insert – apart from the documented
// differences listed here. And migratePg applies each migration once, all or nothing, also with two servers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import type Database from 'better-sqlite3';
import { migratePg, readPgMigrations } from '../../src/db/pgMigrate.ts';
import { freshPgDatabase, migratedPg, migratedSqlite, type PgDatabase } from './helpers.ts';

/**
 * Documented differences (db/migrations/pg/0001_baseline.sql, README "Beslut"). SQLite's FTS5 table request_fts
 * (a virtual table, columns without types) and its shadow tables are SQLite's internals; PostgreSQL has a plain
 * table of the same name holding one tsvector per request.
 */
const SQLITE_ONLY_TABLES = ['request_fts_config', 'request_fts_data', 'request_fts_docsize', 'request_fts_idx'];
const FTS = {
  sqliteColumns: ['reference', 'diarienummer', 'description', 'notes'],
  pgColumns: ['request_id', 'document'],
};
/** PostgreSQL's extra index and triggers: the GIN index, and TRUNCATE guards (SQLite has no TRUNCATE). */
const PG_ONLY_INDEXES = ['request_fts_document'];
const PG_ONLY_TRIGGERS = [
  'appeal_no_truncate',
  'decision_log_no_truncate',
  'decision_no_truncate',
  'information_answer_no_truncate',
  'publication_assessment_no_truncate',
  'subject_hit_no_truncate',
];

/** Which PostgreSQL types hold what a SQLite column of this declared type holds. */
const COMPATIBLE: Record<string, string[]> = {
  INTEGER: ['bigint', 'integer'],
  TEXT: ['text', 'citext'],
  REAL: ['double precision'],
  BLOB: ['bytea'],
};

interface Column {
  type: string;
  notNull: boolean;
}

let sqlite: { db: Database.Database; close(): void };
let pgdb: PgDatabase;
let client: pg.Client;

beforeAll(async () => {
  sqlite = migratedSqlite();
  ({ db: pgdb, client } = await migratedPg());
}, 60_000);

afterAll(async () => {
  sqlite?.close();
  await pgdb?.drop();
});

function sqliteTables(): string[] {
  return (
    sqlite.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .pluck()
      .all() as string[]
  ).filter((t) => !SQLITE_ONLY_TABLES.includes(t));
}

async function pgTables(): Promise<string[]> {
  const r = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  return r.rows.map((x) => x.table_name);
}

function sqliteColumns(table: string): Map<string, Column> {
  const rows = sqlite.db.prepare(`SELECT name, type, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(table) as Array<{ name: string; type: string; nn: number; pk: number }>;
  // An INTEGER PRIMARY KEY is SQLite's rowid: never NULL, though not declared NOT NULL.
  return new Map(rows.map((c) => [c.name, { type: c.type.toUpperCase(), notNull: c.nn === 1 || c.pk > 0 }]));
}

async function pgColumns(table: string): Promise<Map<string, Column & { collation: string | null }>> {
  const r = await client.query<{ column_name: string; data_type: string; udt_name: string; is_nullable: string; collation_name: string | null }>(
    `SELECT column_name, data_type, udt_name, is_nullable, collation_name FROM information_schema.columns
     WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return new Map(
    r.rows.map((c) => [
      c.column_name,
      { type: c.data_type === 'USER-DEFINED' ? c.udt_name : c.data_type, notNull: c.is_nullable === 'NO', collation: c.collation_name },
    ]),
  );
}

function sqlitePrimaryKey(table: string): string[] {
  return (sqlite.db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[]);
}

async function pgPrimaryKey(table: string): Promise<string[]> {
  const r = await client.query<{ attname: string }>(
    `SELECT a.attname FROM pg_index i CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY k(attnum, n)
     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
     WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n`,
    [table],
  );
  return r.rows.map((x) => x.attname);
}

describe('the PostgreSQL schema matches SQLite’s', () => {
  it('has the same tables, apart from FTS5’s shadow tables', async () => {
    expect(await pgTables()).toEqual(sqliteTables());
    expect(sqliteTables()).toContain('request_fts');
  });

  it('has every column with a compatible type and the same NOT NULL, and no other', async () => {
    const problems: string[] = [];
    for (const table of sqliteTables()) {
      const s = sqliteColumns(table);
      const p = await pgColumns(table);
      if (table === 'request_fts') {
        expect([...s.keys()]).toEqual(FTS.sqliteColumns);
        expect([...p.keys()]).toEqual(FTS.pgColumns);
        continue;
      }
      for (const [name, col] of s) {
        const other = p.get(name);
        if (!other) problems.push(`${table}.${name} missing in PostgreSQL`);
        else if (!COMPATIBLE[col.type]?.includes(other.type)) problems.push(`${table}.${name}: ${col.type} vs ${other.type}`);
        else if (col.notNull !== other.notNull) problems.push(`${table}.${name}: NOT NULL ${col.notNull} vs ${other.notNull}`);
      }
      for (const name of p.keys()) if (!s.has(name)) problems.push(`${table}.${name} only in PostgreSQL`);
    }
    expect(problems).toEqual([]);
  });

  it('orders and compares every text column as SQLite does (COLLATE "C"); e-mail is citext', async () => {
    const wrong: string[] = [];
    for (const table of await pgTables()) {
      for (const [name, col] of await pgColumns(table)) {
        if (col.type === 'text' && col.collation !== 'C') wrong.push(`${table}.${name}: ${col.collation}`);
        if (col.type === 'citext' && `${table}.${name}` !== 'staff.email') wrong.push(`${table}.${name}: citext`);
      }
    }
    expect(wrong).toEqual([]);
    expect((await pgColumns('staff')).get('email')?.type).toBe('citext');
  });

  it('has the same primary keys, with identity columns where SQLite’s rowid numbers new rows', async () => {
    for (const table of sqliteTables()) {
      if (table === 'request_fts') continue;
      expect([table, await pgPrimaryKey(table)]).toEqual([table, sqlitePrimaryKey(table)]);
    }
    const identity = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES' AND column_name = 'id' ORDER BY 1",
    );
    const tables = identity.rows.map((r) => r.table_name);
    expect(tables).toContain('disclosure_request');
    expect(tables).toContain('staff');
    // Ids the app assigns itself: the log's (hashed), and the single-row tables'.
    expect(tables).not.toContain('decision_log');
    expect(tables).not.toContain('organisation_profile');
    expect(tables).not.toContain('person_index_state');
  });

  it('has the same unique keys and indexes (names, tables, columns, uniqueness, partial or not)', async () => {
    const s = new Set<string>();
    for (const table of sqliteTables()) {
      if (table === 'request_fts') continue;
      const list = sqlite.db.prepare('SELECT name, "unique" AS u, origin, partial FROM pragma_index_list(?)').all(table) as Array<{ name: string; u: number; origin: string; partial: number }>;
      for (const ix of list) {
        if (ix.origin === 'pk') continue;
        const cols = (sqlite.db.prepare('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(ix.name) as string[]).join(',');
        // SQLite names the indexes behind UNIQUE constraints itself; only those made with CREATE INDEX keep a name.
        const name = ix.origin === 'c' ? ix.name : '(constraint)';
        s.add(`${table} ${name} (${cols}) unique=${ix.u} partial=${ix.partial}`);
      }
    }
    const r = await client.query<{ tbl: string; name: string; cols: string; u: boolean; partial: boolean; constraint: boolean }>(
      `SELECT c.relname AS tbl, ic.relname AS name, i.indisunique AS u, i.indpred IS NOT NULL AS partial,
              EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) AS constraint,
              (SELECT string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                 JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum) AS cols
       FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
       WHERE c.relnamespace = current_schema()::regnamespace AND NOT i.indisprimary AND c.relname <> 'schema_migration'`,
    );
    const p = new Set(
      r.rows
        .filter((x) => !PG_ONLY_INDEXES.includes(x.name))
        .map((x) => `${x.tbl} ${x.constraint ? '(constraint)' : x.name} (${x.cols}) unique=${x.u ? 1 : 0} partial=${x.partial ? 1 : 0}`),
    );
    expect([...p].sort()).toEqual([...s].sort());
    expect(r.rows.map((x) => x.name)).toEqual(expect.arrayContaining(PG_ONLY_INDEXES));
  });

  it('has the same foreign keys (and one more: request_fts → disclosure_request)', async () => {
    const s: string[] = [];
    for (const table of sqliteTables()) {
      for (const fk of sqlite.db.prepare('SELECT "table" AS ref, "from" AS col, "to" AS refcol FROM pragma_foreign_key_list(?)').all(table) as Array<{ ref: string; col: string; refcol: string | null }>) {
        s.push(`${table}.${fk.col} -> ${fk.ref}.${fk.refcol ?? 'id'}`);
      }
    }
    const r = await client.query<{ fk: string }>(
      `SELECT c.conrelid::regclass::text || '.' || a.attname || ' -> ' || c.confrelid::regclass::text || '.' || b.attname AS fk
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute b ON b.attrelid = c.confrelid AND b.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace`,
    );
    expect(r.rows.map((x) => x.fk).sort()).toEqual([...s, 'request_fts.request_id -> disclosure_request.id'].sort());
  });

  it('has every SQLite trigger under the same name, plus the TRUNCATE guards', async () => {
    const s = sqlite.db.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all() as string[];
    const r = await client.query<{ tgname: string }>(
      `SELECT DISTINCT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace ORDER BY 1`,
    );
    expect(r.rows.map((x) => x.tgname)).toEqual([...s, ...PG_ONLY_TRIGGERS].sort());
  });

  it('starts with the same rows as a new SQLite database (event list, provisions, templates)', async () => {
    const sortRows = (rows: unknown[]) => rows.map((x) => JSON.stringify(x)).sort();
    let compared = 0;
    for (const table of sqliteTables()) {
      if (table === 'schema_migration' || table === 'request_fts') continue;
      const s = sqlite.db.prepare(`SELECT * FROM "${table}"`).all();
      const p = (await client.query(`SELECT * FROM "${table}"`)).rows;
      expect([table, sortRows(p)]).toEqual([table, sortRows(s)]);
      if (s.length > 0) compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});

describe('migratePg', () => {
  it('records every migration once, in order, and applies nothing the second time', async () => {
    const files = readPgMigrations().map((m) => m.version);
    expect(files[0]).toBe('0001_baseline');
    const r = await client.query<{ version: string }>('SELECT version FROM schema_migration ORDER BY version');
    expect(r.rows.map((x) => x.version)).toEqual(files);
    expect(await migratePg(client)).toEqual([]);
  });

  it('applies each migration once when two servers start at the same moment', async () => {
    const db = await freshPgDatabase();
    try {
      const [a, b] = [await db.connect(), await db.connect()];
      const [ra, rb] = await Promise.all([migratePg(a), migratePg(b)]);
      const files = readPgMigrations().map((m) => m.version);
      // One did all the work, the other waited on the lock and then found everything recorded.
      expect([ra, rb].sort((x, y) => x.length - y.length)).toEqual([[], files]);
      expect((await a.query('SELECT count(*) AS n FROM schema_migration')).rows[0].n).toBe(files.length);
    } finally {
      await db.drop();
    }
  });

  it('leaves nothing of a migration that fails half-way, and releases the lock', async () => {
    const db = await freshPgDatabase();
    try {
      const c = await db.connect();
      const bad = [
        { version: '0001_ok', sql: 'CREATE TABLE a (x integer);' },
        { version: '0002_broken', sql: 'CREATE TABLE b (x integer); INSERT INTO nowhere VALUES (1);' },
      ];
      await expect(migratePg(c, bad)).rejects.toThrow(/nowhere/);
      const tables = (await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).rows.map((r) => r.table_name);
      expect(tables).toEqual(['a', 'schema_migration']);
      expect((await c.query('SELECT version FROM schema_migration')).rows).toEqual([{ version: '0001_ok' }]);
      const other = await db.connect();
      expect((await other.query("SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")).rows[0].n).toBe(0);
    } finally {
      await db.drop();
    }
  });
});
