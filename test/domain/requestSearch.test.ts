// The overview's search for common words (more than 2 000 matches): walked in list order against a cached
// match set. It must give exactly what plain SQL gives, and see new requests at once.
import { describe, expect, it } from 'vitest';
import { listRequests, type RequestFilters } from '../../src/db/disclosureRequests.ts';
import { testDb } from '../helpers/app.ts';
import { inTransaction, type Db } from '../../src/db/connection.ts';

async function seed(db: Db, n: number) {
  const ins = `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, due_at, created_at, updated_at)
     VALUES (?, 2026, ?, ?, ?, ?, 'on_site', ?, ?, ?, ?)`;
  const statuses = ['registered', 'in_progress', 'in_review', 'closed'] as const;
  await inTransaction(db, async (db) => {
    for (let i = 1; i <= n; i++) {
      const at = new Date(Date.UTC(2026, 0, 1) + i * 3_600_000).toISOString();
      const status = statuses[i % 4]!;
      const due = status === 'closed' ? null : new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % n) * 3_600_000).toISOString();
      const word = i % 3 === 0 ? 'upphandling' : 'protokoll';
      await db.run(ins, [`2026/${String(i).padStart(5, '0')}`, i, at, i % 2 ? 'email' : 'phone', `Begär ${word} nummer ${i}`, status, due, at, at]);
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
});
