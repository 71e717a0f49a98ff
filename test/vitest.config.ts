// Vitest set-up: `unit` holds domain, route and CLI tests (npm test); `browser` the Chromium journeys; `pg` the
// PostgreSQL-only tests. npm run test:pg starts a server, sets INSYN_DATABASE_URL and runs `pg` and the whole
// `unit` suite on PostgreSQL (test/helpers/db.ts) – except the files below, which stay on SQLite (`unit-sqlite`).
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const UNIT = ['test/domain/**/*.test.ts', 'test/routes/**/*.test.ts', 'test/cli/**/*.test.ts'];

/**
 * Tests of what only a SQLite database has. Under npm run test:pg they still run, on SQLite (project
 * `unit-sqlite`, which unsets INSYN_DATABASE_URL); single tests elsewhere ask for SQLite with testDb('sqlite').
 */
export const SQLITE_ONLY = [
  'test/cli/backup-restore.test.ts', // insyn backup/restore copy the SQLite file (PostgreSQL: pgBackRest/Barman; their refusal there: test/pg/backup.test.ts)
  'test/domain/migrate.test.ts', // SQLite's migration runner, PRAGMAs, STRICT tables, db/schema.sql (PostgreSQL: migratePg and the schema in test/pg/schema.test.ts)
  'test/cli/org.test.ts', // insyn org on SQLite, where the file is the organisation (PostgreSQL: test/pg/organisations.test.ts)
  'test/domain/connection.test.ts', // SQLite's driver: BEGIN IMMEDIATE on one connection (PostgreSQL's Db: test/pg/db.test.ts)
];

const onPostgres = !!process.env.INSYN_DATABASE_URL;

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: UNIT,
          exclude: onPostgres ? SQLITE_ONLY : [],
          // On PostgreSQL every query is a round trip and every test a new database: the slowest tests need longer.
          testTimeout: onPostgres ? 60_000 : 20_000,
          hookTimeout: onPostgres ? 60_000 : 10_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-sqlite',
          include: SQLITE_ONLY,
          setupFiles: ['test/helpers/sqliteOnly.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/journeys/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'pg',
          include: ['test/pg/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
