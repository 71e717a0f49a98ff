// Benchmark for importing handlingar (npm run bench:import): a 200-page PDF, a 5 MB e-mail with attachments
// and a large .docx, each imported as a registrator would (child-process extraction, scan, one transaction).
// Prints pages per second and time to findings (median of several runs), beside a baseline of plain
// pdfjs text extraction in-process, and peak memory of the server process and of each file's child.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createStaff } from '../../src/domain/staffCommands.ts';
import { processImportJob, stageUploads } from '../../src/documents/importer.ts';
import { extractPdf } from '../../src/extract/pdf.ts';
import { extractInSandbox } from '../../src/extract/sandbox.ts';
import { drainPools, poolStats } from '../../src/sandbox/runner.ts';
import { docxFixture, emlFixture, pdfFixture, TEST_PNR } from '../helpers/fixtures.ts';
import { makeRequest } from '../helpers/requests.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A page of the kind a municipal energy company holds: a customer letter with personal data and traps.
function pageText(i: number): string {
  const lines = [
    `Ärende 2026/${String(i).padStart(4, '0')} – kundkontakt`,
    `Kunden Tolvan Tolvansson, personnummer ${TEST_PNR}, Storgatan ${(i % 90) + 1} B, 123 45 Exempelstad,`,
    `ringde den 2026-11-${String((i % 28) + 1).padStart(2, '0')} kl. 09:${String(i % 60).padStart(2, '0')} om faktura 4471${i} på 1 234,50 kr (OCR 7350${i}).`,
    'Förbrukningen var 3 450 kWh under perioden, enligt mätaren på anläggningen.',
    `Kontakt: 070-123 45 ${String(i % 100).padStart(2, '0')}, tolvan.tolvansson@example.com. Organisationsnummer 556677-8899.`,
  ];
  const filler = 'Handläggaren noterade att kunden vill ha en avbetalningsplan och att ärendet ska följas upp nästa vecka. ';
  return [...lines, ...Array.from({ length: 25 }, () => filler)].join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-import-'));
  const db = openDb(join(dir, 'bench.sqlite'));
  await migrate(db);
  const staff = await createStaff(db, { id: null, label: 'bench' }, { email: 'b@bench.se', displayName: 'Bench', role: 'registrar', password: 'bench-password-123' });
  if (!staff.ok) throw new Error('seed');
  const actor = { id: staff.value, label: 'b@bench.se' };
  const settings = { maxBytes: 50 * 1024 * 1024, timeoutMs: 120_000, maxMemoryMb: 256 };

  const pdf = pdfFixture(Array.from({ length: 200 }, (_, i) => pageText(i)));
  const attachmentPdf = pdfFixture(Array.from({ length: 40 }, (_, i) => pageText(i)));
  const body = Array.from({ length: 1400 }, (_, i) => pageText(i).split('\n').slice(0, 5).join('\n')).join('\n\n');
  const bigText = new TextEncoder().encode(Array.from({ length: 110_000 }, (_, i) => `rad ${i}: mätvärde ${i * 7} kWh`).join('\n'));
  const eml = emlFixture({
    body,
    attachments: [
      { name: 'bilaga.pdf', type: 'application/pdf', data: attachmentPdf },
      { name: 'logg.txt', type: 'text/plain', data: bigText },
    ],
  });
  const docx = docxFixture(Array.from({ length: 20_000 }, (_, i) => `${pageText(i).split('\n')[1]!} Stycke ${i}.`));

  // Vary each run's bytes by one character so content-addressing does not make later runs free.
  const vary = (bytes: Uint8Array, run: number, format: string) => {
    if (format !== 'eml') return bytes;
    const out = new Uint8Array(bytes.byteLength + 8);
    out.set(bytes);
    out.set(new TextEncoder().encode(`\r\n${String(run).padStart(6, '0')}`), bytes.byteLength);
    return out;
  };

  const cases = [
    { name: '200-sidig PDF', file: 'rapport.pdf', bytes: pdf, pages: 200, format: 'pdf' },
    { name: `e-post ${(eml.byteLength / 1024 / 1024).toFixed(1)} MB med bilagor`, file: 'mejl.eml', bytes: eml, pages: 1 + 40 + 1, format: 'eml' },
    { name: `Word ${(docx.byteLength / 1024).toFixed(0)} kB, 20 000 stycken`, file: 'stor.docx', bytes: docx, pages: 0, format: 'docx' },
  ];

  // Warm once (the esbuild bundle of the child is written on first use).
  {
    const r = await makeRequest(db, actor.id, 'uppvärmning');
    const { jobIds } = await stageUploads(db, actor, r.id, [{ name: 'w.pdf', bytes: pdfFixture(['hej']) }], settings.maxBytes);
    await processImportJob(db, jobIds[0]!, settings);
  }

  console.log(`bench:import – ${RUNS} körningar per fil, median\n`);
  for (const c of cases) {
    const times: number[] = [];
    let findings = 0;
    for (let run = 0; run < RUNS; run++) {
      const req = await makeRequest(db, actor.id, `bench ${c.name} ${run}`);
      const bytes = vary(c.bytes, run, c.format);
      const t0 = performance.now();
      const { jobIds } = await stageUploads(db, actor, req.id, [{ name: c.file, bytes }], settings.maxBytes);
      await processImportJob(db, jobIds[0]!, settings);
      times.push(performance.now() - t0);
      findings = await db.value('SELECT count(*) FROM finding f JOIN document d ON d.id = f.document_id WHERE d.request_id = ?', [req.id]) as number;
      const job = await db.get('SELECT status, error_message FROM import_job WHERE id = ?', [jobIds[0]!]) as { status: string; error_message: string | null };
      if (job.status !== 'done') throw new Error(`${c.name}: ${job.error_message}`);
    }
    const ms = median(times);
    const rate = c.pages ? `${(c.pages / (ms / 1000)).toFixed(0).padStart(5)} sidor/s` : `${(c.bytes.byteLength / 1024 / 1024 / (ms / 1000)).toFixed(1).padStart(5)} MB/s  `;
    let childPeak = 0;
    await extractInSandbox(c.file, c.bytes, { ...settings, onPeakRss: (mb) => (childPeak = mb) });
    console.log(`${c.name.padEnd(36)} ${(c.bytes.byteLength / 1024 / 1024).toFixed(2).padStart(6)} MB  tid till fynd ${ms.toFixed(0).padStart(6)} ms  ${rate}  ${findings} fynd  (server rss ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB, barnprocess högst ${childPeak.toFixed(0)} MB)`);
  }

  // Baseline: pdfjs text extraction alone, in-process, on the same 200-page PDF.
  const base: number[] = [];
  await extractPdf(pdf); // warm the main thread's JIT as the worker's is
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    await extractPdf(pdf);
    base.push(performance.now() - t0);
  }
  // The same import with a warm child from the pool (as a run of files gets), and with a fresh child
  // each time (the pool emptied first: what every file cost before the pool, a node start and pdfjs load).
  const timeImport = async (cold: boolean) => {
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      if (cold) drainPools();
      const req = await makeRequest(db, actor.id, `ratio ${cold ? 'kall' : 'varm'} ${run}`);
      const t0 = performance.now();
      const { jobIds } = await stageUploads(db, actor, req.id, [{ name: 'r.pdf', bytes: pdf }], settings.maxBytes);
      await processImportJob(db, jobIds[0]!, settings);
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  const warm = await timeImport(false);
  const cold = await timeImport(true);
  const b = median(base);
  const f = warm;
  console.log(`\nbaslinje: enbart pdfjs-textutdrag av 200-sidig PDF  ${b.toFixed(0)} ms (${(200 / (b / 1000)).toFixed(0)} sidor/s)`);
  console.log(`hel import, varm barnprocess ur poolen (sökning, lagring) / baslinje: ${(warm / b).toFixed(2)}x  (${warm.toFixed(0)} ms)`);
  console.log(`hel import, ny barnprocess per fil (som före poolen)      / baslinje: ${(cold / b).toFixed(2)}x  (${cold.toFixed(0)} ms)`);
  const st = poolStats(new URL('../../src/extract/child.ts', import.meta.url), settings.maxMemoryMb);
  console.log(`barnprocesser startade i poolen under hela körningen: ${st.started}`);
  console.log(`mål: 200-sidig text-PDF inläst och genomsökt under 10 s – ${f < 10_000 ? 'uppfyllt' : 'EJ uppfyllt'} (${(f / 1000).toFixed(1)} s)`);
  console.log(`högsta minne i serverprocessen (maxRSS, med baslinjens pdfjs i processen): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  drainPools();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

await main();
