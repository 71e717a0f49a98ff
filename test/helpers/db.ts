// Test databases for both dialects: SQLite (the default) or, when INSYN_DATABASE_URL is set (npm run test:pg), a
// fresh PostgreSQL database per call, cloned from a template migrated once per run. Every test that needs a
// database gets it here, never from openDb directly, so the whole suite runs on either.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { openDb, openPgDb, type Db } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { migratePg, readPgMigrations } from '../../src/db/pgMigrate.ts';
import { insynPgTypes } from '../../src/db/pgTypes.ts';

export type TestDialect = 'sqlite' | 'postgres';

/** The database this run's tests use: PostgreSQL when INSYN_DATABASE_URL is set (test/vitest.config.ts lists the files that stay on SQLite). */
export const testDialect = (): TestDialect => (process.env.INSYN_DATABASE_URL ? 'postgres' : 'sqlite');

export interface TestDatabase {
  /** The settings that point the app, the CLI or a child process at this database. */
  env: Record<string, string>;
  /** A new connection to it (the migrations are applied). */
  open(): Promise<Db>;
}

/**
 * A fresh, migrated database of this run's dialect, reachable by its settings (for the CLI and child processes
 * too). A test of what only SQLite has (its file, PRAGMAs, better-sqlite3 itself) asks for 'sqlite' explicitly.
 */
export async function testDatabase(dialect: TestDialect = testDialect()): Promise<TestDatabase> {
  if (dialect === 'sqlite') {
    const path = join(mkdtempSync(join(tmpdir(), 'insyn-test-')), 'insyn.sqlite');
    let migrated = false;
    return {
      env: { INSYN_DB: path },
      async open() {
        const db = openDb(path);
        if (!migrated) {
          await migrate(db);
          migrated = true;
        }
        return db;
      },
    };
  }
  const url = await freshPgDatabase();
  return {
    env: { INSYN_DATABASE_URL: url },
    async open() {
      const db = openPgDb(url, { poolSize: 5, idleTimeoutMs: 500 });
      opened[inTest ? 'test' : 'file'].add(db);
      return db;
    },
  };
}

/** A fresh, migrated database: SQLite in memory, or a new PostgreSQL database ('sqlite' for a SQLite-only test). */
export async function testDb(dialect: TestDialect = testDialect()): Promise<Db> {
  if (dialect === 'sqlite') {
    const db = openDb(':memory:');
    await migrate(db);
    return db;
  }
  return (await testDatabase()).open();
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a template database migrated once, cloned per test database, dropped after the file.

/** What a test opened is closed after it; what a beforeAll opened, after the file. */
const opened = { test: new Set<Db>(), file: new Set<Db>() };
const created = { test: [] as string[], file: [] as string[] };
let inTest = false;
let admin: pg.Client | null = null;
let template: Promise<string> | null = null;
let counter = 0;

function urlOf(name: string): string {
  const u = new URL(process.env.INSYN_DATABASE_URL!);
  u.pathname = `/${name}`;
  return u.href;
}

async function adminClient(): Promise<pg.Client> {
  if (!admin) {
    admin = new pg.Client({ connectionString: process.env.INSYN_DATABASE_URL });
    await admin.connect();
  }
  return admin;
}

/**
 * The template: every PostgreSQL migration applied, named by their hash so a changed migration makes a new one.
 * Workers building it at once take turns on an advisory lock; it is built under another name and renamed
 * when complete, so a crashed build never leaves a half-migrated template. Swedish ICU default collation (as
 * test/pg/helpers.ts): the schema's own collations must decide orderings, not the database's default.
 */
function templateName(): Promise<string> {
  template ??= (async () => {
    const hash = createHash('sha256');
    for (const m of readPgMigrations()) hash.update(m.version).update(m.sql);
    const name = `insyn_tpl_${hash.digest('hex').slice(0, 12)}`;
    const a = await adminClient();
    await a.query('SELECT pg_advisory_lock($1)', [0x1a5e_7e57]);
    try {
      const exists = await a.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (exists.rowCount === 0) {
        const building = `${name}_b${process.pid}`;
        await a.query(`DROP DATABASE IF EXISTS ${building}`);
        await a.query(`CREATE DATABASE ${building} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE' LOCALE 'C.UTF-8'`);
        const c = new pg.Client({ connectionString: urlOf(building), types: insynPgTypes });
        await c.connect();
        try {
          await migratePg(c);
        } finally {
          await c.end();
        }
        await a.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      }
    } finally {
      await a.query('SELECT pg_advisory_unlock($1)', [0x1a5e_7e57]);
    }
    return name;
  })();
  return template;
}

async function freshPgDatabase(): Promise<string> {
  const tpl = await templateName();
  const name = `insyn_t_${process.pid}_${++counter}`;
  await (await adminClient()).query(`CREATE DATABASE ${name} TEMPLATE ${tpl}`);
  created[inTest ? 'test' : 'file'].push(name);
  return urlOf(name);
}

/** Closes what the tests opened and drops their databases (after each test, and at the end of the file). */
async function cleanUp(phase: 'test' | 'file'): Promise<void> {
  for (const db of opened[phase]) await db.close().catch(() => {});
  opened[phase].clear();
  const a = admin;
  for (const name of created[phase].splice(0)) {
    // A pooled connection may still be closing; a database that cannot be dropped now is left for the next run.
    await a?.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(async () => {
      await new Promise((r) => setTimeout(r, 200));
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    });
  }
}

if (testDialect() === 'postgres') {
  beforeEach(() => {
    inTest = true;
  });
  afterEach(async () => {
    inTest = false;
    await cleanUp('test');
  });
  afterAll(async () => {
    await cleanUp('test');
    await cleanUp('file');
    await admin?.end();
    admin = null;
  });
}

/** Drops guard triggers, as an attacker with access to the database would before tampering (SQLite and PostgreSQL spell it apart). */
export async function dropTriggers(db: Db, table: string, ...names: string[]): Promise<void> {
  for (const name of names) await db.exec(db.dialect === 'postgres' ? `DROP TRIGGER ${name} ON ${table}` : `DROP TRIGGER ${name}`);
}
