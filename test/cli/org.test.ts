// `insyn org …` on SQLite, where one organisation is one database file (INSYN_DB): add fills its settings, set
// changes them (validated, logged, the catalogue follows), export writes a checked copy, delete asks for --yes and
// refuses while requests are open unless --force; bad arguments print the usage and exit 2.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { makeRequest } from '../helpers/requests.ts';
import { verifyLog } from '../../src/db/decisionLog.ts';

function fresh() {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-org-'));
  return { dir, env: { INSYN_DB: join(dir, 'db.sqlite') } };
}

describe('insyn org on SQLite', () => {
  it('add fills the organisation of a new file from arguments over the environment; show and list print it; a second add is refused', async () => {
    const { env } = fresh();
    const added = await runCli(['org', 'add', 'INSYN_ORG_NAME=Testkommunen', 'INSYN_KAMMARRATT=Göteborg'], { env: { ...env, INSYN_ORG_KIND: 'kommun', INSYN_ORG_NAME: 'Från miljön' } });
    expect(added).toMatchObject({ code: 0, stderr: '' });
    expect(added.stdout).toContain('Organisationen Testkommunen är skapad');
    const shown = await runCli(['org', 'show'], { env });
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('INSYN_ORG_NAME=Testkommunen\n');
    expect(shown.stdout).toContain('INSYN_ORG_KIND=kommun\n');
    expect(shown.stdout).toContain('INSYN_KAMMARRATT=Göteborg\n');
    expect((await runCli(['org', 'list'], { env })).stdout).toContain('Testkommunen');
    const again = await runCli(['org', 'add', 'INSYN_ORG_NAME=Annan'], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('har redan en organisation');
  });

  it('set validates with the environment\'s messages, logs the change and applies the kind\'s catalogue preset', async () => {
    const { env } = fresh();
    await runCli(['org', 'add'], { env });
    const bad = await runCli(['org', 'set', 'INSYN_ORG_KIND=förening'], { env });
    expect(bad).toMatchObject({ code: 1, stderr: 'INSYN_ORG_KIND måste vara state, kommun eller company (fick "förening").\n' });
    const ok = await runCli(['org', 'set', 'INSYN_ORG_KIND=state', 'INSYN_ACTIVITIES=health_care'], { env });
    expect(ok).toMatchObject({ code: 0, stderr: '' });
    const db = openDb(env.INSYN_DB);
    try {
      expect(await db.get('SELECT kind, activities FROM organisation_profile')).toEqual({ kind: 'state_authority', activities: '["health_care"]' });
      expect(await db.column("SELECT actor FROM decision_log WHERE event = 'organisation.settings_changed'")).toEqual(['cli']);
      expect((await verifyLog(db)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });

  it('export writes a checked copy of the file; it refuses to overwrite without --force', async () => {
    const { dir, env } = fresh();
    await runCli(['org', 'add', 'INSYN_ORG_NAME=Exportbolaget AB'], { env });
    const file = join(dir, 'export.sqlite');
    expect((await runCli(['org', 'export', file], { env })).code).toBe(0);
    const copy = openDb(file);
    try {
      expect(await copy.value("SELECT value FROM organisation_setting WHERE name = 'INSYN_ORG_NAME'")).toBe('Exportbolaget AB');
    } finally {
      await copy.close();
    }
    expect((await runCli(['org', 'export', file], { env })).code).toBe(1);
    expect((await runCli(['org', 'export', file, '--force'], { env })).code).toBe(0);
  });

  it('delete asks for --yes, refuses while a request is open unless --force, then removes the file', async () => {
    const { env } = fresh();
    await runCli(['org', 'add'], { env });
    const db = openDb(env.INSYN_DB);
    await migrate(db);
    const s = await createStaff(db, { id: null, label: 'test' }, { email: 'reg@test.se', role: 'registrar', displayName: 'Rita Reg', password: 'ett-langt-losenord' });
    if (!s.ok) throw new Error('staff');
    await makeRequest(db, s.value);
    await db.close();
    const noYes = await runCli(['org', 'delete'], { env });
    expect(noYes.code).toBe(2);
    expect(noYes.stderr).toContain('Bekräfta med --yes');
    const open = await runCli(['org', 'delete', '--yes'], { env });
    expect(open).toMatchObject({ code: 1, stderr: 'Organisationen har 1 öppna begäranden och tas inte bort. Avsluta dem först, eller ange --force.\n' });
    expect(existsSync(env.INSYN_DB)).toBe(true);
    expect((await runCli(['org', 'delete', '--yes', '--force'], { env })).code).toBe(0);
    expect(existsSync(env.INSYN_DB)).toBe(false);
  });

  it('bad arguments print the usage and exit 2', async () => {
    const { env } = fresh();
    for (const args of [['org'], ['org', 'rename'], ['org', 'show', 'kommunen'], ['org', 'set'], ['org', 'set', 'PORT=80'], ['org', 'list', '--yes'], ['org', 'export'], ['org', 'add', '--host', 'x.se']]) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('insyn org list');
      expect(r.stdout).toBe('');
    }
  });
});
