// Entry of the child process that reads scanned pages with OCR (ocrPages.ts); run by ./sandbox.ts through ../sandbox/runner.ts.
import type { Worker } from 'tesseract.js';
import { serveInChild, type Refusal } from '../sandbox/child.ts';
import { ocrPdfPages, swedishWorker, type OcrPage } from './ocrPages.ts';

export interface OcrTask {
  bytes: Uint8Array;
  pages: number[];
}

// Run in a fresh thread per job of a warm child (./sandbox.ts sets threadPerJob): mupdf's and
// tesseract's WebAssembly memory and tesseract's adaptive classifier (which learns the shapes of what
// it has read) must not carry one handling into the next. The job's own tesseract worker is started
// with its thread, before the job comes, and ended by it.
serveInChild<OcrTask, OcrPage[], Worker>(
  (t, progress, worker) => ocrPdfPages(t.bytes, t.pages, (done, total) => progress({ done, total }), worker),
  (_e): _e is Refusal => false,
  { prepare: swedishWorker },
);
