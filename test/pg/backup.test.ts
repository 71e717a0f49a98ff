// insyn backup and insyn restore copy the SQLite file (test/cli/backup-restore.test.ts, SQLite only); on PostgreSQL
// they refuse, write nothing, and name the tools that back up a PostgreSQL server.
import { afterAll, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migratedPg, type PgDatabase } from './helpers.ts';
import { runCli } from '../helpers/cli.ts';

let pgdb: PgDatabase | undefined;
afterAll(async () => {
  await pgdb?.drop();
});

it('insyn backup and restore on PostgreSQL refuse with exit 2, write no file and point to pgBackRest or Barman', async () => {
  const m = await migratedPg();
  pgdb = m.db;
  await m.client.end();
  const dir = mkdtempSync(join(tmpdir(), 'insyn-pg-backup-'));
  const env = { INSYN_DATABASE_URL: pgdb.url, INSYN_DB: join(dir, 'insyn.sqlite') };
  for (const args of [['backup', join(dir, 'kopia.sqlite')], ['restore', join(dir, 'kopia.sqlite'), '--force']]) {
    const r = await runCli(args, { env });
    expect(r.code, args[0]).toBe(2);
    expect(r.stderr).toContain('pgBackRest eller Barman');
    expect(r.stdout).toBe('');
  }
  expect(existsSync(join(dir, 'kopia.sqlite'))).toBe(false);
  expect(existsSync(join(dir, 'insyn.sqlite'))).toBe(false);
});
