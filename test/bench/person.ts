// Benchmark for the person search of a registerutdrag (npm run bench:person): 100 000 handlingar with
// 10 million findings, one data subject looked up by personnummer, name, address, e-mail and phone.
// Prints the median search time over several subjects (a rare and the most common surname among them),
// beside a baseline in the same run – scanning every handling's text for the personnummer, which is
// what the index replaces – and the index's size and peak memory.
// Sizes: DOCS (default 100 000) and PER_DOC findings (default 100); RUNS per subject (default 7).
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inTransaction, openDb, sqliteOnlyHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { searchPerson } from '../../src/db/personIndex.ts';
import { keysForFinding } from '../../src/domain/personIndex.ts';
import type { SubjectIdentifiers } from '../../src/domain/personIndex.ts';

const DOCS = Number(process.env.DOCS ?? 100_000);
const PER_DOC = Number(process.env.PER_DOC ?? 100);
const RUNS = Number(process.env.RUNS ?? 7);
const DOCS_PER_REQUEST = 100;
// Each customer stands in about ten handlingar, as in a company's register over years.
const PEOPLE = Math.max(1000, Math.floor((DOCS * PER_DOC) / 50));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A deterministic generator, so every run builds the same data.
let seed = 20261130;
/** mulberry32 */
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
};

const FIRST = Array.from({ length: 3000 }, (_, i) => `Förnamn${i.toString(36)}`);
const LAST = Array.from({ length: 20000 }, (_, i) => `Efternamn${i.toString(36)}`);
// Surnames follow a skewed distribution like real ones: the commonest is in ~3 % of names.
const pickLast = () => LAST[Math.floor(LAST.length * rand() ** 4)]!;
const pickFirst = () => FIRST[Math.floor(FIRST.length * rand() ** 2)]!;

