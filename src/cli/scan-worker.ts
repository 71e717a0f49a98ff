// A worker of `insyn scan --jsonl`'s pool: one half of each batch of lines the CLI's thread sends (./scan-jsonl.ts),
// one message at a time. A name thread runs the name pass and sends its findings back; an other-detectors thread runs
// the rest, waits for the CLI's thread to hand it the name findings of the same batch, and sends back the batch's
// output. Bundled to dist/scan-worker.js by `npm run build`.
import { parentPort } from 'node:worker_threads';
import { nameHalf, otherHalf, type BatchResult, type Found } from './scan-jsonl.ts';

/** What the CLI's thread sends: a batch for one half, or the name findings that finish a batch. */
export type ToWorker =
  | { kind: 'names' | 'others'; seq: number; bytes: Uint8Array }
  | { kind: 'join'; seq: number; found: Found };
export type FromWorker = { seq: number; found: Found } | ({ seq: number } & BatchResult);

const port = parentPort;
if (!port) throw new Error('scan-worker körs bara som arbetstråd');
const utf8 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
const waiting = new Map<number, (names: Found) => BatchResult>();
port.on('message', (m: ToWorker) => {
  if (m.kind === 'names') {
    const found = nameHalf(utf8(m.bytes));
    port.postMessage({ seq: m.seq, found } satisfies FromWorker, [found.counts.buffer as ArrayBuffer, found.nums.buffer as ArrayBuffer]);
  } else if (m.kind === 'others') {
    waiting.set(m.seq, otherHalf(utf8(m.bytes)));
  } else if (m.kind === 'join') {
    const finish = waiting.get(m.seq);
    if (!finish) throw new Error('scan-worker: namnfynd för en okänd sats');
    waiting.delete(m.seq);
    const r = finish(m.found);
    // The output's bytes are moved, not copied (a buffer of its own, written once).
    port.postMessage({ seq: m.seq, ...r } satisfies FromWorker, [r.out.buffer as ArrayBuffer]);
  }
});
