// The child's side of ./runner.ts: reads jobs from stdin, runs them one at a time, sends progress and each result as frames on fd 3.
import { Socket } from 'node:net';
import { deserialize } from 'node:v8';
import { FrameReader, frame } from './frames.ts';
import type { ChildFrame } from './runner.ts';

/** A refusal the job chose (a file it will not read): sent back as code and message, not as a crash. */
export interface Refusal {
  code: string;
  message: string;
}

/**
 * Runs `job` on each input that arrives on stdin (length-prefixed v8 frames), one after another,
 * and exits when stdin ends. A one-shot child gets one input; a pooled child (runner.ts's pool) gets
 * several. `isRefusal` tells a deliberate refusal from a bug; any other error ends the child with
 * exit code 1 and nothing but "crash" reaches the parent (an error text may quote the file, which
 * may hold personal data), so a child that met a bug is never given another job.
 *
 * Nothing of a job outlives it here: its input, its parser's objects and its result are locals of
 * the job, and the heap is collected after each (when the runner passes --expose-gc) so that the
 * runner's measure of memory growth between jobs sees what was really kept.
 */
export function serveInChild<I, O>(job: (input: I, progress: (p: unknown) => void) => Promise<O>, isRefusal: (e: unknown) => e is Refusal): void {
  // The memory watchdog and the time limit live in the parent: if it is gone, stop at once.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 500).unref();
  const out = new Socket({ fd: 3, readable: false, writable: true });
  out.on('error', () => process.exit(1));
  const gc = (globalThis as { gc?: () => void }).gc;
  // Each frame carries its job's number, so the parent can drop anything a finished job still says.
  let jobNo = 0;
  const send = (f: ChildFrame) => out.write(frame(f));

  const reader = new FrameReader();
  const waiting: Buffer[] = [];
  let ended = false;
  let running = false;
  const pump = async () => {
    if (running) return;
    const input = waiting.shift();
    if (!input) {
      if (ended) out.end(() => process.exit(0));
      return;
    }
    running = true;
    const j = ++jobNo;
    try {
      const value = await job(deserialize(input) as I, (p) => {
        if (j === jobNo) send({ t: 'progress', j, p });
      });
      gc?.();
      send({ t: 'done', j, value });
    } catch (e) {
      if (isRefusal(e)) send({ t: 'refused', j, code: e.code, message: e.message });
      else {
        out.end(() => process.exit(1));
        return;
      }
    }
    running = false;
    void pump();
  };
  process.stdin.on('data', (c: Buffer) => {
    waiting.push(...reader.push(c));
    void pump();
  });
  process.stdin.on('end', () => {
    ended = true;
    void pump();
  });
}
