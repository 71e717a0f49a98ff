// npm run bench:pg — the write throughput of one organisation: registrations and decisions per second through the
// built server over HTTP, with 1, 2 and 20 concurrent clients, on PostgreSQL with one and with two server processes,
// and on SQLite (one process) in the same run as the baseline. Medians of BENCH_RUNS runs; peak RSS of the servers.
// Run through pg-local (npm run bench:pg), which gives it a PostgreSQL server in INSYN_DATABASE_URL.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Db } from '../../src/db/connection.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { buildServer, httpLogin, startServer, type ServerProcess } from '../helpers/server.ts';
import { makeRequest } from '../helpers/requests.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';
import { freshPgDatabase, serverUrl } from '../pg/helpers.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CLIENTS = (process.env.BENCH_CLIENTS ?? '1,2,20').split(',').map(Number);
/** Operations per client level, shared among its clients. */
const REGISTRATIONS = Number(process.env.BENCH_REGISTRATIONS ?? 120);
const DECISIONS = Number(process.env.BENCH_DECISIONS ?? 60);
const PASSWORD = 'bänk-postgres-lösenord-1';

type Setup = { name: string; dialect: 'sqlite' | 'postgres'; processes: number };
const SETUPS: Setup[] = [
  { name: 'SQLite, 1 process', dialect: 'sqlite', processes: 1 },
  { name: 'PostgreSQL, 1 process', dialect: 'postgres', processes: 1 },
  { name: 'PostgreSQL, 2 processes', dialect: 'postgres', processes: 2 },
];

interface Measured { setup: string; clients: number; op: 'registrations' | 'decisions'; perSecond: number; errors: number }

serverUrl(); // fails at once, with how to run it, when no PostgreSQL is given
const build = await buildServer();
const measured: Measured[] = [];
const peakRss: Record<string, number[]> = {};

/** A fresh database of the setup's kind, migrated, with staff and `DECISIONS` decide-ready requests per client level. */
async function prepare(setup: Setup): Promise<{ env: Record<string, string>; ready: Map<number, number[]>; drop: () => Promise<void> }> {
  let env: Record<string, string>;
  let drop: () => Promise<void>;
  if (setup.dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-pg-'));
    env = { INSYN_DB: join(dir, 'bench.sqlite') };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  } else {
    const pg = await freshPgDatabase();
    env = { INSYN_DATABASE_URL: pg.url };
    drop = () => pg.drop();
  }
  const { db } = await openDatabase({ databaseUrl: env.INSYN_DATABASE_URL ?? null, dbPath: env.INSYN_DB ?? '', databasePoolSize: 4 });
  const ids = { registrar: 0, reviewer: 0, reviewer2: 0 };
  for (const [key, role] of [['registrar', 'registrar'], ['reviewer', 'reviewer'], ['reviewer2', 'reviewer']] as const) {
    const r = await createStaff(db, { id: null, label: 'bench' }, { email: `${key}@bench.test`, displayName: key, role, password: PASSWORD });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    ids[key] = r.value;
  }
  const ready = new Map<number, number[]>();
  for (const c of CLIENTS) ready.set(c, await decideReady(db, ids, DECISIONS));
  await db.close();
  return { env, ready, drop };
}

/** Requests in review whose one handling is assessed for release in full: a decision is then one POST. */
async function decideReady(db: Db, ids: { registrar: number; reviewer: number; reviewer2: number }, n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = await makeRequest(db, ids.registrar, `Protokoll ${i}`);
    await assessedDocument(db, ids, r.id, { title: `Protokoll ${i}`, text: `Styrelseprotokoll nummer ${i}. Inget hemligt.`, outcome: 'release_full' });
    await toReview(db, ids.reviewer, r.id);
    out.push(r.id);
  }
  return out;
}

/** `ops` POSTs shared among `clients` concurrent clients, each POST to the next server in turn; operations per second. */
async function measure(servers: ServerProcess[], clients: number, ops: Array<{ path: string; cookie: string; body: Record<string, string> }>): Promise<{ perSecond: number; errors: number }> {
  let next = 0;
  let turn = 0;
  let errors = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (next < ops.length) {
      const op = ops[next++]!;
      const base = servers[turn++ % servers.length]!.base;
      const res = await fetch(`${base}${op.path}`, {
        method: 'POST',
        redirect: 'manual',
        headers: { Origin: base, Cookie: op.cookie, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(op.body),
      });
      await res.arrayBuffer();
      if (res.status !== 303) errors++;
    }
  }));
  return { perSecond: ops.length / ((performance.now() - start) / 1000), errors };
}

