// The child's side of ./runner.ts: reads the input, runs the job, sends progress and the result as frames on fd 3.
import { Socket } from 'node:net';
import { deserialize, serialize } from 'node:v8';
import type { ChildFrame } from './runner.ts';

/** A refusal the job chose (a file it will not read): sent back as code and message, not as a crash. */
export interface Refusal {
  code: string;
  message: string;
}

/**
 * Runs `job` once on the input from stdin. `isRefusal` tells a deliberate refusal from a bug; any
 * other error ends the child with exit code 1 and nothing but "crash" reaches the parent (an error
 * text may quote the file, which may hold personal data).
 */
export function serveInChild<I, O>(job: (input: I, progress: (p: unknown) => void) => Promise<O>, isRefusal: (e: unknown) => e is Refusal): void {
  // The memory watchdog and the time limit live in the parent: if it is gone, stop at once.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 500).unref();
  const out = new Socket({ fd: 3, readable: false, writable: true });
  out.on('error', () => process.exit(1));
  const send = (f: ChildFrame) => {
    const body = serialize(f);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length, 0);
    out.write(head);
    out.write(body);
  };
  const chunks: Buffer[] = [];
  process.stdin.on('data', (c: Buffer) => chunks.push(c));
  process.stdin.on('end', async () => {
    let exit = 0;
    try {
      const value = await job(deserialize(Buffer.concat(chunks)) as I, (p) => send({ t: 'progress', p }));
      send({ t: 'done', value });
    } catch (e) {
      if (isRefusal(e)) send({ t: 'refused', code: e.code, message: e.message });
      else exit = 1;
    }
    out.end(() => process.exit(exit));
  });
}