/** A valid-looking personnummer (Luhn) from an index; the bench's people are not real. */
function pnr(i: number): string {
  const yy = 30 + (i % 70);
  const mm = 1 + (Math.floor(i / 70) % 12);
  const dd = 1 + (Math.floor(i / 840) % 28);
  const serial = 100 + (Math.floor(i / 23520) % 900);
  const base = `${String(yy).padStart(2, '0')}${String(mm).padStart(2, '0')}${String(dd).padStart(2, '0')}${serial}`;
  let sum = 0;
  for (let k = 0; k < 9; k++) {
    let v = Number(base[k]) * (k % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return `19${base.slice(0, 6)}-${base.slice(6)}${(10 - (sum % 10)) % 10}`;
}

type Kind = 'name' | 'personnummer' | 'phone' | 'email' | 'address' | 'organisationsnummer';
const MIX: Kind[] = ['name', 'name', 'name', 'name', 'personnummer', 'personnummer', 'phone', 'email', 'address', 'organisationsnummer'];

function entity(kind: Kind, person: number): string {
  switch (kind) {
    case 'name':
      return `${pickFirst()} ${pickLast()}`;
    case 'personnummer':
      return pnr(person);
    case 'phone':
      return `070-${String(person % 1000).padStart(3, '0')} ${String(Math.floor(person / 1000) % 100).padStart(2, '0')} ${String(person % 97).padStart(2, '0')}`;
    case 'email':
      return `kund${person}@example.com`;
    case 'address':
      return `Gatan${(person % 5000).toString(36)} ${1 + (person % 120)}`;
    default:
      return '556677-8899';
  }
}

async function build(dbPath: string): Promise<{ seconds: number; findings: number; keys: number }> {
  const t0 = performance.now();
  const db = openDb(dbPath);
  sqliteOnlyHandle(db).pragma('synchronous = OFF');
  await migrate(db);
  await db.run("INSERT INTO staff (email, display_name, role, password_hash, active, created_at, password_changed_at) VALUES ('b@bench.se', 'Bench', 'registrar', 'x', 1, '2026-01-01', '2026-01-01')");
  await db.run("INSERT INTO document_blob (sha256, bytes, byte_size) VALUES ('bench', x'00', 1)");
  const insReq = `INSERT INTO disclosure_request (reference, reference_year, reference_number, received_at, channel, description, form_wanted, status, created_at, updated_at)
     VALUES (?, 2026, ?, '2026-01-01T08:00:00.000Z', 'email', 'Bench', 'electronic_copy', 'closed', '2026-01-01', '2026-01-01')`;
  const insDoc = `INSERT INTO document (request_id, file_name, format, sha256, byte_size, text, page_count, description, created_by, created_at)
     VALUES (?, 'x.txt', 'txt', 'bench', 1, ?, 1, 'Handling', 1, '2026-01-01') RETURNING id`;
  const insFinding = `INSERT INTO finding (document_id, type, start, "end", score, explanation) VALUES (?, ?, ?, ?, 0.9, '') RETURNING id`;
  const insKey = 'INSERT OR IGNORE INTO person_key (key_type, key, finding_id, document_id) VALUES (?, ?, ?, ?)';
  let findings = 0;
  let keys = 0;
  const batch = (from: number, to: number) => inTransaction(db, async (db) => {
    for (let d = from; d < to; d++) {
      if (d % DOCS_PER_REQUEST === 0) await db.run(insReq, [`2026/${d / DOCS_PER_REQUEST}`, d / DOCS_PER_REQUEST]);
      const requestId = Math.floor(d / DOCS_PER_REQUEST) + 1;
      const parts: Array<{ kind: Kind; text: string; start: number }> = [];
      let text = '';
      for (let f = 0; f < PER_DOC; f++) {
        const kind = MIX[f % MIX.length]!;
        const person = Math.floor(rand() * PEOPLE);
        const t = entity(kind, person);
        text += 'Uppgift om kund: ';
        parts.push({ kind, text: t, start: text.length });
        text += `${t}.\n`;
      }
      const docId = Number((await db.run(insDoc, [requestId, text])).lastInsertRowid);
      for (const p of parts) {
        const fid = Number((await db.run(insFinding, [docId, p.kind, p.start, p.start + p.text.length])).lastInsertRowid);
        findings++;
        for (const k of keysForFinding(p.kind, p.text)) keys += (await db.run(insKey, [k.type, k.key, fid, docId])).changes;
      }
    }
  });
  for (let d = 0; d < DOCS; d += 1000) {
    await batch(d, Math.min(DOCS, d + 1000));
    if (d % 20000 === 0) process.stderr.write(`  byggt ${d} av ${DOCS} handlingar\r`);
  }
  await db.close();
  return { seconds: (performance.now() - t0) / 1000, findings, keys };
}

async function count(path: string, table: 'finding' | 'person_key'): Promise<number> {
  const db = openDb(path);
  const n = await db.value(`SELECT count(*) FROM ${table}`) as number;
  await db.close();
  return n;
}

async function main() {
  // BENCH_DB=path keeps the built database there and reuses it on the next run (building 100 000
  // handlingar takes a quarter of an hour on this machine).
  const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-person-'));
  const path = process.env.BENCH_DB ?? join(dir, 'bench.sqlite');
  const reuse = !!process.env.BENCH_DB && existsSync(path);
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 100);
  try {
    const built = reuse ? { seconds: 0, findings: await count(path, 'finding'), keys: await count(path, 'person_key') } : await build(path);
    const db = openDb(path);
    let indexBytes: number | null = null;
    try {
      indexBytes = await db.value("SELECT sum(pgsize) FROM dbstat WHERE name IN ('person_key', 'person_key_finding')") as number;
    } catch {
      /* dbstat not compiled in */
    }
    // The commonest name of all: the commonest given name with the commonest surname.
    const commonName = `${FIRST[0]} ${LAST[0]}`;
    const commonKey = keysForFinding('name', commonName)[0]!.key;
    const commonCount = await db.value("SELECT count(*) FROM person_key WHERE key_type = 'name' AND key = ?", [commonKey]) as number;
    const p1 = Math.floor(PEOPLE * 0.37);
    const p2 = Math.floor(PEOPLE * 0.61);
    const subjects: Array<[string, SubjectIdentifiers]> = [
      ['personnummer', { personnummer: [pnr(p1)] }],
      [
        'personnummer, namn, adress, e-post, telefon',
        { personnummer: [pnr(p2)], names: [`${FIRST[5]} ${LAST[900]}`], addresses: [entity('address', p2)], emails: [entity('email', p2)], phones: [entity('phone', p2)] },
      ],
      [`vanligaste namnet (${commonCount} fynd av det)`, { names: [commonName], personnummer: [pnr(p1)] }],
      [`vanligaste namnet utan personnummer`, { names: [commonName] }],
    ];
    console.log(`\nbench:person – ${DOCS} handlingar, ${built.findings} fynd, ${built.keys} nycklar (byggt på ${built.seconds.toFixed(0)} s)`);
    console.log(`databasfil ${(statSync(path).size / 1e6).toFixed(0)} MB; personregistret ${indexBytes ? `${(indexBytes / 1e6).toFixed(0)} MB` : 'okänd storlek (dbstat saknas)'}\n`);
    const scan = 'SELECT count(*) FROM document WHERE instr(text, ?) > 0';
    const baseRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      await db.value(scan, [pnr(p1)]);
      baseRuns.push(performance.now() - t);
    }
    const base = median(baseRuns);
    console.log(`${'sökning'.padEnd(52)} ${'median ms'.padStart(10)} ${'max ms'.padStart(8)} ${'träffar'.padStart(8)} ${'/bas'.padStart(7)}`);
    let worst = 0;
    for (const [label, ids] of subjects) {
      const runs: number[] = [];
      let hits = 0;
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        hits = (await searchPerson(db, ids)).totalHits;
        runs.push(performance.now() - t);
      }
      worst = Math.max(worst, ...runs);
      console.log(`${label.padEnd(52)} ${median(runs).toFixed(1).padStart(10)} ${Math.max(...runs).toFixed(1).padStart(8)} ${String(hits).padStart(8)} ${(median(runs) / base).toFixed(3).padStart(7)}`);
    }
    console.log(`${'baslinje: sök personnumret i all text (instr)'.padEnd(52)} ${base.toFixed(1).padStart(10)}`);
    sample();
    console.log(`\nhögsta minne (RSS) ${(peak / 1e6).toFixed(0)} MB`);
    console.log(`mål < 1 s per sökning: ${worst < 1000 ? 'uppfyllt' : 'EJ uppfyllt'} (sämsta ${worst.toFixed(0)} ms)`);
    await db.close();
  } finally {
    clearInterval(timer);
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
