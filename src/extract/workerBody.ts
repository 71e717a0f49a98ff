// Runs inside a worker thread: extracts one file and posts progress and the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { extract, ExtractRefusal } from './index.ts';

const { fileName, bytes, maxBytes } = workerData as { fileName: string; bytes: Uint8Array; maxBytes: number };

try {
  const result = await extract(fileName, bytes, {
    maxBytes,
    onProgress: (done, total) => parentPort!.postMessage({ type: 'progress', done, total }),
  });
  parentPort!.postMessage({ type: 'done', result });
} catch (e) {
  if (e instanceof ExtractRefusal) parentPort!.postMessage({ type: 'refused', code: e.code, message: e.message });
  else parentPort!.postMessage({ type: 'refused', code: 'corrupt', message: 'Filen kunde inte läsas.' });
}
