// Runs inside a long-lived worker thread: extracts one file per message, posting progress and the result back.
import { parentPort } from 'node:worker_threads';
import { extract, ExtractRefusal } from './index.ts';

interface Task {
  id: number;
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
}

parentPort!.on('message', async (t: Task) => {
  try {
    const result = await extract(t.fileName, t.bytes, {
      maxBytes: t.maxBytes,
      onProgress: (done, total) => parentPort!.postMessage({ id: t.id, type: 'progress', done, total }),
    });
    parentPort!.postMessage({ id: t.id, type: 'done', result });
  } catch (e) {
    if (e instanceof ExtractRefusal) parentPort!.postMessage({ id: t.id, type: 'refused', code: e.code, message: e.message });
    else parentPort!.postMessage({ id: t.id, type: 'refused', code: 'corrupt', message: 'Filen kunde inte läsas.' });
  }
});
parentPort!.postMessage({ type: 'ready' });
