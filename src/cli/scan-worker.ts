// A worker of `insyn scan --jsonl`'s pool: one half of each batch of lines the CLI's thread sends (./scan-jsonl.ts),
// one message at a time. A name thread runs the name pass and sends its findings back; the CLI's thread then hands
// the batch and those findings to an other-detectors thread, which runs the rest, joins the two halves and sends back
// the batch's output. Bundled to dist/scan-worker.js by `npm run build`.
import { parentPort } from 'node:worker_threads';
import { nameHalf, otherHalf, type BatchResult, type Found } from './scan-jsonl.ts';

/** What the CLI's thread sends: a batch for the name pass, or a batch and its name findings for the rest. */
export type ToWorker = { kind: 'names'; seq: number; bytes: Uint8Array } | { kind: 'others'; seq: number; bytes: Uint8Array; found: Found };
export type FromWorker = { seq: number; found: Found } | ({ seq: number } & BatchResult);

const port = parentPort;
if (!port) throw new Error('scan-worker körs bara som arbetstråd');
const utf8 = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');
port.on('message', (m: ToWorker) => {
  if (m.kind === 'names') {
    const found = nameHalf(utf8(m.bytes));
    port.postMessage({ seq: m.seq, found } satisfies FromWorker, [found.counts.buffer as ArrayBuffer, found.nums.buffer as ArrayBuffer]);
  } else {
    const r = otherHalf(utf8(m.bytes))(m.found);
    // The output's bytes are moved, not copied (a buffer of its own, written once).
    port.postMessage({ seq: m.seq, ...r } satisfies FromWorker, [r.out.buffer as ArrayBuffer]);
  }
});
