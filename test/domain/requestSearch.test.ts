// The overview's search for common words (more than 2 000 matches): walked in list order against a cached
// match set. It must give exactly what plain SQL gives, and see new requests at once – also those another app
// server registered (issue 16 part 3: the cache is SQLite's only, where a database has one server).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listRequests, matchCacheVersion, type RequestFilters } from '../../src/db/disclosureRequests.ts';
import { testDb } from '../helpers/app.ts';
import { testDatabase } from '../helpers/db.ts';
import { inTransaction, type Db } from '../../src/db/connection.ts';

async function seed(db: Db, n: number) {
  const ins = `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, due_at, created_at, updated_at)
     VALUES `;
  const statuses = ['registered', 'in_progress', 'in_review', 'closed'] as const;
  // 250 rows a statement: one round trip each on PostgreSQL, where 9 000 single inserts take longer than a test may.
  await inTransaction(db, async (db) => {
    for (let first = 1; first <= n; first += 250) {
      const values: string[] = [];
      const params: unknown[] = [];
      for (let i = first; i <= Math.min(n, first + 249); i++) {
        const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
        const status = statuses[i % 4]!;
        const due = status === 'closed' ? null : new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % n) * 3_600_000).toISOString();
        const word = i % 3 === 0 ? 'upphandling' : 'protokoll';
        values.push("(?, 2026, ?, ?, ?, ?, 'on_site', ?, ?, ?, ?)");
        params.push(`2026/${String(i).padStart(5, '0')}`, i, at, i % 2 ? 'email' : 'phone', `Begär ${word} nummer ${i}`, status, due, at, at);
      }
      await db.run(ins + values.join(', '), params);
    }
  });
}

/** The plain SQL answer the optimised path must equal. */
async function reference(db: Db, f: RequestFilters, word: string, limit: number, offset: number): Promise<number[]> {
  const open = f.state === 'open';
  return await db.column(`SELECT id FROM disclosure_request r WHERE description LIKE ? ${open ? 'AND due_at IS NOT NULL' : ''} ${f.channel ? 'AND channel = ?' : ''}
       ORDER BY ${open ? 'r.due_at, r.is_large DESC, r.id' : 'r.received_at DESC, r.id DESC'} LIMIT ? OFFSET ?`, [...[`%${word}%`, ...(f.channel ? [f.channel] : []), limit, offset]]) as number[];
}

describe('overview search with many matches', () => {
  it('equals the plain SQL answer for every filter and page', async () => {
    const db = await testDb();
    await seed(db, 9000);
    const now = '2026-06-01T00:00:00.000Z';
    for (const f of [{ state: 'open' }, { state: 'all' }, { state: 'open', channel: 'email' }] as RequestFilters[]) {
      for (const offset of [0, 50, 600]) {
        const got = (await listRequests(db, { ...f, q: 'upphandling' }, now, 51, offset)).map((r) => r.id);
        expect(got, JSON.stringify({ f, offset })).toEqual(await reference(db, f, 'upphandling', 51, offset));
        expect(got.length).toBe(51);
      }
    }
  });

  it('sees a request registered after the match set was cached', async () => {
    const db = await testDb();
    await seed(db, 9000);
    const now = '2026-06-01T00:00:00.000Z';
    const before = await listRequests(db, { state: 'all', q: 'upphandling' }, now, 5, 0);
    await db.run(`INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, due_at, created_at, updated_at)
       VALUES ('2026/99999', 2026, 99999, '2030-01-01T00:00:00.000Z', 'email', 'Ny upphandling', 'on_site', 'closed', NULL, '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')`);
    const after = await listRequests(db, { state: 'all', q: 'upphandling' }, now, 5, 0);
    expect(after[0]!.reference).toBe('2026/99999');
    expect(after.slice(1).map((r) => r.id)).toEqual(before.slice(0, 4).map((r) => r.id));
  });

  it('sees a request another connection (on PostgreSQL: another app server) registered after the match set was read', async () => {
    const database = await testDatabase();
    const here = await database.open();
    const there = await database.open();
    opened.push(here, there);
    await seed(here, 3300);
    const now = '2026-06-01T00:00:00.000Z';
    const before = await listRequests(here, { state: 'all', q: 'protokoll' }, now, 5, 0);
    expect(before).toHaveLength(5);
    await inTransaction(there, async (db) => db.run(`INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, due_at, created_at, updated_at)
       VALUES ('2026/99999', 2026, 99999, '2030-01-01T00:00:00.000Z', 'email', 'Nytt protokoll', 'on_site', 'closed', NULL, '2030-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z')`));
    const after = await listRequests(here, { state: 'all', q: 'protokoll' }, now, 5, 0);
    expect(after[0]!.reference).toBe('2026/99999');
    expect(after.slice(1).map((r) => r.id)).toEqual(before.slice(0, 4).map((r) => r.id));
  });

  it('reads the match set once while nothing changes on SQLite, and every time on PostgreSQL (no cache across servers)', async () => {
    const db = await testDb();
    await seed(db, 3300);
    const now = '2026-06-01T00:00:00.000Z';
    const column = vi.spyOn(db, 'column');
    const matchReads = () => column.mock.calls.filter(([sql]) => /FROM request_fts/.test(sql) && !/count\(\*\)/.test(sql)).length;
    const first = await listRequests(db, { state: 'all', q: 'protokoll' }, now, 5, 0);
    const second = await listRequests(db, { state: 'all', q: 'protokoll' }, now, 5, 5);
    expect(second.map((r) => r.id)).not.toEqual(first.map((r) => r.id));
    if (db.dialect === 'sqlite') {
      expect(await matchCacheVersion(db)).toMatch(/^\d+:\d+$/);
      expect(matchReads()).toBe(1);
      // A write moves the version: the set is read again.
      await db.run("UPDATE disclosure_request SET description = 'Begär protokoll igen' WHERE id = 1");
      await listRequests(db, { state: 'all', q: 'protokoll' }, now, 5, 0);
      expect(matchReads()).toBe(2);
    } else {
      expect(await matchCacheVersion(db)).toBeNull();
      expect(matchReads()).toBe(2);
    }
  });
});

const opened: Db[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.close()));
});
