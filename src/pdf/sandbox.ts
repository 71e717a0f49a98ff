// Runs the mupdf work of a release (runPdfRelease) in a worker thread of its own, with a time limit, so a bad file or a crash in mupdf cannot take the server down.
//
// One worker per release, ended when it answers: mupdf's WebAssembly memory only ever grows (bench:pdf
// measured 700–1000 MB for a 200-page file), and ending the worker is the only way to give it back.
// Starting one costs a second or two, which an approval can afford. The worker runs plain JavaScript
// bundled with esbuild, as src/extract/sandbox.ts does and for the same reason (tsx's loader in a
// worker costs ~300 MB). When the generic child-process runner (the `sandbox` branch) is on main,
// this moves onto it.
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { PdfReleaseOutcome } from './pdfRelease.ts';
import type { PdfRedactionInput } from './redactPdf.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let workerFile: string | null = null;

function bundledWorker(): string {
  if (workerFile) return workerFile;
  const out = buildSync({
    entryPoints: [fileURLToPath(new URL('./workerBody.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  const dir = join(ROOT, 'node_modules', '.cache', 'insyn');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pdf-release-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  workerFile = file;
  return file;
}

export interface PdfSandboxLimits {
  timeoutMs: number;
  /** JavaScript heap of the worker; mupdf's WebAssembly memory comes on top and goes with the worker. */
  maxMemoryMb: number;
}

const failed = (message: string): PdfReleaseOutcome => ({ ok: false, reason: 'unreadable', message });

/** runPdfRelease in a fresh worker thread; never throws, a crash or a timeout is an `unreadable` outcome. */
export function runPdfReleaseIsolated(input: PdfRedactionInput, limits: PdfSandboxLimits = { timeoutMs: 300_000, maxMemoryMb: 512 }): Promise<PdfReleaseOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const w = new Worker(bundledWorker(), {
      execArgv: [],
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
    });
    const finish = (out: PdfReleaseOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void w.terminate();
      resolve(out);
    };
    const timer = setTimeout(() => finish(failed('Maskeringen av PDF-filen tog för lång tid och avbröts.')), limits.timeoutMs);
    w.on('message', (m: { type: 'done'; out: PdfReleaseOutcome } | { type: 'failed' }) =>
      finish(m.type === 'done' ? m.out : failed('PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.')),
    );
    w.on('error', (e: Error & { code?: string }) =>
      finish(failed(e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'Maskeringen av PDF-filen krävde för mycket minne och avbröts.' : 'PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.')),
    );
    w.on('exit', () => finish(failed('PDF-filen kunde inte maskeras. Den kan vara skadad eller ovanligt uppbyggd.')));
  });
}
