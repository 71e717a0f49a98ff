// The import queue's lease (issue 16 part 3): several servers share one queue, each job runs once, a dead server's
// job is taken over when its lease runs out, and progress keeps a lease alive. On SQLite here; on PostgreSQL, with
// FOR UPDATE SKIP LOCKED and two connections claiming at once, in test/pg/importLease.test.ts.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/connection.ts';
import { testDb } from '../helpers/app.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { makeRequest } from '../helpers/requests.ts';
import { claimImportJob, insertImportJob, releaseJobsOf, releaseRunningJobs, renewJobLease, setJobProgress, type JobClaim } from '../../src/db/documents.ts';
import { ImportQueue, processImportJob } from '../../src/documents/importer.ts';
import { mapInOrder } from '../../src/db/connection.ts';
import { pdfFixture } from '../helpers/fixtures.ts';

const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();
const settings = { maxBytes: 1024 * 1024, timeoutMs: 10_000, maxMemoryMb: 256 };

async function withJobs(n: number): Promise<{ db: Db; jobs: number[] }> {
  const db = await testDb();
  const staff = await createStaff(db, { id: null, label: 'test' }, { email: 'r@test.se', displayName: 'R', role: 'registrar', password: 'ett-langt-losenord' });
  if (!staff.ok) throw new Error();
  const req = await makeRequest(db, staff.value);
  const jobs = await mapInOrder(Array.from({ length: n }, (_, i) => i), async (i) =>
    insertImportJob(db, { requestId: req.id, fileName: `notat-${i}.txt`, bytes: new TextEncoder().encode(`Anteckning nummer ${i}`), createdBy: staff.value, now: new Date().toISOString() }));
  return { db, jobs };
}

const row = async (db: Db, id: number) =>
  await db.get('SELECT status, claimed_by, lease_until, attempts FROM import_job WHERE id = ?', [id]) as { status: string; claimed_by: string | null; lease_until: string | null; attempts: number };

