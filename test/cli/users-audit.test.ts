// The CLI's users and audit commands, and its usage errors (exit 2).
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { dropTriggers, testDatabase } from '../helpers/db.ts';

const tempDb = async () => (await testDatabase()).env;

describe('insyn CLI', () => {
  it('prints usage and exits 2 for no or unknown commands', async () => {
    for (const args of [[], ['nonsense'], ['users'], ['users', 'add'], ['users', 'add', '--email'], ['users', 'add', '--email', 'a@b.se', '--role', 'boss', '--password-stdin'], ['audit'], ['audit', 'check'], ['users', 'list', '--x']]) {
      const r = await runCli(args, { env: await tempDb() });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Användning');
    }
  });

  it('adds a user with the password from stdin, lists it, and refuses a short password', async () => {
    const env = await tempDb();
    const add = await runCli(['users', 'add', '--email', 'ny@test.se', '--role', 'reviewer', '--password-stdin'], { env, stdin: 'ett-langt-losenord\n' });
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('ny@test.se');
    expect(add.stdout).not.toContain('ett-langt-losenord');
    const list = await runCli(['users', 'list'], { env });
    expect(list.stdout).toMatch(/ny@test\.se\s+Jurist\s+aktiv/);
    const short = await runCli(['users', 'add', '--email', 'b@test.se', '--role', 'admin', '--password-stdin'], { env, stdin: 'kort\n' });
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('minst 12 tecken');
  });

  it('audit verify: exit 0 when the chain holds, 1 with the first broken row when not', async () => {
    const database = await testDatabase();
    const env = database.env;
    for (const e of ['a@test.se', 'b@test.se', 'c@test.se']) {
      await runCli(['users', 'add', '--email', e, '--role', 'registrar', '--password-stdin'], { env, stdin: 'ett-langt-losenord\n' });
    }
    const ok = await runCli(['audit', 'verify'], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('alla 3 rader stämmer');

    const db = await database.open();
    await dropTriggers(db, 'decision_log', 'decision_log_no_update');
    await db.run("UPDATE decision_log SET reason = 'ändrad' WHERE id = 2");
    await db.close();
    const bad = await runCli(['audit', 'verify'], { env });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bruten vid rad 2');
  });
});

describe('the insyn bin', () => {
  it('runs through package.json "bin" and exits 2 with usage on no arguments', async () => {
    const { spawnSync } = await import('node:child_process');
    const env = await tempDb();
    const r = spawnSync(process.execPath, ['src/bin.mjs'], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Användning');
  });
});
