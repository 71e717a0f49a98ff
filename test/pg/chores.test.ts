// Start-up chores and timers run once across app servers on PostgreSQL (issue 16 part 3): two servers starting at
// once seed, index and preset once (the `startup` advisory lock, src/db/chores.ts), a timer's round is skipped by
// the server that finds another doing it, a chore's lock is released when it fails, and no chore key meets the
// write transactions' lock. Each "server" is its own Db (its own pool) on one database.
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { inTransaction, type Db } from '../../src/db/connection.ts';
import { runOnce, runUnlessRunning } from '../../src/db/chores.ts';
import { startupChores } from '../../src/startup.ts';
import { testDatabase } from '../helpers/db.ts';

const open: Db[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.close()));
});

async function twoServers(): Promise<[Db, Db]> {
  const database = await testDatabase();
  const a = await database.open();
  const b = await database.open();
  open.push(a, b);
  return [a, b];
}

/** A promise and the function that resolves it: a chore that lasts until the test lets it end. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open!: () => void;
  const wait = new Promise<void>((r) => (open = r));
  return { wait, open };
}

describe('start-up chores on two servers', () => {
  it('seed the demo data, apply the preset and index once when two servers start at the same moment', async () => {
    const [a, b] = await twoServers();
    const config = { ...loadConfig({}), demoData: true, demoPassword: 'ett-langt-demolosenord' };
    const [la, lb] = await Promise.all([startupChores(a, config), startupChores(b, config)]);
    // One server made the demo accounts, the other found them.
    expect([la.length, lb.length].sort()).toEqual([0, 4]);
    const staff = await a.column<string>('SELECT email FROM staff ORDER BY email');
    expect(new Set(staff).size).toBe(staff.length);
    expect(staff).toHaveLength(4);
    expect(await a.value("SELECT count(*) FROM decision_log WHERE event = 'provision.preset_applied'")).toBeLessThanOrEqual(1);
    const requests = await a.value<number>('SELECT count(*) FROM disclosure_request');
    expect(requests).toBeGreaterThan(0);
    // A third start (a restart) changes nothing.
    expect(await startupChores(b, config)).toEqual([]);
    expect(await a.value('SELECT count(*) FROM disclosure_request')).toBe(requests);
  });

  it('take turns: the second server\'s chore starts when the first one\'s has ended', async () => {
    const [a, b] = await twoServers();
    const order: string[] = [];
    const g = gate();
    const first = runOnce(a, 'startup', async () => {
      order.push('a start');
      await g.wait;
      order.push('a end');
    });
    while (!order.length) await new Promise((r) => setTimeout(r, 5));
    const second = runOnce(b, 'startup', async () => {
      order.push('b start');
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(order).toEqual(['a start']);
    g.open();
    await Promise.all([first, second]);
    expect(order).toEqual(['a start', 'a end', 'b start']);
  });
});

describe('a timer\'s chore on two servers', () => {
  it('is skipped by the server that finds another doing it, and runs again once that one is done', async () => {
    const [a, b] = await twoServers();
    const g = gate();
    let started = false;
    const first = runUnlessRunning(a, 'sessions', async () => {
      started = true;
      await g.wait;
    });
    while (!started) await new Promise((r) => setTimeout(r, 5));
    let ranOnB = false;
    expect(await runUnlessRunning(b, 'sessions', async () => void (ranOnB = true))).toBe(false);
    expect(ranOnB).toBe(false);
    // Another chore's lock is another key: not held up.
    expect(await runUnlessRunning(b, 'gallring', async () => {})).toBe(true);
    // Nor are the organisation's write transactions.
    await inTransaction(b, async (db) => db.run("DELETE FROM staff_session WHERE expires_at < 0"));
    g.open();
    expect(await first).toBe(true);
    expect(await runUnlessRunning(b, 'sessions', async () => void (ranOnB = true))).toBe(true);
    expect(ranOnB).toBe(true);
  });

  it('releases its lock when the chore fails', async () => {
    const [a, b] = await twoServers();
    await expect(runOnce(a, 'gallring', async () => {
      throw new Error('disken full');
    })).rejects.toThrow('disken full');
    expect(await runUnlessRunning(b, 'gallring', async () => {})).toBe(true);
    expect(await a.value("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).toBe(0);
  });
});
