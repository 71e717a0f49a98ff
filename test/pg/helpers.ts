// PostgreSQL test databases: a fresh database per test file on the server in INSYN_DATABASE_URL (npm run test:pg
// starts one), and a fresh SQLite database migrated by the app's own runner, to compare against.
import pg from 'pg';
import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { insynPgTypes } from '../../src/db/pgTypes.ts';
import { migratePg } from '../../src/db/pgMigrate.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The server to test on; a missing one fails the test (nothing is skipped). */
export function serverUrl(): string {
  const url = process.env.INSYN_DATABASE_URL;
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error('INSYN_DATABASE_URL (postgres://…) is not set: run the PostgreSQL tests with `npm run test:pg`');
  }
  return url;
}

export interface PgDatabase {
  url: string;
  /** A new connection to the database, with Insyn's type parsers. */
  connect(): Promise<pg.Client>;
  drop(): Promise<void>;
}

let counter = 0;

/**
 * A new, empty database. Its default collation is Swedish (ICU sv-SE), unlike Debian's C.UTF-8: the schema's own
 * collations must make ordering and text search independent of how the operator created the database.
 */
export async function freshPgDatabase(): Promise<PgDatabase> {
  const name = `insyn_t_${process.pid}_${++counter}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'sv-SE' LOCALE 'C.UTF-8'`);
  await admin.end();
  const u = new URL(serverUrl());
  u.pathname = `/${name}`;
  const url = u.href;
  const clients: pg.Client[] = [];
  return {
    url,
    async connect() {
      const c = new pg.Client({ connectionString: url, types: insynPgTypes });
      await c.connect();
      clients.push(c);
      return c;
    },
    async drop() {
      await Promise.all(clients.map((c) => c.end().catch(() => {})));
      const a = new pg.Client({ connectionString: serverUrl() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/** A fresh database with every PostgreSQL migration applied, and a connection to it. */
export async function migratedPg(): Promise<{ db: PgDatabase; client: pg.Client }> {
  const db = await freshPgDatabase();
  const client = await db.connect();
  await migratePg(client);
  return { db, client };
}

/**
 * A fresh SQLite database migrated by `insyn db migrate` – the app's own runner, through its command line, so
 * this stays true whatever shape src/db/migrate.ts takes – opened with better-sqlite3.
 */
export function migratedSqlite(): { db: Database.Database; close(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-pg-cmp-'));
  const file = join(dir, 'insyn.sqlite');
  execFileSync(process.execPath, [join(ROOT, 'src/bin.mjs'), 'db', 'migrate'], {
    cwd: ROOT,
    // Without INSYN_DATABASE_URL: `insyn db migrate` would migrate the PostgreSQL server instead of the file.
    env: { ...process.env, INSYN_DATABASE_URL: '', INSYN_DB: file },
    stdio: 'pipe',
  });
  const db = new Database(file);
  return {
    db,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1, $2 …`, for statements written once for both databases (no '?' in literals). */
export const dollar = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};
