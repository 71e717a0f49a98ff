// A worker of `insyn scan --jsonl`'s pool: scans the batches of lines the CLI's thread sends, one at a time, and
// sends back each batch's output (./scan-jsonl.ts). Bundled to dist/scan-worker.js by `npm run build`.
import { parentPort } from 'node:worker_threads';
import { scanBatch } from './scan-jsonl.ts';

const port = parentPort;
if (!port) throw new Error('scan-worker körs bara som arbetstråd');
port.on('message', (m: { seq: number; bytes: Uint8Array }) => {
  const text = Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength).toString('utf8');
  const r = scanBatch(text);
  // The output's bytes are moved, not copied (a buffer of its own, written once).
  port.postMessage({ seq: m.seq, ...r }, [r.out.buffer as ArrayBuffer]);
});