/** The peak resident set of a process (VmHWM), in MB. */
const peakMb = (pid: number): number => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

for (let run = 1; run <= RUNS; run++) {
  for (const setup of SETUPS) {
    const { env, ready, drop } = await prepare(setup);
    const servers = await Promise.all(Array.from({ length: setup.processes }, () => startServer(build, { ...env, INSYN_DEMO_DATA: '0' })));
    try {
      const reg = await httpLogin(servers[0]!.base, 'registrar@bench.test', PASSWORD);
      const jur = await httpLogin(servers.at(-1)!.base, 'reviewer2@bench.test', PASSWORD);
      // Warm-up: each server's first pages and statements.
      await measure(servers, 2, Array.from({ length: 10 }, (_, i) => ({ path: '/requests', cookie: reg, body: { receivedDate: '2026-11-02', receivedTime: '09:30', channel: 'email', description: `Uppvärmning ${i}`, formWanted: 'electronic_copy' } })));
      for (const clients of CLIENTS) {
        const registrations = Array.from({ length: REGISTRATIONS }, (_, i) => ({ path: '/requests', cookie: reg, body: { receivedDate: '2026-11-02', receivedTime: '09:30', channel: 'email', description: `Begäran ${clients}-${i} om protokoll`, formWanted: 'electronic_copy' } }));
        const r = await measure(servers, clients, registrations);
        measured.push({ setup: setup.name, clients, op: 'registrations', ...r });
        const decisions = ready.get(clients)!.map((id) => ({ path: `/requests/${id}/decision`, cookie: jur, body: { motivering: 'Handlingen lämnas ut i sin helhet.', condition: '' } }));
        const d = await measure(servers, clients, decisions);
        measured.push({ setup: setup.name, clients, op: 'decisions', ...d });
        console.error(`run ${run} ${setup.name}, ${clients} client(s): ${r.perSecond.toFixed(1)} registrations/s, ${d.perSecond.toFixed(1)} decisions/s${r.errors + d.errors ? ` (${r.errors + d.errors} errors)` : ''}`);
      }
      (peakRss[setup.name] ??= []).push(Math.max(...servers.map((s) => peakMb(s.proc.pid!))));
    } finally {
      for (const s of servers) s.proc.kill('SIGTERM');
      await Promise.all(servers.map((s) => s.exited));
      await drop();
    }
  }
}
rmSync(build, { recursive: true, force: true });

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const of = (setup: string, clients: number, op: Measured['op']) => median(measured.filter((m) => m.setup === setup && m.clients === clients && m.op === op).map((m) => m.perSecond));
const errors = measured.reduce((n, m) => n + m.errors, 0);

console.log(`\nbench:pg – ${RUNS} runs, medians; ${REGISTRATIONS} registrations and ${DECISIONS} decisions per client level; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
console.log('| Uppsättning | Klienter | Registreringar/s | Beslut/s | Registreringar mot SQLite | Beslut mot SQLite |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const setup of SETUPS) {
  for (const c of CLIENTS) {
    const r = of(setup.name, c, 'registrations');
    const d = of(setup.name, c, 'decisions');
    const rb = of(SETUPS[0]!.name, c, 'registrations');
    const db = of(SETUPS[0]!.name, c, 'decisions');
    console.log(`| ${setup.name} | ${c} | ${r.toFixed(1)} | ${d.toFixed(1)} | ${(r / rb).toFixed(2)} | ${(d / db).toFixed(2)} |`);
  }
}
console.log('\nHögsta RSS per serverprocess (median av körningarna):');
for (const setup of SETUPS) console.log(`  ${setup.name}: ${median(peakRss[setup.name]!).toFixed(0)} MB`);
if (errors) {
  console.log(`\n${errors} anrop gav inte 303`);
  process.exitCode = 1;
}
