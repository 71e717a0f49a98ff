// Length-prefixed frames ([u32 LE length][v8 payload]) between the sandbox runner and its child, in both directions.
import { serialize } from 'node:v8';

/** The argument the runner starts a pooled child with: it may get more than one job (child.ts keeps a thread ready). */
export const POOLED_ARG = '--insyn-pooled';
/** Prefix of an argument naming a WebAssembly file the host keeps compiled (runner.ts keepCompiled). */
export const KEEP_COMPILED_ARG = '--insyn-keep-compiled=';

/** One frame as bytes: the length, then the v8-serialised value. */
export function frame(value: unknown): Buffer {
  const body = serialize(value);
  const head = Buffer.alloc(4);
  head.writeUInt32LE(body.length, 0);
  return Buffer.concat([head, body]);
}

/**
 * Gathers chunks and hands out whole frames' payloads. Chunks are kept in a list and joined only
 * when a whole frame has arrived, so a large frame is copied once.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private have = 0;

  /** Adds a chunk and returns the payloads of the frames it completed. */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.have += chunk.length;
    const done: Buffer[] = [];
    for (;;) {
      if (this.have < 4) return done;
      if (this.chunks[0]!.length < 4) this.chunks = [Buffer.concat(this.chunks)];
      const len = this.chunks[0]!.readUInt32LE(0);
      if (this.have < 4 + len) return done;
      const all = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
      done.push(all.subarray(4, 4 + len));
      const rest = all.subarray(4 + len);
      this.chunks = rest.length ? [rest] : [];
      this.have = rest.length;
    }
  }

  clear(): void {
    this.chunks = [];
    this.have = 0;
  }
}
