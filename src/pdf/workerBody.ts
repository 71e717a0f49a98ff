// Runs inside a worker thread started for one release: redacts a PDF handling and reads it again (pdfRelease.ts), then posts the outcome.
import { parentPort, workerData } from 'node:worker_threads';
import { runPdfRelease } from './pdfRelease.ts';
import type { PdfRedactionInput } from './redactPdf.ts';

const input = workerData as PdfRedactionInput;
runPdfRelease(input).then(
  (out) => parentPort!.postMessage({ type: 'done', out }, out.ok ? [out.bytes.buffer as ArrayBuffer] : []),
  () => parentPort!.postMessage({ type: 'failed' }),
);
