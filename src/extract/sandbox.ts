// Runs extraction in a worker thread with a time and memory limit, so one bad file cannot take the server down.
// One worker is kept between files (starting one costs about two seconds); a file that times out or runs
// out of memory takes its worker down with it, and the next file gets a fresh one.
import { Worker } from 'node:worker_threads';
import { ExtractRefusal, type Extracted } from './types.ts';

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

let worker: { w: Worker; memoryMb: number; pending: Map<number, Pending> } | null = null;
let nextId = 1;

function getWorker(memoryMb: number) {
  if (worker && worker.memoryMb === memoryMb) return worker;
  if (worker) void worker.w.terminate();
  const w = new Worker(new URL('./worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
    stdout: true,
    stderr: true,
  });
  // An idle worker must not keep the process alive (CLI, tests).
  w.unref();
  const entry = { w, memoryMb, pending: new Map<number, Pending>() };
  w.on('message', (m: Message) => {
    if (m.type === 'ready') return;
    const p = entry.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') p.onProgress?.(m.done, m.total);
    else {
      entry.pending.delete(m.id);
      if (m.type === 'done') p.resolve(m.result);
      else p.reject(new ExtractRefusal(m.code as never, m.message));
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
  worker = entry;
  return entry;
}

export function extractInSandbox(fileName: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Extracted> {
  const entry = getWorker(limits.maxMemoryMb);
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
