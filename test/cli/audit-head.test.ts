// The log's anchor: insyn audit head prints N:HASH, audit verify --head checks rows 1..N against it – and catches a
// history rewritten with every later hash recomputed, which the chain alone accepts. On this run's database.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { dropTriggers, testDatabase, type TestDatabase } from '../helpers/db.ts';
import { loadConfig } from '../../src/config.ts';
import { seedDemo, seedDemoDecision, seedDemoRequests } from '../../src/db/seedDemo.ts';
import { rowHash } from '../../src/db/decisionLog.ts';

/** A database with the demo data: requests, documents with originals, a decision, log rows. */
async function seeded(): Promise<TestDatabase> {
  const database = await testDatabase();
  const db = await database.open();
  const config = loadConfig({});
  await seedDemo(db, 'demo-losenord-123');
  await seedDemoRequests(db, config.deadline);
  await seedDemoDecision(db, { settings: config.deadline, organisation: config.organisationName, feeTariff: config.feeTariff, profile: config.organisation });
  await db.close();
  return database;
}

async function count(database: TestDatabase, table: string): Promise<number> {
  const db = await database.open();
  try {
    return (await db.value<number>(`SELECT count(*) FROM ${table}`))!;
  } finally {
    await db.close();
  }
}

/** Rewrites row `id`'s reason and recomputes every later hash: what the anchor exists to catch. */
async function rewriteHistory(database: TestDatabase, id: number) {
  const db = await database.open();
  await dropTriggers(db, 'decision_log', 'decision_log_no_update');
  const rows = await db.all('SELECT * FROM decision_log WHERE id >= ? ORDER BY id', [id]) as Array<Record<string, unknown>>;
  let prev = (await db.value('SELECT hash FROM decision_log WHERE id = ?', [id - 1]) as string) ?? '0'.repeat(64);
  for (const r of rows) {
    const next = { ...r, prev_hash: prev, reason: r.id === id ? 'omskriven' : r.reason } as never as Parameters<typeof rowHash>[0] & { id: number };
    const hash = rowHash(next);
    await db.run('UPDATE decision_log SET reason = ?, prev_hash = ?, hash = ? WHERE id = ?', [(next as { reason: string }).reason, prev, hash, next.id]);
    prev = hash;
  }
  await db.close();
}

describe('insyn audit head and verify --head', () => {
  it('prints N:HASH, verifies against it, and catches a rewritten history that the chain alone accepts', async () => {
    const database = await seeded();
    const env = database.env;
    const head = await runCli(['audit', 'head'], { env });
    expect(head.code).toBe(0);
    const anchor = head.stdout.trim();
    expect(anchor).toMatch(/^\d+:[0-9a-f]{64}$/);
    const n = Number(anchor.split(':')[0]);
    expect(n).toBe(await count(database, 'decision_log'));

    const ok = await runCli(['audit', 'verify', '--head', anchor], { env });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`rad 1–${n} är oförändrade`);

    // New rows after the anchor are fine: the anchor speaks for 1..N only.
    await runCli(['users', 'add', '--email', 'ny@test.se', '--role', 'registrar', '--password-stdin'], { env, stdin: 'ett-langt-losenord\n' });
    expect((await runCli(['audit', 'verify', '--head', anchor], { env })).code).toBe(0);

    await rewriteHistory(database, 2);
    expect((await runCli(['audit', 'verify'], { env })).code).toBe(0); // the chain alone is fooled
    const caught = await runCli(['audit', 'verify', '--head', anchor], { env });
    expect(caught.code).toBe(1);
    expect(caught.stdout).toContain(`rad ${n} har en annan hash än ankaret`);
  });

  it('exits 2 with usage for bad arguments', async () => {
    const { env } = await testDatabase();
    for (const args of [['audit', 'head', 'x'], ['audit', 'verify', '--head'], ['audit', 'verify', '--head', '12:zz'], ['audit', 'verify', '--head', 'abc'], ['audit', 'head', '--head', `1:${'0'.repeat(64)}`], ['audit', 'verify', 'x']]) {
      const r = await runCli(args, { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Användning');
    }
  });

  it('reports removed rows against the anchor', async () => {
    const database = await seeded();
    const env = database.env;
    const anchor = (await runCli(['audit', 'head'], { env })).stdout.trim();
    const n = Number(anchor.split(':')[0]);
    const db = await database.open();
    await dropTriggers(db, 'decision_log', 'decision_log_no_delete');
    await db.run('DELETE FROM decision_log WHERE id = ?', [n]);
    await db.close();
    const r = await runCli(['audit', 'verify', '--head', anchor], { env });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('färre än ankarets');
  });
});
