// Runs OCR of a handling's scanned pages in a child process (memory, time and output limits), so tesseract's and mupdf's WebAssembly memory is never the server's.
//
// A warm child from a pool (runInPooledChild): a run of scanned files paid for starting node, mupdf
// and tesseract with the Swedish data for each (bench:ocr). The child runs each job in a fresh thread
// with a tesseract worker of its own, both started ahead and ended with the job (./child.ts), so no
// memory a job reads ever held another handling's pages.
import { runInPooledChild, type PoolOptions } from '../sandbox/runner.ts';
import { createRequire } from 'node:module';
import { MUPDF_WASM } from '../pdf/mupdfWasm.ts';
import type { OcrTask } from './child.ts';
import type { OcrPage } from './ocrPages.ts';

export interface OcrLimits {
  /** time per page; the child's limit is this times the number of pages plus the start of tesseract */
  pageTimeoutMs: number;
  /** JavaScript heap of the child */
  heapMb: number;
  /** the child's whole resident memory, WebAssembly included; killed above it */
  rssMb: number;
  onProgress?: (done: number, total: number) => void;
  onPeakRss?: (mb: number) => void;
}

/** bench:ocr measured the child at 248 MB for 1 page and 259 MB for 4 (one page at a time): the cap leaves room for larger pages. */
export const DEFAULT_OCR_LIMITS: Omit<OcrLimits, 'onProgress' | 'onPeakRss'> = { pageTimeoutMs: 60_000, heapMb: 256, rssMb: 768 };

export type OcrOutcome = { ok: true; pages: OcrPage[] } | { ok: false; message: string };

const CHILD = new URL('./child.ts', import.meta.url);
/**
 * tesseract's core as tesseract.js picks it on Node 20 (SIMD, LSTM; relaxed SIMD is behind a flag),
 * kept compiled with mupdf's by the child's main thread so each job's tesseract worker gets its
 * code ready and optimised. Should tesseract.js pick another, the keep is a wasted compile, not an error.
 */
const TESSERACT_CORE_WASM = createRequire(import.meta.url).resolve('tesseract.js-core/tesseract-core-simd-lstm.wasm');
/**
 * One warm child, ended after a minute without OCR (the files of one upload or e-mail come within
 * seconds of each other); not kept if it holds more than 384 MB after a job. bench:ocr measured a
 * waiting child, its next thread and tesseract started, at ~XX MB.
 */
export const OCR_POOL: PoolOptions = { maxJobs: 50, maxGrowthMb: 128, idle: 1, idleMs: 60_000, maxIdleRssMb: 384, threadPerJob: true, keepCompiled: [MUPDF_WASM, TESSERACT_CORE_WASM] };
/** Starting tesseract (loading the core and the Swedish data) takes a few seconds under load. */
const START_MS = 30_000;

/** OCR of `pages` (1-based) in a warm child; never throws: a crash, timeout or too much memory is a message for the jurist. */
export async function ocrInSandbox(bytes: Uint8Array, pages: number[], limits: OcrLimits = DEFAULT_OCR_LIMITS): Promise<OcrOutcome> {
  if (pages.length === 0) return { ok: true, pages: [] };
  const task: OcrTask = { bytes, pages };
  const outcome = await runInPooledChild<OcrPage[]>(CHILD, task, {
    heapMb: limits.heapMb,
    rssMb: limits.rssMb,
    timeoutMs: START_MS + limits.pageTimeoutMs * pages.length,
    // Text and word boxes of a page are a few tens of kB; 1 MB a page is far more than any page holds.
    maxOutputBytes: 1024 * 1024 * pages.length + 1024 * 1024,
    onProgress: (p) => {
      const { done, total } = p as { done: number; total: number };
      limits.onProgress?.(done, total);
    },
  }, OCR_POOL);
  limits.onPeakRss?.(outcome.peakRssMb);
  switch (outcome.kind) {
    case 'done':
      return { ok: true, pages: outcome.value };
    case 'timeout':
      return { ok: false, message: 'OCR-läsningen av de inskannade sidorna tog för lång tid och avbröts.' };
    case 'died':
      return { ok: false, message: outcome.cause === 'memory' ? 'OCR-läsningen av de inskannade sidorna krävde för mycket minne och avbröts.' : 'OCR-läsningen av de inskannade sidorna avbröts oväntat.' };
    case 'refused':
      return { ok: false, message: 'De inskannade sidorna kunde inte läsas med OCR.' };
  }
}
