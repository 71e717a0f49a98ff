// Benchmark for the page workspace's child processes (npm run bench:pageview): a batch of 8 page images, the
// boxes of findings on the pages, and the text under a box, each (a) in a fresh child as before the pool, (b) in a
// warm pooled child with a fresh thread per job (what pageViewSandbox.ts does), and (c) in a warm child without a
// thread (the unsafe reuse, to show what the thread costs). Medians of several runs, beside the same mupdf work in
// this process (the baseline, as a ratio), the children's peak memory, a waiting child's memory and the bench's own.
import { extractPdf } from '../../src/extract/pdf.ts';
import { renderPages, spanBoxes, textUnder, VIEW_DPI } from '../../src/pdf/pageView.ts';
import { PAGE_VIEW_POOL } from '../../src/pdf/pageViewSandbox.ts';
import type { PageViewTask } from '../../src/pdf/pageViewChild.ts';
import { drainPools, poolStats, runInChild, runInPooledChild } from '../../src/sandbox/runner.ts';
import { longPdf, NAME, PNR } from '../helpers/pdfBuilder.ts';

const RUNS = Number(process.env.RUNS ?? 7);
const PAGES = Number(process.env.PAGES ?? 40);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const CHILD = new URL('../../src/pdf/pageViewChild.ts', import.meta.url);
/** The unsafe reuse, only to show what the thread per job costs: jobs in the warm child's main thread. */
const UNSAFE = { ...PAGE_VIEW_POOL, threadPerJob: false };
const LIMITS = { heapMb: 256, rssMb: 1024, timeoutMs: 60_000, maxOutputBytes: 128 * 1024 * 1024 };

async function main() {
  const bytes = longPdf(PAGES, 5);
  const ex = await extractPdf(bytes);
  const spans: Array<{ key: string; start: number; end: number }> = [];
  for (const s of [NAME, PNR]) for (let at = ex.text.indexOf(s); at >= 0; at = ex.text.indexOf(s, at + s.length)) spans.push({ key: `k${spans.length}`, start: at, end: at + s.length });
  const page1 = ex.pages[0]!;
  const jobs: Array<[string, PageViewTask, () => unknown]> = [
    ['8 sidbilder (96 dpi)', { kind: 'render', bytes, pages: [1, 2, 3, 4, 5, 6, 7, 8], dpi: VIEW_DPI }, () => renderPages(bytes, [1, 2, 3, 4, 5, 6, 7, 8])],
    [`rutor för ${spans.length} fynd`, { kind: 'boxes', original: bytes, text: ex.text, pages: ex.pages, spans }, () => spanBoxes({ original: bytes, text: ex.text, pages: ex.pages, spans })],
    ['text under en ruta', { kind: 'under', original: bytes, text: ex.text, page: { number: 1 }, rect: { x0: 0, y0: 0, x1: 600, y1: 400 } }, () => textUnder({ original: bytes, text: ex.text, page: { number: page1.number }, rect: { x0: 0, y0: 0, x1: 600, y1: 400 } })],
  ];
  let childPeak = 0;
  const timed = async (f: () => Promise<{ kind: string; peakRssMb: number }>) => {
    // A pause before each job, as between a jurist's page views: what a child does after a job (a pooled
    // child starts its next thread) is done before the next one is timed, whichever contender it was.
    await new Promise((r) => setTimeout(r, 400));
    const t = performance.now();
    const o = await f();
    if (o.kind !== 'done') throw new Error(`job ended as ${o.kind}`);
    childPeak = Math.max(childPeak, o.peakRssMb);
    return performance.now() - t;
  };
  console.log(`bench:pageview – ${PAGES}-sidig PDF, median av ${RUNS} körningar; kvot mot samma mupdf-arbete i processen (baslinje)`);
  let idleRss: number[] = [];
  for (const [name, task, inProcess] of jobs) {
    const base: number[] = [];
    const fresh: number[] = [];
    const warm: number[] = [];
    const warmPlain: number[] = [];
    inProcess();
    // One warm child of each kind before the runs, as a workspace in use has.
    await runInPooledChild(CHILD, task, LIMITS, PAGE_VIEW_POOL);
    await runInPooledChild(CHILD, task, LIMITS, UNSAFE);
    for (let run = 0; run < RUNS; run++) {
      let t = performance.now();
      inProcess();
      base.push(performance.now() - t);
      fresh.push(await timed(() => runInChild(CHILD, task, LIMITS)));
      warm.push(await timed(() => runInPooledChild(CHILD, task, LIMITS, PAGE_VIEW_POOL)));
      warmPlain.push(await timed(() => runInPooledChild(CHILD, task, LIMITS, UNSAFE)));
    }
    const b = median(base);
    const row = (label: string, xs: number[]) => `    ${label.padEnd(52)} ${median(xs).toFixed(0).padStart(6)} ms  ${(median(xs) / b).toFixed(1).padStart(5)}x`;
    console.log(`  ${name}`);
    console.log(`    ${'baslinje: i processen'.padEnd(52)} ${b.toFixed(0).padStart(6)} ms`);
    console.log(row('ny barnprocess per jobb (som före poolen)', fresh));
    console.log(row('varm barnprocess, ny tråd per jobb (poolen)', warm));
    console.log(row('varm barnprocess utan tråd (osäker, jämförelse)', warmPlain));
    console.log(`    ${'ny barnprocess / varm med tråd'.padEnd(52)} ${(median(fresh) / median(warm)).toFixed(1).padStart(6)}x`);
    idleRss = poolStats(CHILD, LIMITS.heapMb, PAGE_VIEW_POOL).idleRssMb;
  }
  const plainIdle = poolStats(CHILD, LIMITS.heapMb, UNSAFE).idleRssMb;
  console.log(`väntande barnprocess (RSS): med tråd per jobb (nästa tråd startad) ${idleRss.map((x) => x.toFixed(0)).join(', ')} MB, utan tråd ${plainIdle.map((x) => x.toFixed(0)).join(', ')} MB`);
  console.log(`barnprocessernas högsta minne under ett jobb (RSS): ${childPeak.toFixed(0)} MB; benchprocessens högsta (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  drainPools();
}

await main();
