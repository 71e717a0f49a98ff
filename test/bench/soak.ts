// npm run bench:soak — a mixed workload against the built server as its own process on loopback, with
// 100 000 requests in the database: registrators register, search and read; jurists propose maskeringar
// and approve each other's; requesters open their link and download PDFs. Prints throughput, p50/p95/p99
// per action, errors, and the server's memory (RSS) from start to end.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.ts';
import { inTransaction, openDb, sqliteOnlyHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { dueAtFor } from '../../src/domain/requestCommands.ts';
import { channels, formsWanted, type Status } from '../../src/domain/disclosureRequest.ts';
import { importPastedText } from '../../src/documents/importer.ts';
import { decideRequest } from '../../src/domain/decisionCommands.ts';
import { createReleaseLink } from '../../src/domain/releaseCommands.ts';
import { assessedDocument, toReview } from '../helpers/release.ts';
import { makeRequest } from '../helpers/requests.ts';
import { buildServer, httpLogin, startServer } from '../helpers/server.ts';

const ROWS = Number(process.env.SOAK_ROWS ?? 100_000);
const SECONDS = Number(process.env.SOAK_SECONDS ?? 180);
const CLIENTS = Number(process.env.SOAK_CLIENTS ?? 16);
const PASSWORD = 'soak-mätning-lösenord-1';

const dir = mkdtempSync(join(tmpdir(), 'insyn-soak-'));
const dbPath = join(dir, 'soak.sqlite');
const db = openDb(dbPath);
await migrate(db);
const config = { ...loadConfig({}), dbPath };

// ---- seed: 100 000 requests as bench:server has them ------------------------------------------
const t0 = performance.now();
const staff: Record<string, number> = {};
for (const [email, role] of [['reg1', 'registrar'], ['reg2', 'registrar'], ['jur1', 'reviewer'], ['jur2', 'reviewer']] as const) {
  const r = await createStaff(db, { id: null, label: 'soak' }, { email: `${email}@soak.test`, displayName: email, role, password: PASSWORD });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  staff[email] = r.value;
}
const words = ['protokoll', 'styrelsemöte', 'avtal', 'faktura', 'upphandling', 'elnät', 'mätare', 'anbud', 'delegationsbeslut', 'fjärrvärme', 'kundklagomål', 'revision', 'budget', 'ledningskarta', 'avbrott', 'skrivelse', 'rapport', 'tillsyn'];
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const insert = `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted,
     status, handler_id, flagged_for_secrecy, due_at, decided_at, closed_at, created_at, updated_at)
   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const now = Date.now();
const span = 2 * 365 * 86_400_000;
const perYear = new Map<number, number>();
await inTransaction(db, async (db) => {
  for (let i = 0; i < ROWS; i++) {
    const receivedAt = new Date(now - span + (i / ROWS) * span - 86_400_000);
    const year = receivedAt.getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    const x = rand();
    const status: Status = x < 0.15 ? 'registered' : x < 0.3 ? 'in_progress' : x < 0.4 ? 'in_review' : x < 0.85 ? 'closed' : x < 0.95 ? 'decided' : 'withdrawn';
    const flagged = status === 'in_review' ? 1 : 0;
    const due = dueAtFor({ received_at: receivedAt.toISOString(), status, flagged_for_secrecy: flagged, extended_until: null, extension_note: null }, config.deadline);
    const decided = status === 'decided' || status === 'closed' ? receivedAt.toISOString() : null;
    await db.run(insert, [`${year}/${String(n).padStart(5, '0')}`, year, n, receivedAt.toISOString(), pick(channels), `Begär ${pick(words)} och ${pick(words)} ${2020 + Math.floor(rand() * 7)}.`, pick(formsWanted), status, rand() < 0.7 ? staff.reg1 : null, flagged, due, decided, status === 'closed' || status === 'withdrawn' ? receivedAt.toISOString() : null, receivedAt.toISOString(), receivedAt.toISOString()]);
  }
  for (const [year, n] of perYear) await db.run('INSERT INTO reference_series (year, last_number) VALUES (?, ?)', [year, n]);
});

// Jurists' work: handlingar assessed as "lämnas ut med maskeringar" (OSL 21:7), each used once by a
// propose-then-approve pair. Requesters': decided requests with a link each.
const ids = { registrar: staff.reg1!, reviewer: staff.jur1!, reviewer2: staff.jur2! };
const osl217 = await db.value("SELECT id FROM provision WHERE label = 'OSL 21:7'") as number;
const JURIST_DOCS = Math.max(50, Math.ceil(SECONDS * 12));
const juristDocs: Array<{ id: number; secret: string }> = [];
for (let i = 0; i < JURIST_DOCS; i++) {
  const r = await makeRequest(db, ids.registrar, `Kundärende ${i}`);
  const secret = `Kundnummer K${100000 + i}X`;
  const docId = await importPastedText(db, { id: ids.registrar, label: 'soak' }, r.id, { title: `Kundärende ${i}`, text: `Ärendet gäller ${secret}, som anmält avbrott i fjärrvärmen. Åtgärdat av driften.` });
  await db.run('INSERT INTO secrecy_assessment (document_id, outcome, provision_ids, motivering, assessed_by, assessed_at) VALUES (?, ?, ?, ?, ?, ?)', [docId, 'release_masked', JSON.stringify([osl217]), 'Kunduppgift', ids.reviewer, new Date().toISOString()]);
  juristDocs.push({ id: docId, secret });
}
const tokens: string[] = [];
for (let i = 0; i < 20; i++) {
  const r = await makeRequest(db, ids.registrar, `Avtal ${i}`);
  for (let d = 0; d < 3; d++) await assessedDocument(db, ids, r.id, { title: `Avtal ${i}-${d}`, text: `Avtal ${i}-${d} om fjärrvärme. Kund: Tolvan Tolvansson, 19560808-2656.\n\n${'Villkor och priser gäller tills vidare. '.repeat(60)}`, outcome: 'release_masked', mask: [{ text: 'Tolvan Tolvansson', provision: 'OSL 21:7' }, { text: '19560808-2656', provision: 'OSL 21:7' }] });
  await toReview(db, ids.reviewer, r.id);
  const actor = { id: ids.reviewer, label: 'jur1@soak.test', role: 'reviewer' as const, displayName: 'jur1' };
  const dec = await decideRequest(db, actor, r.id, { motivering: 'Kunduppgifter skyddas av OSL 21:7.', condition: '' }, { organisation: config.organisationName, feeTariff: config.feeTariff, deadline: config.deadline, profile: config.organisation });
  if (!dec.ok) throw new Error(JSON.stringify(dec));
  const link = await createReleaseLink(db, actor, r.id, 30);
  if (!link.ok) throw new Error(JSON.stringify(link));
  tokens.push(link.value.token);
}
sqliteOnlyHandle(db).pragma('optimize');
await db.close();
const seedMs = performance.now() - t0;

// ---- the server as its own process, built as in production ------------------------------------
const build = await buildServer();
const server = await startServer(build, { INSYN_DB: dbPath, INSYN_RELEASE_LINK_DAYS: '30' });
const base = server.base;
const rssMb = () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.proc.pid}/status`, 'utf8'))![1]) / 1024;
const cookies = {
  reg1: await httpLogin(base, 'reg1@soak.test', PASSWORD),
  reg2: await httpLogin(base, 'reg2@soak.test', PASSWORD),
  jur1: await httpLogin(base, 'jur1@soak.test', PASSWORD),
  jur2: await httpLogin(base, 'jur2@soak.test', PASSWORD),
};
const pdfNames = new Map<string, string[]>();
for (const t of tokens) {
  const html = await (await fetch(`${base}/r/${t}`)).text();
  pdfNames.set(t, [...html.matchAll(/href="\/r\/[^/"]+\/handlingar\/([^"]+\.pdf)"/g)].map((m) => m[1]!));
  if (!pdfNames.get(t)!.length) throw new Error('no PDF links on the requester page');
}

// ---- the workload ------------------------------------------------------------------------------
type Action = { name: string; weight: number; run: () => Promise<Response> };
const form = (path: string, cookie: string, body: Record<string, string>) =>
  fetch(`${base}${path}`, { method: 'POST', redirect: 'manual', headers: { Origin: base, Cookie: cookie, 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(body) });
const page = (path: string, cookie?: string) => fetch(`${base}${path}`, { redirect: 'manual', headers: cookie ? { Cookie: cookie } : {} });
const regCookie = () => (rand() < 0.5 ? cookies.reg1 : cookies.reg2);
let nextJuristDoc = 0;
/** Proposed by jur1, waiting for jur2's approval. */
const awaitingApproval: number[] = [];
let registered = 0;

const actions: Action[] = [
  // The baseline in the same run: a static file, through the same middleware and access log.
  { name: 'baslinje: /static/app.css', weight: 2, run: () => page('/static/app.css') },
  { name: 'registrator: registrera', weight: 8, run: () => form('/requests', regCookie(), { receivedDate: '2026-03-02', receivedTime: '09:30', channel: 'email', description: `Soak ${registered++} ${pick(words)}`, formWanted: 'electronic_copy' }) },
  { name: 'registrator: söka', weight: 20, run: () => page(`/requests?q=${encodeURIComponent(pick(words))}`, regCookie()) },
  { name: 'registrator: översikten', weight: 10, run: () => page(`/requests?page=${1 + Math.floor(rand() * 5)}`, regCookie()) },
  { name: 'registrator: öppna begäran', weight: 15, run: () => page(`/requests/${1 + Math.floor(rand() * ROWS)}`, regCookie()) },
  {
    name: 'jurist: föreslå maskering',
    weight: 3,
    run: async () => {
      const doc = juristDocs[nextJuristDoc++ % juristDocs.length]!;
      const res = await form(`/documents/${doc.id}/redactions`, cookies.jur1, { kind: 'text', text: doc.secret, scope: 'document', provisionId: String(osl217), motivering: '' });
      if (res.status === 303) awaitingApproval.push(doc.id);
      return res;
    },
  },
  {
    name: 'jurist: godkänna',
    weight: 3,
    run: () => {
      const id = awaitingApproval.shift();
      // Nothing proposed yet: the approval page for the oldest handling is read instead.
      return id === undefined ? page(`/documents/${juristDocs[0]!.id}/secrecy`, cookies.jur2) : form(`/documents/${id}/approval`, cookies.jur2, {});
    },
  },
  { name: 'jurist: sekretessprövning', weight: 6, run: () => page(`/documents/${pick(juristDocs).id}/secrecy`, cookies.jur2) },
  { name: 'sökande: länken', weight: 15, run: () => page(`/r/${pick(tokens)}`) },
  {
    name: 'sökande: ladda ned PDF',
    weight: 20,
    run: () => {
      const t = pick(tokens);
      return page(`/r/${t}/handlingar/${pick(pdfNames.get(t)!)}`);
    },
  },
];
const expected = (name: string, status: number) => (name.includes('registrera') || name.includes('föreslå') || (name.includes('godkänna') && status !== 200) ? status === 303 : status === 200);
const totalWeight = actions.reduce((s, a) => s + a.weight, 0);
const chooseAction = () => {
  let x = rand() * totalWeight;
  for (const a of actions) if ((x -= a.weight) < 0) return a;
  return actions[0]!;
};

const stats = new Map<string, { ms: number[]; errors: number; statuses: Map<number, number> }>(actions.map((a) => [a.name, { ms: [], errors: 0, statuses: new Map() }]));
// Warm-up, then memory at start.
for (let i = 0; i < 200; i++) await (await chooseAction().run()).arrayBuffer();
const rssStart = rssMb();
const rssSamples: number[] = [rssStart];
const sampler = setInterval(() => rssSamples.push(rssMb()), 10_000);
const start = performance.now();
const stopAt = start + SECONDS * 1000;
let total = 0;
await Promise.all(
  Array.from({ length: CLIENTS }, async () => {
    while (performance.now() < stopAt) {
      const a = chooseAction();
      const t = performance.now();
      let status = 0;
      try {
        const res = await a.run();
        await res.arrayBuffer();
        status = res.status;
      } catch {
        status = -1;
      }
      const s = stats.get(a.name)!;
      s.ms.push(performance.now() - t);
      s.statuses.set(status, (s.statuses.get(status) ?? 0) + 1);
      if (!expected(a.name, status)) s.errors++;
      total++;
    }
  }),
);
const elapsed = (performance.now() - start) / 1000;
clearInterval(sampler);
const rssEnd = rssMb();
rssSamples.push(rssEnd);

server.proc.kill('SIGTERM');
const exit = await server.exited;
rmSync(build, { recursive: true, force: true });
rmSync(dir, { recursive: true, force: true });

// ---- report ------------------------------------------------------------------------------------
const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const f = (n: number) => n.toFixed(1).padStart(7);
console.log(`\nSoak: ${ROWS.toLocaleString('sv-SE')} begäranden i databasen, ${CLIENTS} samtidiga klienter, ${elapsed.toFixed(0)} s (förberedelse ${(seedMs / 1000).toFixed(0)} s)`);
console.log(`Totalt ${total.toLocaleString('sv-SE')} anrop, ${(total / elapsed).toFixed(0)} anrop/s, fel ${[...stats.values()].reduce((s, x) => s + x.errors, 0)}\n`);
console.log(`${'Handling'.padEnd(30)} ${'antal'.padStart(7)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} p95/bas  fel`);
for (const s of stats.values()) s.ms.sort((x, y) => x - y);
const baseP95 = q(stats.get(actions[0]!.name)!.ms, 0.95) || 1;
for (const a of actions) {
  const s = stats.get(a.name)!;
  const statuses = [...s.statuses].map(([k, v]) => `${k}:${v}`).join(' ');
  console.log(`${a.name.padEnd(30)} ${String(s.ms.length).padStart(7)} ${f(q(s.ms, 0.5))} ${f(q(s.ms, 0.95))} ${f(q(s.ms, 0.99))} ${(q(s.ms, 0.95) / baseP95).toFixed(1).padStart(6)}x  ${s.errors}  (${statuses})`);
}
console.log(`\nServerns minne (RSS): ${rssStart.toFixed(0)} MB efter uppvärmning, ${rssEnd.toFixed(0)} MB vid slutet, högst ${Math.max(...rssSamples).toFixed(0)} MB`);
console.log(`RSS var tionde sekund: ${rssSamples.map((x) => x.toFixed(0)).join(' ')}`);
// Growth: GC makes single samples jump, so the thirds of the run are compared by their peaks and
// medians. A heap that has found its size has the same peak in the last third as in the middle one.
const third = Math.max(1, Math.floor(rssSamples.length / 3));
const thirds = [rssSamples.slice(0, third), rssSamples.slice(third, -third), rssSamples.slice(-third)].map((xs) => (xs.length ? xs : rssSamples));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`Per tredjedel av körningen, median / högsta RSS: ${thirds.map((xs) => `${median(xs).toFixed(0)} / ${Math.max(...xs).toFixed(0)} MB`).join(', ')}`);
const growth = Math.max(...thirds[2]!) / Math.max(...thirds[1]!);
console.log(`Sista tredjedelens topp mot mittersta: ${growth.toFixed(2)}x – ${growth <= 1.1 ? 'växer inte' : 'VÄXER'}`);
console.log(`Servern stängdes med SIGTERM: slutkod ${exit.code}`);
