// The child's side of ./runner.ts: reads jobs from stdin, runs them one at a time, sends progress and each result as frames on fd 3.
import { Socket } from 'node:net';
import { deserialize } from 'node:v8';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { FrameReader, POOLED_ARG, frame } from './frames.ts';
import type { ChildFrame } from './runner.ts';

/** A refusal the job chose (a file it will not read): sent back as code and message, not as a crash. */
export interface Refusal {
  code: string;
  message: string;
}

export interface ServeOptions {
  /**
   * Run each job in a fresh worker thread of this process (a new V8 isolate with its own module
   * instances and its own WebAssembly memory), ended before the job's answer is sent. For parsers
   * written in C and compiled to WebAssembly (mupdf, tesseract): their heap is not cleared when a
   * document is freed and they keep caches (mupdf's store) between calls, so in a reused child one
   * handling's bytes would still lie in the memory the next handling's parser works in. A thread per
   * job gives every job memory that never held another's, while the process, node and the compiled
   * WebAssembly code (V8 shares it between the isolates of a process) stay warm.
   */
  threadPerJob?: boolean;
}

/** What a job's thread says to the child's main thread. */
type ThreadMessage = { t: 'progress'; p: unknown } | { t: 'done'; value: unknown } | { t: 'refused'; code: string; message: string };
/** The key of workerData that makes the entry run one job instead of serving. */
const JOB = 'insynSandboxJob';

/** The V8 heap limit this child was started with (`--max-old-space-size`), given to each job's thread too. */
function heapLimitMb(): number | undefined {
  for (const a of process.execArgv) {
    const m = /^--max-old-space-size=(\d+)$/.exec(a);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Runs `job` on each input that arrives on stdin (length-prefixed v8 frames), one after another,
 * and exits when stdin ends. A one-shot child gets one input; a pooled child (runner.ts's pool) gets
 * several. `isRefusal` tells a deliberate refusal from a bug; any other error ends the child with
 * exit code 1 and nothing but "crash" reaches the parent (an error text may quote the file, which
 * may hold personal data), so a child that met a bug is never given another job.
 *
 * Without `threadPerJob`, nothing of a job outlives it in JavaScript: its input, its parser's objects
 * and its result are locals of the job, and the heap is collected after each (when the runner passes
 * --expose-gc) so that the runner's measure of memory growth between jobs sees what was really kept.
 * With it, nothing of a job outlives it at all: the thread it ran in is ended first (ServeOptions).
 */
export function serveInChild<I, O>(job: (input: I, progress: (p: unknown) => void) => Promise<O>, isRefusal: (e: unknown) => e is Refusal, opts: ServeOptions = {}): void {
  if (!isMainThread) {
    // This entry was loaded again as a job's thread: run that one job and say how it ended.
    const data = workerData as Record<string, unknown> | null;
    if (data && data[JOB] === true && data.sent instanceof Int32Array) {
      const sent = data.sent;
      parentPort!.once('message', (input: Uint8Array) => runInThread(job, isRefusal, input, sent));
    }
    return;
  }
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
  const heapMb = heapLimitMb();

  /** A job's thread and what is known of it before and while it runs. */
  interface Thread {
    w: Worker;
    /** Progress frames written on to the parent; the thread waits when it is too far ahead (flow control). */
    sent: Int32Array;
    failure: unknown;
    exited: boolean;
  }
  const startThread = (): Thread => {
    const sent = new Int32Array(new SharedArrayBuffer(4));
    const w = new Worker(new URL(import.meta.url), {
      workerData: { [JOB]: true, sent },
      execArgv: [],
      resourceLimits: heapMb ? { maxOldGenerationSizeMb: heapMb } : {},
      stdout: false,
      stderr: false,
    });
    const t: Thread = { w, sent, failure: null, exited: false };
    w.on('error', (e) => (t.failure ??= e));
    w.on('exit', () => (t.exited = true));
    return t;
  };
  // A pooled child keeps one thread started ahead: it has loaded the entry (the parser, its WebAssembly)
  // and seen no job, so the next job does not wait for a thread to start. Started once a job has
  // answered (started while the job ran, it took CPU from it: bench:pageview). A one-shot child
  // (runInChild) has no next job.
  const pooled = process.argv.includes(POOLED_ARG);
  let spare: Thread | null = null;

  /** One job in a fresh thread; resolves once the thread has ended, rejects if it crashed. */
  const inThread = (input: Buffer, progress: (p: unknown, onSent: () => void) => void): Promise<ThreadMessage> => {
    const t = spare ?? startThread();
    spare = null;
    return new Promise((resolve, reject) => {
      let answer: ThreadMessage | null = null;
      const settle = () => (answer && !t.failure ? resolve(answer) : reject(t.failure ?? new Error('no answer')));
      if (t.exited) return settle();
      t.w.on('message', (m: ThreadMessage) => {
        if (m.t === 'progress')
          progress(m.p, () => {
            Atomics.add(t.sent, 0, 1);
            Atomics.notify(t.sent, 0);
          });
        else if (!answer) {
          // Ended here rather than left to run out: nothing the job set going (a timer, a handle) keeps it alive.
          answer = m;
          void t.w.terminate();
        }
      });
      t.w.once('exit', settle);
      t.w.postMessage(new Uint8Array(input));
    });
  };

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
    const progress = (p: unknown, onSent?: () => void) => {
      if (j === jobNo) out.write(frame({ t: 'progress', j, p } satisfies ChildFrame), onSent);
    };
    if (opts.threadPerJob) {
      try {
        const m = await inThread(input, progress);
        send(m.t === 'done' ? { t: 'done', j, value: m.value } : { t: 'refused', j, code: String((m as { code: unknown }).code), message: String((m as { message: unknown }).message) });
        if (pooled && !ended) spare = startThread();
      } catch (e) {
        // A thread that passed its heap limit ends alone; the child ends too (never given another job), saying why.
        if ((e as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') send({ t: 'died', j, cause: 'memory' });
        out.end(() => process.exit(1));
        return;
      }
    } else {
      try {
        const value = await job(deserialize(input) as I, progress);
        gc?.();
        send({ t: 'done', j, value });
      } catch (e) {
        if (isRefusal(e)) send({ t: 'refused', j, code: e.code, message: e.message });
        else {
          out.end(() => process.exit(1));
          return;
        }
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

/** A job's thread: runs the job once, posts progress and how it ended; a bug is thrown, which ends the thread with an error. */
function runInThread<I, O>(job: (input: I, progress: (p: unknown) => void) => Promise<O>, isRefusal: (e: unknown) => e is Refusal, input: Uint8Array, sent: Int32Array): void {
  const post = (m: ThreadMessage) => parentPort!.postMessage(m);
  let posted = 0;
  /** Progress frames that may wait in the child unsent: more, and the job waits for the pipe (the parent counts them against the output cap). */
  const AHEAD = 4;
  const progress = (p: unknown) => {
    post({ t: 'progress', p });
    posted++;
    for (let s = Atomics.load(sent, 0); posted - s > AHEAD; s = Atomics.load(sent, 0)) Atomics.wait(sent, 0, s, 1000);
  };
  job(deserialize(input) as I, progress).then(
    (value) => post({ t: 'done', value }),
    (e: unknown) => {
      if (isRefusal(e)) post({ t: 'refused', code: String(e.code), message: String(e.message) });
      // Thrown outside the promise so that the thread ends with an error, never with a message that may quote the file.
      else
        setImmediate(() => {
          throw new Error('job failed');
        });
    },
  );
}
