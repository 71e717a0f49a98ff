// Entry of the child process that redacts one PDF handling and reads it again (pdfRelease.ts); run by ./sandbox.ts through ../sandbox/runner.ts.
import { serveInChild, type Refusal } from '../sandbox/child.ts';
import { runPdfRelease, type PdfReleaseOutcome } from './pdfRelease.ts';
import type { PdfRedactionInput } from './redactPdf.ts';

// runPdfRelease answers every refusal as an outcome; anything it throws is a crash, reported as such.
// Run in a fresh thread per release of a warm child (./sandbox.ts sets threadPerJob).
serveInChild<PdfRedactionInput, PdfReleaseOutcome>((input) => runPdfRelease(input), (_e): _e is Refusal => false);
