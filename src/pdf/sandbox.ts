// Runs the mupdf work of a release (runPdfRelease) in a child process of its own, with memory, time and output limits, so a bad file or a crash in mupdf cannot take the server down.
//
// One child per release (the generic runner in ../sandbox/runner.ts), ended when it answers: mupdf's
// WebAssembly memory only ever grows (bench:pdf measured 700–1000 MB for a 200-page file in one
// process), and ending the process is the only way to give it back. That memory lives outside the
// JavaScript heap, so the child's resident-memory limit is what bounds it.
import { runInChild } from '../sandbox/runner.ts';
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
const failed = (message: string): PdfReleaseOutcome => ({ ok: false, reason: 'unreadable', message });

/** runPdfRelease in a fresh child process; never throws: a crash, a timeout or too much memory is an `unreadable` outcome. */
export async function runPdfReleaseIsolated(input: PdfRedactionInput, limits: PdfSandboxLimits = DEFAULT_PDF_LIMITS): Promise<PdfReleaseOutcome> {
  const outcome = await runInChild<PdfReleaseOutcome>(CHILD, input, {
    heapMb: limits.heapMb,
    rssMb: limits.rssMb,
    timeoutMs: limits.timeoutMs,
    // The redacted file is about the size of the original; sanitized content streams may grow it.
    maxOutputBytes: 4 * input.original.byteLength + 64 * 1024 * 1024,
  });
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
