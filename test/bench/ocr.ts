// Benchmark for OCR of scanned pages (npm run bench:ocr): generated image-only A4 pages (text typeset, rendered to grey
// pixels, put back as the page's only content) read the way the import reads them – in a sandboxed child, one page
// at a time at 300 dpi with tesseract.js and the Swedish data. Prints pages per minute (median of several runs)
// beside rendering the same pages alone at 300 dpi in the same run (the baseline, as a ratio), the child's peak
// memory for 1 page and for all pages (one page at a time: it should not grow with the page count), and whether
// the personnummer was read on every page. Then one page in a fresh child (the pool emptied first, as every OCR
// ran before the pool) against a warm one (its thread and tesseract started ahead), and a waiting child's memory.
import * as mupdf from 'mupdf';
import { ocrInSandbox, DEFAULT_OCR_LIMITS, OCR_POOL } from '../../src/ocr/sandbox.ts';
import { drainPools, poolStats } from '../../src/sandbox/runner.ts';
import { OCR_DPI } from '../../src/ocr/ocrPages.ts';
import { scannedPdf } from '../helpers/scannedPdf.ts';
import { NAME, PNR } from '../helpers/pdfBuilder.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PAGES = Number(process.env.PAGES ?? 4);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const lines = (n: number) => [
  `Ärende ${n}: mätaravläsning och fakturering`,
  `Kund: ${NAME}, personnummer ${PNR}`,
  'Adress: Storgatan 12 B, 123 45 Exempelstad',
  'Förbrukningen under perioden var 4 812 kWh enligt avläsning.',
  'Kunden har begärt avbetalningsplan för fakturan från mars.',
  'Handläggaren har kontaktat kunden per telefon och brev.',
  'Beslut: avbetalningsplan beviljas på sex månader.',
];

function renderOnly(bytes: Uint8Array): void {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  for (let i = 0; i < doc.countPages(); i++) {
    const page = doc.loadPage(i);
    const pm = page.toPixmap(mupdf.Matrix.scale(OCR_DPI / 72, OCR_DPI / 72), mupdf.ColorSpace.DeviceGray, false, false);
    pm.asPNG();
    pm.destroy();
    page.destroy();
  }
  doc.destroy();
}

async function main() {
  const bytes = scannedPdf(Array.from({ length: PAGES }, (_, i) => lines(i + 1)));
  const one = scannedPdf([lines(1)]);
  const all = Array.from({ length: PAGES }, (_, i) => i + 1);
  const render: number[] = [];
  const ocr: number[] = [];
  let peakAll = 0;
  let peakOne = 0;
  let found = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    renderOnly(bytes);
    render.push(performance.now() - t);

    t = performance.now();
    const r = await ocrInSandbox(bytes, all, { ...DEFAULT_OCR_LIMITS, onPeakRss: (mb) => (peakAll = Math.max(peakAll, mb)) });
    ocr.push(performance.now() - t);
    if (!r.ok) throw new Error(r.message);
    found = r.pages.filter((p) => p.text.includes(PNR)).length;

    await ocrInSandbox(one, [1], { ...DEFAULT_OCR_LIMITS, onPeakRss: (mb) => (peakOne = Math.max(peakOne, mb)) });
  }
  // One scanned page, as a run of files brings them: fresh child each time against a warm one.
  const fresh: number[] = [];
  const warm: number[] = [];
  const pause = () => new Promise((r) => setTimeout(r, 3000));
  for (let run = 0; run < RUNS; run++) {
    drainPools();
    let t = performance.now();
    if (!(await ocrInSandbox(one, [1])).ok) throw new Error('fresh');
    fresh.push(performance.now() - t);
    // As between two files of an upload: the child has started its next thread and tesseract meanwhile.
    await pause();
    t = performance.now();
    if (!(await ocrInSandbox(one, [1])).ok) throw new Error('warm');
    warm.push(performance.now() - t);
    await pause();
  }
  const idleRss = poolStats(new URL('../../src/ocr/child.ts', import.meta.url), DEFAULT_OCR_LIMITS.heapMb, OCR_POOL).idleRssMb;
  drainPools();
  const perMin = (ms: number) => (PAGES / ms) * 60_000;
  const mRender = median(render);
  const mOcr = median(ocr);
  console.log(`bench:ocr – ${PAGES} scanned A4 pages at ${OCR_DPI} dpi, median of ${RUNS} runs`);
  console.log(`  baseline, render only (in process): ${(mRender / PAGES).toFixed(0)} ms/page, ${perMin(mRender).toFixed(0)} pages/min`);
  console.log(`  OCR in the sandboxed child (start of tesseract included): ${(mOcr / PAGES).toFixed(0)} ms/page, ${perMin(mOcr).toFixed(1)} pages/min, ${(mOcr / mRender).toFixed(1)}× the baseline`);
  console.log(`  child peak RSS: ${peakOne.toFixed(0)} MB for 1 page, ${peakAll.toFixed(0)} MB for ${PAGES} pages (limit ${DEFAULT_OCR_LIMITS.rssMb} MB)`);
  console.log(`  personnummer read on ${found} of ${PAGES} pages`);
  console.log(`  1 page, fresh child per job (as before the pool): ${median(fresh).toFixed(0)} ms; warm child from the pool: ${median(warm).toFixed(0)} ms; fresh / warm ${(median(fresh) / median(warm)).toFixed(1)}×`);
  console.log(`  a waiting warm child (its next thread and tesseract started): ${idleRss.map((x) => x.toFixed(0)).join(', ')} MB RSS; bench process maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

await main();
