// Runs the mupdf work of a release (runPdfRelease) in a child process of its own, with memory, time and output limits, so a bad file or a crash in mupdf cannot take the server down.
//
// A warm child from a pool (../sandbox/runner.ts), each release in a fresh thread of it (threadPerJob):
// mupdf's WebAssembly memory only ever grows (bench:pdf measured 700–1000 MB for a 200-page file), and
// ending what holds it is the only way to give it back: the thread, ended with its job, where it was
// the process. So a waiting child holds no release's memory, and the released file, which reaches a
// requester, is made in memory that never held another handling. That memory lives outside the
// JavaScript heap, so the child's resident-memory limit is what bounds it.
import { runInPooledChild, type PoolOptions } from '../sandbox/runner.ts';
import { MUPDF_WASM } from './mupdfWasm.ts';
import type { PdfReleaseOutcome } from './pdfRelease.ts';
import type { PdfRedactionInput } from './redactPdf.ts';

export interface PdfSandboxLimits {
  timeoutMs: number;
  /** JavaScript heap of the child */
  heapMb: number;
  /** the child's whole resident memory, mupdf's WebAssembly memory included; killed above it */
  rssMb: number;
  /** the child's highest resident memory, in MB, when it has ended (for bench:pdf) */
  onPeakRss?: (mb: number) => void;
}

export const DEFAULT_PDF_LIMITS: PdfSandboxLimits = { timeoutMs: 300_000, heapMb: 512, rssMb: 2048 };

const CHILD = new URL('./child.ts', import.meta.url);
/**
 * One waiting child, ended after a minute without a release (a jurist approves the handlings of a
 * request one after another), and not kept if it holds more than 256 MB after a release.
 */
export const PDF_RELEASE_POOL: PoolOptions = { maxJobs: 50, maxGrowthMb: 64, idle: 1, idleMs: 60_000, maxIdleRssMb: 256, threadPerJob: true, keepCompiled: [MUPDF_WASM], trust: 'release' };
const failed = (message: string): PdfReleaseOutcome => ({ ok: false, reason: 'unreadable', message });

/** runPdfRelease in a warm child's fresh thread; never throws: a crash, a timeout or too much memory is an `unreadable` outcome. */
export async function runPdfReleaseIsolated(input: PdfRedactionInput, limits: PdfSandboxLimits = DEFAULT_PDF_LIMITS): Promise<PdfReleaseOutcome> {
  const outcome = await runInPooledChild<PdfReleaseOutcome>(CHILD, input, {
    heapMb: limits.heapMb,
    rssMb: limits.rssMb,
    timeoutMs: limits.timeoutMs,
    // The redacted file is about the size of the original; sanitized content streams may grow it.
    maxOutputBytes: 4 * input.original.byteLength + 64 * 1024 * 1024,
  }, PDF_RELEASE_POOL);
  limits.onPeakRss?.(outcome.peakRssMb);
  switch (outcome.kind) {
    case 'done':
      return outcome.value;
    case 'timeout':
      return failed('Maskeringen av PDF-filen tog för lång tid och avbröts.');
    case 'died':
      if (outcome.cause === 'memory') return failed('Maskeringen av PDF-filen krävde för mycket minne och avbröts.');
      return failed('PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.');
    case 'refused':
      return failed('PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.');
  }
}
