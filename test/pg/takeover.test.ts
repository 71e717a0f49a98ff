// Issue 16 part 3 with real processes: two built Insyn servers on one PostgreSQL database with a short import lease
// (INSYN_IMPORT_LEASE_S=10). The server that claims a large PDF is killed with SIGKILL in the middle of reading it;
// its job stays "running" under its lease, and the other server takes it over only once the lease has run out,
// reads it from the start and stores it exactly once: one handling, its pages and findings once, one log entry,
// the second start counted, and `insyn audit verify` passes. Outcomes only, no wall-clock assertion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { buildServer, httpLogin, httpPost, startServer, type ServerProcess } from '../helpers/server.ts';
import { pdfFixture, TEST_PNR } from '../helpers/fixtures.ts';
import { freshPgDatabase, type PgDatabase } from './helpers.ts';

const run = promisify(execFile);
const PASSWORD = 'overtagande-losenord-1';
const PAGES = 1500;

let build: string;
let database: PgDatabase;
let watch: pg.Client;
const servers: ServerProcess[] = [];

beforeAll(async () => {
  [build, database] = await Promise.all([buildServer(), freshPgDatabase()]);
  watch = await database.connect();
}, 180_000);

afterAll(async () => {
  for (const s of servers) if (s.proc.exitCode === null && s.proc.signalCode === null) s.proc.kill('SIGTERM');
  await Promise.all(servers.map((s) => s.exited));
  await database?.drop();
  if (build) rmSync(build, { recursive: true, force: true });
}, 60_000);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const serverOf = (claimedBy: string | null): ServerProcess | undefined =>
  servers.find((s) => claimedBy?.startsWith(`${hostname().slice(0, 60)}:${s.proc.pid}:`));

interface JobRow {
  status: string;
  claimed_by: string | null;
  lease_until: string | null;
  attempts: number;
  progress_done: number;
  document_id: number | null;
  /** the database's clock when the row was read (the lease is compared with it) */
  db_now: string;
}

