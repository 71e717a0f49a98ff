// insyn backup / restore of the SQLite file: what is copied, what is refused, and that a refused restore writes
// nothing. (The log's anchor, audit head and verify --head: test/cli/audit-head.test.ts, on both databases.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests } from '../../src/db/seedDemo.ts';
import { disk, restoreSpaceNeeded } from '../../src/ops/backup.ts';

const tempDir = () => mkdtempSync(join(tmpdir(), 'insyn-backup-'));

/** A database with the demo data: requests, documents with originals, a decision, log rows. */
async function seeded(dir: string): Promise<string> {
  const path = join(dir, 'insyn.sqlite');
  const db = openDb(path);
  await migrate(db);
  const config = loadConfig({});
  await seedDemo(db, 'demo-losenord-123');
  await seedDemoRequests(db, config.deadline);
  await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation });
  await db.close();
  return path;
}

const count = async (path: string, table: string) => {
  const db = openDb(path);
  try {
    return await db.value(`SELECT count(*) FROM ${table}`) as number;
  } finally {
    await db.close();
  }
};

describe('insyn backup', () => {
  it('copies the whole database while it is open, prints what it holds and the head, and refuses to overwrite', async () => {
    const dir = tempDir();
    const env = { INSYN_DB: await seeded(dir) };
    // A connection holding the database open, as the server does, with a write after the copy starts.
    const live = openDb(env.INSYN_DB);
    const file = join(dir, 'kopia.sqlite');
    const r = await runCli(['backup', file], { env });
    await live.close();
    expect(r.code).toBe(0);
    const head = (await runCli(['audit', 'head'], { env })).stdout.trim();
    expect(r.stdout).toContain(head);
    expect(r.stdout).toMatch(/Begäranden\s+4/);
    for (const t of ['disclosure_request', 'document', 'document_blob', 'decision_log', 'decision', 'staff']) {
      expect(await count(file, t), t).toBe(await count(env.INSYN_DB, t));
    }
    expect(await count(file, 'document_blob')).toBeGreaterThan(0);

    const again = await runCli(['backup', file], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finns redan');
    expect((await runCli(['backup', file, '--force'], { env })).code).toBe(0);
  });

  it('exits 2 with usage for bad arguments and 1 when there is no database', async () => {
    const env = { INSYN_DB: join(tempDir(), 'saknas.sqlite') };
    for (const args of [['backup'], ['backup', 'a', 'b'], ['backup', 'a', '--overwrite']]) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Användning');
    }
    const r = await runCli(['backup', join(tempDir(), 'x.sqlite')], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('finns inte');
    expect(existsSync(env.INSYN_DB)).toBe(false);
  });
});

describe('insyn restore', () => {
  async function backupOf(): Promise<{ dir: string; file: string; source: string }> {
    const dir = tempDir();
    const source = await seeded(dir);
    const file = join(dir, 'kopia.sqlite');
    expect((await runCli(['backup', file], { env: { INSYN_DB: source } })).code).toBe(0);
    return { dir, file, source };
  }

  afterEach(() => vi.restoreAllMocks());

  it('refuses before writing anything when the target has less free space than the copy and a margin, with its own exit code', async () => {
    const { file } = await backupOf();
    const target = join(tempDir(), 'data', 'insyn.sqlite');
    const needed = restoreSpaceNeeded(statSync(file).size);
    const asked: string[] = [];
    vi.spyOn(disk, 'freeBytes').mockImplementation((dir) => (asked.push(dir), needed - 1));
    const r = await runCli(['restore', file], { env: { INSYN_DB: target } });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('Återställningen vägrades, inget skrevs: det finns för lite ledigt utrymme i');
    expect(r.stderr).toContain(`behöver ${Math.ceil(needed / 1024 / 1024)} MB`);
    // The target's directory does not exist yet: the nearest one that does is asked, and nothing is made.
    expect(asked).toEqual([join(target, '..', '..')]);
    expect(existsSync(join(target, '..'))).toBe(false);
    // With exactly enough, it goes through.
    vi.spyOn(disk, 'freeBytes').mockReturnValue(needed);
    expect((await runCli(['restore', file], { env: { INSYN_DB: target } })).code).toBe(0);
  });

  it('asks for the copy and a tenth more, at least 64 MB more', () => {
    expect(restoreSpaceNeeded(10 * 1024 * 1024)).toBe(74 * 1024 * 1024);
    expect(restoreSpaceNeeded(2_000 * 1024 * 1024)).toBe(2_200 * 1024 * 1024);
  });

  it('restores a checked backup into an empty place, and the result verifies', async () => {
    const { file, source } = await backupOf();
    const target = join(tempDir(), 'data', 'insyn.sqlite');
    const r = await runCli(['restore', file], { env: { INSYN_DB: target } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('är återställd');
    expect(await count(target, 'document_blob')).toBe(await count(source, 'document_blob'));
    expect((await runCli(['audit', 'verify'], { env: { INSYN_DB: target } })).code).toBe(0);
  });

  it('does not overwrite an existing database without --force, and with it keeps the old one aside', async () => {
    const { dir, file, source } = await backupOf();
    const target = join(dir, 'annan.sqlite');
    const db = openDb(target);
    await migrate(db);
    await db.close();
    const before = readFileSync(target);
    const refused = await runCli(['restore', file], { env: { INSYN_DB: target } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(target).equals(before)).toBe(true);

    const forced = await runCli(['restore', file, '--force'], { env: { INSYN_DB: target } });
    expect(forced.code, forced.stderr).toBe(0);
    const aside = /finns kvar som (\S+)\./.exec(forced.stdout)![1]!;
    expect(readFileSync(aside).equals(before)).toBe(true);
    expect(await count(target, 'disclosure_request')).toBe(await count(source, 'disclosure_request'));
  });

  it('refuses to replace a database that a running server holds open', async () => {
    const { file, source } = await backupOf();
    const server = openDb(source); // as the server holds it
    await server.get('SELECT count(*) FROM staff');
    const before = readFileSync(source);
    const r = await runCli(['restore', file, '--force'], { env: { INSYN_DB: source } });
    await server.close();
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('servern kör');
    expect(readFileSync(source).equals(before)).toBe(true);
  });

  it('refuses a damaged, foreign, newer or tampered file with a clear message and writes nothing', async () => {
    const { dir, file } = await backupOf();
    const cases: Array<[string, string, string]> = [];

    const text = join(dir, 'text.sqlite');
    writeFileSync(text, 'det här är ingen databas '.repeat(200));
    cases.push(['text', text, 'ingen SQLite-databas']);

    const damaged = join(dir, 'skadad.sqlite');
    const bytes = readFileSync(file);
    // Overwrite pages in the middle of the file: the header survives, the b-trees do not.
    const page = 4096;
    for (let i = 3 * page; i < Math.min(bytes.length - page, 12 * page); i++) bytes[i] = (i * 7919) & 0xff;
    writeFileSync(damaged, bytes);
    cases.push(['damaged', damaged, 'skadad']);

    const foreign = join(dir, 'annan-app.sqlite');
    const f = openDb(foreign);
    await f.exec('CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)');
    await f.close();
    cases.push(['foreign', foreign, 'ingen Insyn-databas']);

    const newer = join(dir, 'nyare.sqlite');
    expect((await runCli(['backup', newer], { env: { INSYN_DB: file } })).code).toBe(0);
    const n = openDb(newer);
    await n.run('INSERT INTO schema_migration (version, applied_at) VALUES (?, ?)', ['9999_from_the_future', '2030-01-01']);
    await n.close();
    cases.push(['newer', newer, 'nyare eller en annan version']);

    const tampered = join(dir, 'manipulerad.sqlite');
    expect((await runCli(['backup', tampered], { env: { INSYN_DB: file } })).code).toBe(0);
    const t = openDb(tampered);
    await t.exec("DROP TRIGGER decision_log_no_update; UPDATE decision_log SET reason = 'ändrad' WHERE id = 3;");
    await t.close();
    cases.push(['tampered', tampered, 'bruten vid rad 3']);

    cases.push(['missing', join(dir, 'finns-inte.sqlite'), 'finns inte']);

    for (const [name, path, message] of cases) {
      const targetDir = tempDir();
      const target = join(targetDir, 'insyn.sqlite');
      const r = await runCli(['restore', path, '--force'], { env: { INSYN_DB: target } });
      expect(r.code, name).toBe(1);
      expect(r.stderr, name).toContain('vägrades, inget skrevs');
      expect(r.stderr, name).toContain(message);
      expect(existsSync(target), name).toBe(false);
    }
  });

  it('checks the anchor when given one', async () => {
    const { file } = await backupOf();
    const head = (await runCli(['audit', 'head'], { env: { INSYN_DB: file } })).stdout.trim();
    const n = Number(head.split(':')[0]);
    const wrong = `${n}:${'a'.repeat(64)}`;
    const target = join(tempDir(), 'insyn.sqlite');
    const r = await runCli(['restore', file, '--head', wrong], { env: { INSYN_DB: target } });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stämmer inte med ankaret');
    expect(existsSync(target)).toBe(false);
    expect((await runCli(['restore', file, '--head', head], { env: { INSYN_DB: target } })).code).toBe(0);
    expect(statSync(target).size).toBeGreaterThan(0);
  });

  it('exits 2 with usage for bad arguments', async () => {
    const env = { INSYN_DB: join(tempDir(), 'db.sqlite') };
    for (const args of [['restore'], ['restore', 'a', 'b'], ['restore', 'a', '--head', 'x'], ['restore', 'a', '--yes']]) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Användning');
    }
  });
});