describe('claiming import jobs', () => {
  it('never gives two claimers the same job, and takes the oldest first', async () => {
    const { db, jobs } = await withJobs(20);
    const got: Record<string, number[]> = { a: [], b: [] };
    // Two servers claim at once until nothing is free; their claims interleave on the connection.
    const claimAll = async (serverId: string) => {
      for (let c: JobClaim | undefined; (c = await claimImportJob(db, { serverId, now: at(0), leaseUntil: at(60_000) })); ) got[serverId]!.push(c.id);
    };
    await Promise.all([claimAll('a'), claimAll('b')]);
    const all = [...got.a!, ...got.b!].sort((x, y) => x - y);
    expect(all).toEqual(jobs);
    expect(got.a!.length).toBeGreaterThan(0);
    expect(got.b!.length).toBeGreaterThan(0);
    expect(got.a).toEqual([...got.a!].sort((x, y) => x - y));
    for (const [server, ids] of Object.entries(got)) {
      for (const id of ids) expect(await row(db, id)).toEqual({ status: 'running', claimed_by: server, lease_until: at(60_000), attempts: 1 });
    }
    expect(await claimImportJob(db, { serverId: 'c', now: at(59_999), leaseUntil: at(120_000) })).toBeUndefined();
  });

  it('runs each job once when two servers\' queues read the same queue', async () => {
    const { db, jobs } = await withJobs(6);
    const a = new ImportQueue(db, settings, 'server-a');
    const b = new ImportQueue(db, settings, 'server-b');
    a.enqueue();
    b.enqueue();
    await Promise.all([a.idle(), b.idle()]);
    expect(await db.column('SELECT status FROM import_job ORDER BY id')).toEqual(jobs.map(() => 'done'));
    expect(await db.column('SELECT attempts FROM import_job ORDER BY id')).toEqual(jobs.map(() => 1));
    expect(await db.value('SELECT count(*) FROM document')).toBe(6);
    expect(await db.value("SELECT count(*) FROM decision_log WHERE event = 'document.imported'")).toBe(6);
    expect(await db.column('SELECT DISTINCT claimed_by FROM import_job ORDER BY 1')).toEqual(['server-a', 'server-b']);
    expect(await db.value('SELECT count(*) FROM import_job WHERE lease_until IS NOT NULL')).toBe(0);
  });

  it('takes over a dead claimer\'s job when its lease has run out, counting the attempt; the dead one stores nothing', async () => {
    const { db, jobs: [job] } = await withJobs(1);
    expect(await claimImportJob(db, { serverId: 'dead', now: at(0), leaseUntil: at(60_000) })).toEqual({ id: job, attempts: 1 });
    // While the lease holds, nobody else gets the job.
    expect(await claimImportJob(db, { serverId: 'alive', now: at(59_999), leaseUntil: at(119_999) })).toBeUndefined();
    expect(await claimImportJob(db, { serverId: 'alive', now: at(30_000), leaseUntil: at(90_000), only: job })).toBeUndefined();
    // Its server died: the lease runs out and another server takes the job over.
    expect(await claimImportJob(db, { serverId: 'alive', now: at(60_001), leaseUntil: at(120_001) })).toEqual({ id: job, attempts: 2 });
    expect(await row(db, job!)).toMatchObject({ status: 'running', claimed_by: 'alive', attempts: 2 });
    // The old claimer, back from a long pause, can neither renew nor store.
    expect(await renewJobLease(db, job!, 'dead', at(200_000))).toBe(false);
    expect(await setJobProgress(db, job!, 1, 2, { serverId: 'dead', leaseUntil: at(200_000) })).toBe(false);
    expect(await processImportJob(db, job!, settings, { serverId: 'dead', attempts: 1 })).toBe('lost');
    expect(await db.value('SELECT count(*) FROM document')).toBe(0);
    expect(await row(db, job!)).toMatchObject({ status: 'running', claimed_by: 'alive', lease_until: at(120_001) });
    // The new holder reads it, once.
    expect(await processImportJob(db, job!, settings, { serverId: 'alive', attempts: 2 })).toBe('finished');
    expect(await db.value('SELECT count(*) FROM document')).toBe(1);
    expect(await row(db, job!)).toMatchObject({ status: 'done', claimed_by: 'alive', lease_until: null });
    expect(await processImportJob(db, job!, settings, { serverId: 'dead', attempts: 1 })).toBe('finished');
    expect(await db.value('SELECT count(*) FROM document')).toBe(1);
  });

  it('renews the lease with each progress write, so a working server keeps its job', async () => {
    const { db, jobs: [job] } = await withJobs(1);
    await claimImportJob(db, { serverId: 'a', now: at(0), leaseUntil: at(60_000) });
    expect(await setJobProgress(db, job!, 3, 10, { serverId: 'a', leaseUntil: at(100_000) })).toBe(true);
    expect(await row(db, job!)).toMatchObject({ claimed_by: 'a', lease_until: at(100_000) });
    expect(await db.get('SELECT progress_done, progress_total FROM import_job WHERE id = ?', [job])).toEqual({ progress_done: 3, progress_total: 10 });
    // Past the first lease, within the renewed one: still a's.
    expect(await claimImportJob(db, { serverId: 'b', now: at(70_000), leaseUntil: at(130_000) })).toBeUndefined();
    expect(await renewJobLease(db, job!, 'a', at(150_000))).toBe(true);
    expect(await claimImportJob(db, { serverId: 'b', now: at(120_000), leaseUntil: at(180_000) })).toBeUndefined();
    expect(await claimImportJob(db, { serverId: 'b', now: at(150_001), leaseUntil: at(210_000) })).toEqual({ id: job, attempts: 2 });
  });

  it('frees the running jobs at a SQLite server\'s start (one server per file), and a job left without a lease is free', async () => {
    const { db, jobs: [first, second] } = await withJobs(2);
    await claimImportJob(db, { serverId: 'before-restart', now: at(0), leaseUntil: at(60_000) });
    // Left running by a server from before migration 0072: no lease at all.
    await db.run("UPDATE import_job SET status = 'running', attempts = 1 WHERE id = ?", [second]);
    expect(await claimImportJob(db, { serverId: 'after', now: at(1000), leaseUntil: at(61_000) })).toEqual({ id: second, attempts: 2 });
    expect(await releaseRunningJobs(db)).toBe(2);
    expect(await claimImportJob(db, { serverId: 'after', now: at(1000), leaseUntil: at(61_000) })).toEqual({ id: first, attempts: 2 });
  });

  it('lets a stopping server give up its cut-off job, so another takes it at once; other servers\' jobs stay theirs', async () => {
    const { db, jobs: [mine, theirs] } = await withJobs(2);
    await claimImportJob(db, { serverId: 'stopping', now: at(0), leaseUntil: at(60_000) });
    await claimImportJob(db, { serverId: 'other', now: at(0), leaseUntil: at(60_000) });
    expect(await releaseJobsOf(db, 'stopping')).toBe(1);
    expect(await claimImportJob(db, { serverId: 'next', now: at(1000), leaseUntil: at(61_000) })).toEqual({ id: mine, attempts: 2 });
    expect(await claimImportJob(db, { serverId: 'next', now: at(1000), leaseUntil: at(61_000) })).toBeUndefined();
    expect(await row(db, theirs!)).toMatchObject({ claimed_by: 'other', lease_until: at(60_000) });
  });

  it('the reader renews its lease with its progress writes while it reads, so no other server takes the file', async () => {
    const { db, jobs: [job] } = await withJobs(1);
    await db.run("UPDATE import_job SET file_name = 'protokoll.pdf', staged_bytes = ? WHERE id = ?", [Buffer.from(pdfFixture(['Sida ett', 'Sida två'])), job]);
    // A lease that has already run out by the clock: only the reader's own writes can keep the file its.
    const claim = await claimImportJob(db, { serverId: 'reader', now: at(0), leaseUntil: at(1) });
    const reading = processImportJob(db, job!, settings, { serverId: 'reader', attempts: claim!.attempts });
    const leased = async () => (await row(db, job!)).lease_until ?? '';
    while ((await row(db, job!)).status === 'running' && (await leased()) <= at(1)) await new Promise((r) => setTimeout(r, 2));
    // Still reading (a PDF is read in a child process, which takes far longer than the first progress write).
    expect((await row(db, job!)).status).toBe('running');
    expect(await leased() > new Date().toISOString()).toBe(true);
    expect(await claimImportJob(db, { serverId: 'other', now: new Date().toISOString(), leaseUntil: new Date(Date.now() + 60_000).toISOString() })).toBeUndefined();
    expect(await reading).toBe('finished');
    expect(await row(db, job!)).toMatchObject({ status: 'done', claimed_by: 'reader', attempts: 1 });
    expect(await db.value('SELECT count(*) FROM document')).toBe(1);
  });
});
