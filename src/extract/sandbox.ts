// Runs extraction in a worker thread with a time and memory limit, so one bad file cannot take the server down.
import { Worker } from 'node:worker_threads';
import { ExtractRefusal, type Extracted } from './types.ts';

export interface SandboxLimits {
  maxBytes: number;
  timeoutMs: number;
  maxMemoryMb: number;
  onProgress?: (done: number, total: number) => void;
}

export const defaultSandboxLimits = { timeoutMs: 120_000, maxMemoryMb: 768 };

export function extractInSandbox(fileName: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Extracted> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: { fileName, bytes, maxBytes: limits.maxBytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxMemoryMb, maxYoungGenerationSizeMb: 64 },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const timer = setTimeout(
      () => finish(() => reject(new ExtractRefusal('timeout', 'Filen tog för lång tid att läsa och avbröts. Den kan vara skadad eller ovanligt uppbyggd.'))),
      limits.timeoutMs,
    );
    worker.on('message', (m: { type: string; done?: number; total?: number; result?: Extracted; code?: string; message?: string }) => {
      if (m.type === 'progress') limits.onProgress?.(m.done!, m.total!);
      else if (m.type === 'done') finish(() => resolve(m.result!));
      else if (m.type === 'refused') finish(() => reject(new ExtractRefusal(m.code as never, m.message!)));
    });
    worker.on('error', (err: Error & { code?: string }) => {
      finish(() =>
        reject(
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ExtractRefusal('out_of_memory', 'Filen krävde för mycket minne för att läsas och avbröts.')
            : new ExtractRefusal('corrupt', 'Filen kunde inte läsas.'),
        ),
      );
    });
    worker.on('exit', () => finish(() => reject(new ExtractRefusal('corrupt', 'Filen kunde inte läsas.'))));
  });
}
