// Entry of the child process that reads scanned pages with OCR (ocrPages.ts); run by ./sandbox.ts through ../sandbox/runner.ts.
import { serveInChild, type Refusal } from '../sandbox/child.ts';
import { ocrPdfPages, type OcrPage } from './ocrPages.ts';

export interface OcrTask {
  bytes: Uint8Array;
  pages: number[];
}

serveInChild<OcrTask, OcrPage[]>(
  (t, progress) => ocrPdfPages(t.bytes, t.pages, (done, total) => progress({ done, total })),
  (_e): _e is Refusal => false,
);
