// The import queue's lease on PostgreSQL (issue 16 part 3), with the very statements src/db/documents.ts runs: two
// servers claiming at once never get the same job (FOR UPDATE SKIP LOCKED: a claim in an open transaction makes
// the other take the next job, not wait), a dead server's job is taken over when its lease has run out, and a
// progress write renews the lease. The same on SQLite: test/domain/importLease.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { importJobLeaseSql } from '../../src/db/documents.ts';
import { dollar, migratedPg, type PgDatabase } from './helpers.ts';

let pgdb: PgDatabase;
let client: pg.Client;
let staffId: number;
let requestId: number;

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const CLAIM = dollar(importJobLeaseSql.claim('postgres', false));
const CLAIM_ONE = dollar(importJobLeaseSql.claim('postgres', true));
const RENEW = dollar(importJobLeaseSql.renew);
const PROGRESS = dollar(importJobLeaseSql.progress);

const claim = async (c: pg.Client, serverId: string, now: number, leaseUntil: number): Promise<{ id: number; attempts: number } | undefined> =>
  (await c.query(CLAIM, [serverId, at(leaseUntil), at(now)])).rows[0];

beforeAll(async () => {
  ({ db: pgdb, client } = await migratedPg());
  staffId = (await client.query("INSERT INTO staff (email, display_name, role, password_hash, created_at, password_changed_at) VALUES ('r@test.se', 'R', 'registrar', 'x', $1, $1) RETURNING id", [at(0)])).rows[0].id;
  requestId = (await client.query(
    `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, created_at, updated_at)
     VALUES ('2026/0001', 2026, 1, $1, 'email', 'Handlingar', 'electronic_copy', 'registered', $1, $1) RETURNING id`, [at(0)])).rows[0].id;
}, 60_000);

afterAll(async () => {
  await pgdb?.drop();
});

beforeEach(async () => {
  await client.query('DELETE FROM import_job');
});

async function addJobs(n: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    ids.push((await client.query(
      "INSERT INTO import_job (request_id, file_name, byte_size, staged_bytes, status, created_by, created_at) VALUES ($1, $2, 3, '\\x486a21', 'queued', $3, $4) RETURNING id",
      [requestId, `notat-${i}.txt`, staffId, at(0)])).rows[0].id);
  }
  return ids;
}

describe('claiming import jobs on PostgreSQL', () => {
  it('skips a job another server is claiming in an open transaction, instead of taking it or waiting', async () => {
    const [first, second] = await addJobs(2);
    const a = await pgdb.connect();
    const b = await pgdb.connect();
    await a.query('BEGIN');
    expect(await claim(a, 'a', 0, 60_000)).toEqual({ id: first, attempts: 1 });
    // a has not committed; b gets the next job at once (a blocking claim would hang here until a's commit).
    await b.query("SET lock_timeout = '2s'");
    expect(await claim(b, 'b', 0, 60_000)).toEqual({ id: second, attempts: 1 });
    expect(await claim(b, 'b', 0, 60_000)).toBeUndefined();
    await a.query('COMMIT');
    expect((await client.query('SELECT id, claimed_by FROM import_job ORDER BY id')).rows).toEqual([{ id: first, claimed_by: 'a' }, { id: second, claimed_by: 'b' }]);
  });

  it('never gives two of four servers claiming at once the same job', async () => {
    const jobs = await addJobs(40);
    const servers = await Promise.all(['a', 'b', 'c', 'd'].map(async (name) => ({ name, c: await pgdb.connect(), got: [] as number[] })));
    await Promise.all(servers.map(async (s) => {
      for (let r = await claim(s.c, s.name, 0, 60_000); r; r = await claim(s.c, s.name, 0, 60_000)) s.got.push(r.id);
    }));
    const all = servers.flatMap((s) => s.got).sort((x, y) => x - y);
    expect(all).toEqual(jobs);
    const rows = (await client.query('SELECT id, claimed_by, attempts FROM import_job ORDER BY id')).rows as Array<{ id: number; claimed_by: string; attempts: number }>;
    for (const r of rows) {
      expect(servers.find((s) => s.name === r.claimed_by)!.got).toContain(r.id);
      expect(r.attempts).toBe(1);
    }
  });

  it('takes over a dead server\'s job when its lease has run out, counting the attempt; the dead one can no longer renew', async () => {
    const [job] = await addJobs(1);
    expect(await claim(client, 'dead', 0, 60_000)).toEqual({ id: job, attempts: 1 });
    expect(await claim(client, 'alive', 59_999, 119_999)).toBeUndefined();
    expect((await client.query(CLAIM_ONE, ['alive', at(90_000), at(30_000), job])).rows).toEqual([]);
    expect(await claim(client, 'alive', 60_001, 120_001)).toEqual({ id: job, attempts: 2 });
    expect((await client.query(RENEW, [at(200_000), job, 'dead'])).rowCount).toBe(0);
    expect((await client.query(PROGRESS, [1, 2, at(200_000), job, 'dead'])).rowCount).toBe(0);
    expect((await client.query('SELECT status, claimed_by, lease_until, attempts FROM import_job WHERE id = $1', [job])).rows[0])
      .toEqual({ status: 'running', claimed_by: 'alive', lease_until: at(120_001), attempts: 2 });
  });

  it('renews the lease with a progress write, so a working server keeps its job', async () => {
    const [job] = await addJobs(1);
    await claim(client, 'a', 0, 60_000);
    expect((await client.query(PROGRESS, [3, 10, at(100_000), job, 'a'])).rowCount).toBe(1);
    expect(await claim(client, 'b', 70_000, 130_000)).toBeUndefined();
    expect((await client.query(RENEW, [at(150_000), job, 'a'])).rowCount).toBe(1);
    expect(await claim(client, 'b', 120_000, 180_000)).toBeUndefined();
    expect(await claim(client, 'b', 150_001, 210_000)).toEqual({ id: job, attempts: 2 });
  });
});