describe('a server killed in the middle of an import', () => {
  it('leaves the job to the other server once its lease has run out, and the file is stored exactly once', async () => {
    const env = { INSYN_DATABASE_URL: database.url, INSYN_DEMO_PASSWORD: PASSWORD, INSYN_IMPORT_LEASE_S: '10', INSYN_DATABASE_POOL: '4' };
    servers.push(...(await Promise.all([startServer(build, env), startServer(build, env)])));
    const reg = await httpLogin(servers[0]!.base, 'registrator@exempelstad.se', PASSWORD);
    const res = await httpPost(servers[1]!.base, '/requests', reg, { receivedDate: '2026-11-02', receivedTime: '09:30', channel: 'email', description: 'Avtal om fjärrvärme, stor fil', formWanted: 'electronic_copy' });
    expect(res.status).toBe(303);
    const requestId = Number(/\/requests\/(\d+)/.exec(res.headers.get('location')!)![1]);

    // A large PDF (a personnummer on every hundredth page, so there are findings to store once), uploaded to A.
    const pages = Array.from({ length: PAGES }, (_, i) => `Sida ${i + 1}. Avtal om fjärrvärme mellan bolaget och kunden${i % 100 === 0 ? `, kundens personnummer ${TEST_PNR}` : ''}, löpande text för att fylla sidan.`);
    const form = new FormData();
    form.append('files', new File([pdfFixture(pages) as Uint8Array<ArrayBuffer>], 'avtal.pdf'));
    expect((await httpPost(servers[0]!.base, `/requests/${requestId}/documents`, reg, form)).status).toBe(303);

    const job = async (): Promise<JobRow> =>
      (await watch.query<JobRow>(`SELECT status, claimed_by, lease_until, attempts, progress_done, document_id,
        to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS db_now FROM import_job WHERE request_id = $1`, [requestId])).rows[0]!;

    // Under way: claimed (by the server it was uploaded to, or by the other's poll – whichever did is the one killed).
    let atKill: JobRow | undefined;
    for (const end = Date.now() + 120_000; !atKill; await sleep(20)) {
      const j = await job();
      if (j.status === 'running' && j.progress_done > 0 && serverOf(j.claimed_by)) atKill = j;
      else if (j.status === 'done' || j.status === 'failed' || Date.now() > end) throw new Error(`no import under way to kill: ${j.status} ${j.progress_done}`);
    }
    const victim = serverOf(atKill.claimed_by)!;
    const survivor = servers.find((s) => s !== victim)!;
    victim.proc.kill('SIGKILL');
    expect(await victim.exited).toMatchObject({ signal: 'SIGKILL' });
    expect(atKill.attempts).toBe(1);

    // Nothing stored by the dead server, and nobody takes the job while its lease holds.
    const killed = await job();
    expect(killed.status).toBe('running');
    expect(killed.claimed_by).toBe(atKill.claimed_by);
    expect(await watch.query('SELECT 1 FROM document WHERE request_id = $1', [requestId]).then((r) => r.rowCount)).toBe(0);
    const deadLease = killed.lease_until!;
    let takenOver: JobRow | undefined;
    let done: JobRow | undefined;
    for (const end = Date.now() + 300_000; !done; await sleep(100)) {
      const j = await job();
      if (j.claimed_by === atKill.claimed_by) {
        expect(j.status).toBe('running');
      } else {
        // A claim of the survivor is only ever seen once the dead server's lease has run out.
        expect(j.db_now > deadLease, `taken over at ${j.db_now}, lease until ${deadLease}`).toBe(true);
        expect(serverOf(j.claimed_by)).toBe(survivor);
        takenOver ??= j;
        if (j.status === 'done' || j.status === 'failed') done = j;
      }
      if (Date.now() > end) throw new Error(`the job was not finished by the other server: ${JSON.stringify(j)}`);
    }
    expect(done.status).toBe('done');
    expect(done.attempts).toBe(2);
    expect(serverOf(done.claimed_by)).toBe(survivor);

    // Stored exactly once: one handling with every page once, each finding once, one log entry.
    const docs = (await watch.query<{ id: number; page_count: number }>('SELECT id, page_count FROM document WHERE request_id = $1', [requestId])).rows;
    expect(docs).toEqual([{ id: done.document_id, page_count: PAGES }]);
    const docId = docs[0]!.id;
    expect((await watch.query('SELECT count(*)::int AS n, count(DISTINCT number)::int AS d FROM document_page WHERE document_id = $1', [docId])).rows[0]).toEqual({ n: PAGES, d: PAGES });
    const findings = (await watch.query('SELECT count(*)::int AS n, count(DISTINCT (type, start, "end"))::int AS d FROM finding WHERE document_id = $1', [docId])).rows[0] as { n: number; d: number };
    expect(findings.n).toBeGreaterThanOrEqual(PAGES / 100);
    expect(findings.d).toBe(findings.n);
    expect((await watch.query("SELECT count(*)::int AS n FROM decision_log WHERE request_id = $1 AND event = 'document.imported'", [requestId])).rows[0].n).toBe(1);

    // The survivor still serves the registrator (the session lives in the database), and the log verifies.
    expect((await fetch(`${survivor.base}/requests/${requestId}`, { headers: { Cookie: reg } })).status).toBe(200);
    const out = await run(process.execPath, [join(build, 'cli.js'), 'audit', 'verify'], { env: { PATH: process.env.PATH ?? '', INSYN_DATABASE_URL: database.url } });
    const rows = (await watch.query<{ n: number }>('SELECT count(*)::int AS n FROM decision_log')).rows[0]!.n;
    expect(out.stdout.trim()).toBe(`Händelseloggen är hel: alla ${rows} rader stämmer.`);
  }, 600_000);
});
