// Benchmark for releasing a PDF handling as its own pages (npm run bench:pdf): a generated 200-page PDF with
// ~10 maskeringar a page, mapped to the pages, redacted with mupdf, saved, and read again by the second
// reader. Prints ms per page (median of several runs) for each step and all included, beside plain
// pdfjs text extraction of the same file in the same run, and peak memory (RSS).
import { extractPdf } from '../../src/extract/pdf.ts';
import { expectedNeedles } from '../../src/pdf/pdfRelease.ts';
import { redactPdf, type PdfMasking } from '../../src/pdf/redactPdf.ts';
import { secondRead } from '../../src/pdf/secondReader.ts';
import { DEFAULT_PDF_LIMITS, PDF_RELEASE_POOL, runPdfReleaseIsolated } from '../../src/pdf/sandbox.ts';
import { drainPools, poolStats } from '../../src/sandbox/runner.ts';
import { longPdf, NAME, PNR } from '../helpers/pdfBuilder.ts';

const RUNS = Number(process.env.RUNS ?? 3);
const PAGES = Number(process.env.PAGES ?? 200);
const TARGET_MS_PER_PAGE = 50;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  // Five lines a page hold the name and the personnummer: ten maskeringar a page.
  const bytes = longPdf(PAGES, 5);
  const ex = await extractPdf(bytes);
  const maskings: PdfMasking[] = [];
  let key = 1;
  for (const s of [NAME, PNR]) {
    for (let at = ex.text.indexOf(s); at >= 0; at = ex.text.indexOf(s, at + s.length)) maskings.push({ key: key++, label: 'OSL 21:7', start: at, end: at + s.length, areas: [] });
  }
  const input = { original: bytes, text: ex.text, pages: ex.pages, maskings };
  let peak = 0;
  const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);

  const baseline: number[] = [];
  const redact: number[] = [];
  const read: number[] = [];
  const isolated: number[] = [];
  const isolatedFresh: number[] = [];
  let childPeak = 0;
  let problems = 0;
  let boxes = 0;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    await extractPdf(bytes);
    baseline.push(performance.now() - t);

    t = performance.now();
    const r = redactPdf(input);
    redact.push(performance.now() - t);
    if (!r.ok) throw new Error(`not redacted: ${JSON.stringify(r).slice(0, 200)}`);
    boxes = r.boxes.length;

    t = performance.now();
    const p = await secondRead(r.bytes, { pageSizes: r.pageSizes, imagePages: r.imagePages, boxes: r.boxes, needles: expectedNeedles(input, r.pageSizes.length) });
    read.push(performance.now() - t);
    problems = p.length;
    sample();

    // The same work as the approval runs it: in a child process, input and file sent across; in a fresh
    // child (the pool emptied first, as every release ran before the pool) and in a warm one's fresh thread.
    for (const fresh of [true, false]) {
      if (fresh) drainPools();
      t = performance.now();
      const iso = await runPdfReleaseIsolated(input, { ...DEFAULT_PDF_LIMITS, onPeakRss: (mb) => (childPeak = Math.max(childPeak, mb)) });
      (fresh ? isolatedFresh : isolated).push(performance.now() - t);
      if (!iso.ok) throw new Error(`child: ${JSON.stringify(iso).slice(0, 200)}`);
    }
  }
  clearInterval(timer);
  const idleRss = poolStats(new URL('../../src/pdf/child.ts', import.meta.url), DEFAULT_PDF_LIMITS.heapMb, PDF_RELEASE_POOL).idleRssMb;
  drainPools();
  const per = (ms: number) => (ms / PAGES).toFixed(1).padStart(6);
  const total = median(redact) + median(read);
  console.log(`${PAGES}-sidig PDF, ${(bytes.length / 1024 / 1024).toFixed(2)} MB, ${maskings.length} maskeringar (${(maskings.length / PAGES).toFixed(1)} per sida), ${boxes} rutor, median av ${RUNS}`);
  console.log(`placering + maskering + sparande (mupdf)   ${per(median(redact))} ms/sida`);
  console.log(`kontrolläsning (pdfjs, mupdf, rå fil)      ${per(median(read))} ms/sida`);
  console.log(`allt                                       ${per(total)} ms/sida   (mål ≤ ${TARGET_MS_PER_PAGE}: ${total / PAGES <= TARGET_MS_PER_PAGE ? 'uppfyllt' : 'INTE uppfyllt'})`);
  console.log(`allt i barnprocess, varm ur poolen (ny tråd)  ${per(median(isolated)).trimStart().padStart(3)} ms/sida   barnprocessens högsta minne (RSS): ${Math.round(childPeak)} MB`);
  console.log(`allt i ny barnprocess (som före poolen)       ${per(median(isolatedFresh)).trimStart().padStart(3)} ms/sida   ny / varm: ${(median(isolatedFresh) / median(isolated)).toFixed(2)}x   väntande barnprocess efter jobbet (RSS): ${idleRss.map((x) => x.toFixed(0)).join(', ')} MB`);
  console.log(`baslinje: enbart pdfjs-textutdrag          ${per(median(baseline))} ms/sida`);
  console.log(`allt / baslinje: ${(total / median(baseline)).toFixed(1)}x   kontrolläsningens fynd: ${problems}   benchprocessens högsta minne (RSS): ${Math.round(peak / 1024 / 1024)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
