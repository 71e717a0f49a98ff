// Runs extraction in a worker thread with a time and memory limit, so one bad file cannot take the server down.
// One worker is kept between files (starting one costs about two seconds); a file that times out or runs
// out of memory takes its worker down with it, and the next file gets a fresh one.
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { ExtractRefusal, type Extracted } from './types.ts';
import { prebuiltEntry } from '../ops/prebuilt.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let workerFile: string | null = null;

/**
 * The worker runs plain JavaScript bundled from workerBody.ts with esbuild (npm packages stay
 * external), not TypeScript through tsx: tsx's loader in a worker thread cost ~300 MB more
 * (measured: 513 MB against 197 MB RSS for a 200-page PDF). Written under node_modules/.cache so
 * the packages resolve, named by content so concurrent processes agree on it.
 */
function bundledWorker(): string {
  if (workerFile) return workerFile;
  // The built server (dist/) never bundles at run time: a read-only install has nowhere to write.
  const prebuilt = prebuiltEntry(new URL('./workerBody.ts', import.meta.url));
  if (prebuilt) return (workerFile = prebuilt);
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
  const file = join(dir, `extract-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  workerFile = file;
  return file;
}

export interface SandboxLimits {
  maxBytes: number;
  timeoutMs: number;
  maxMemoryMb: number;
  onProgress?: (done: number, total: number) => void;
}

type Message =
  | { type: 'ready' }
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: Extracted }
  | { id: number; type: 'refused'; code: string; message: string };

interface Pending {
  resolve: (r: Extracted) => void;
  reject: (e: ExtractRefusal) => void;
  onProgress?: (done: number, total: number) => void;
}

let worker: { w: Worker; memoryMb: number; pending: Map<number, Pending>; idleTimer: NodeJS.Timeout | null } | null = null;
let nextId = 1;

/** An idle worker holds ~200 MB; it is ended after this long without work and started again on demand. */
export const WORKER_IDLE_MS = 30_000;

function scheduleIdleStop(entry: NonNullable<typeof worker>) {
  if (entry.pending.size > 0) return;
  entry.idleTimer = setTimeout(() => {
    if (worker === entry && entry.pending.size === 0) {
      worker = null;
      void entry.w.terminate();
    }
  }, WORKER_IDLE_MS);
  entry.idleTimer.unref();
}

function getWorker(memoryMb: number) {
  if (worker && worker.memoryMb === memoryMb) return worker;
  if (worker) void worker.w.terminate();
  const w = new Worker(bundledWorker(), {
    // No inherited --import tsx: the bundle is plain JavaScript.
    execArgv: [],
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
  });
  const entry: NonNullable<typeof worker> = { w, memoryMb, pending: new Map<number, Pending>(), idleTimer: null };
  w.on('message', (m: Message) => {
    if (m.type === 'ready') return;
    const p = entry.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.onProgress?.(m.done, m.total);
    else {
      entry.pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new ExtractRefusal(m.code as never, m.message));
      scheduleIdleStop(entry);
    }
  });
  const fail = (err: ExtractRefusal) => {
    if (worker === entry) worker = null;
    for (const p of entry.pending.values()) p.reject(err);
    entry.pending.clear();
  };
  w.on('error', (err: Error & { code?: string }) =>
    fail(
      err.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ExtractRefusal('out_of_memory', 'Filen krävde för mycket minne för att läsas och avbröts.')
        : new ExtractRefusal('corrupt', 'Filen kunde inte läsas.'),
    ),
  );
  w.on('exit', () => fail(new ExtractRefusal('corrupt', 'Filen kunde inte läsas.')));
  // An idle worker must not keep the process alive (CLI, tests). After the listeners: adding a
  // 'message' listener refs the worker again. A pending parse is kept alive by its own timer.
  w.unref();
  worker = entry;
  return entry;
}

export function extractInSandbox(fileName: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Extracted> {
  const entry = getWorker(limits.maxMemoryMb);
  if (entry.idleTimer) clearTimeout(entry.idleTimer);
  entry.idleTimer = null;
  const id = nextId++;
  return new Promise<Extracted>((resolve, reject) => {
    const timer = setTimeout(() => {
      entry.pending.delete(id);
      reject(new ExtractRefusal('timeout', 'Filen tog för lång tid att läsa och avbröts. Den kan vara skadad eller ovanligt uppbyggd.'));
      // The parse may be stuck in a loop: the only safe stop is to end the worker.
      if (worker === entry) worker = null;
      void entry.w.terminate();
    }, limits.timeoutMs);
    entry.pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
      onProgress: limits.onProgress,
    });
    entry.w.postMessage({ id, fileName, bytes, maxBytes: limits.maxBytes });
  });
}
