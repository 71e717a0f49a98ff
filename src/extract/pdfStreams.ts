// Counts what a PDF's Flate streams really inflate to, streaming and discarding, before pdfjs decodes any of them.
//
// pdfjs inflates a content stream whole into one growing buffer, outside the V8 heap: a 1.5 MB
// stream of zeros becomes 1.5 GB. This pass inflates every stream that starts with a zlib header
// (what FlateDecode requires) through Node's zlib, counts the bytes that come out and throws them
// away, and refuses the file as soon as the total passes the cap. Streams hidden behind another
// filter first (ASCII85, LZW) are not counted here; the child process's memory limits catch those.
import { constants, createInflate, inflateSync } from 'node:zlib';
import { ExtractRefusal } from './types.ts';

const refusal = () => new ExtractRefusal('decoded_too_large', 'PDF-filen packas upp till för mycket data och togs inte emot. Den kan vara skadad eller byggd för att ta slut på minnet.');

/** zlib's two-byte header: deflate method, window ≤ 32 KB, check bits. */
const isZlibHeader = (a: number, b: number) => (a & 0x0f) === 8 && a >> 4 <= 7 && ((a << 8) | b) % 31 === 0;

/** Byte ranges of the data of each `stream … endstream` in the file. */
export function streamRanges(bytes: Uint8Array): Array<[number, number]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ranges: Array<[number, number]> = [];
  let pos = 0;
  for (;;) {
    const at = buf.indexOf('stream', pos, 'latin1');
    if (at < 0) break;
    pos = at + 6;
    // "endstream" is the end of one, not the start of another.
    if (at >= 3 && buf.toString('latin1', at - 3, at) === 'end') continue;
    let start = at + 6;
    if (buf[start] === 0x0d) start++;
    if (buf[start] === 0x0a) start++;
    const end = buf.indexOf('endstream', start, 'latin1');
    ranges.push([start, end < 0 ? buf.length : end]);
    if (end < 0) break;
    pos = end + 9;
  }
  return ranges;
}

/** Inflates one stream, counting; resolves with the bytes it produced, or rejects once `budget` is passed. */
function countInflated(data: Uint8Array, budget: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let n = 0;
    let over = false;
    // Z_SYNC_FLUSH at the end: a stream cut short still yields (and is counted for) what it holds.
    const z = createInflate({ finishFlush: 2 });
    z.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > budget && !over) {
        over = true;
        z.destroy();
        reject(refusal());
      }
    });
    z.on('error', () => resolve(n));
    z.on('end', () => resolve(n));
    z.on('close', () => {
      if (!over) resolve(n);
    });
    z.end(data);
  });
}

/** Below this compressed size a stream is inflated in one call: at most ~16 MB out, and far faster than a stream object. */
const SMALL = 16 * 1024;

function countInflatedSmall(data: Uint8Array, budget: number): number {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: Math.max(1, budget) }).length;
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw refusal();
    return 0; // not valid deflate: pdfjs will say so
  }
}

export async function checkPdfDecodedSize(bytes: Uint8Array, maxDecodedBytes: number): Promise<void> {
  let total = 0;
  for (const [start, end] of streamRanges(bytes)) {
    if (end - start < 2 || !isZlibHeader(bytes[start]!, bytes[start + 1]!)) continue;
    const data = bytes.subarray(start, end);
    total += data.length < SMALL ? countInflatedSmall(data, maxDecodedBytes - total) : await countInflated(data, maxDecodedBytes - total);
    if (total > maxDecodedBytes) throw refusal();
  }
}
