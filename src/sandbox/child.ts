// The child's side of ./runner.ts: reads jobs from stdin, runs them one at a time (in this thread, or each in a fresh thread), sends progress and each result as frames on fd 3.
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

export interface ServeOptions<P> {
  /**
   * Work that needs no job's input, done before it: e.g. starting tesseract. In a thread per job
   * (serveThreads) it starts with the thread, so in a pooled child's thread started ahead it is done
   * before the job arrives. Its result is the job's third argument; the job must end what it started.
   */
  prepare?: () => Promise<P>;
}

/** How a job ended, as the thread that ran it tells the child's main thread. */
type Answer = { t: 'done'; value: unknown } | { t: 'refused'; code: string; message: string };
type ThreadMessage = { t: 'progress'; p: unknown } | Answer;
/** The key of workerData that makes an entry loaded in a thread wait for one job instead of serving. */
const JOB = 'insynSandboxJob';

/**
 * The entry's side: runs `job` on each input. In a child's main thread (runner.ts's runInChild, or a
 * pool without threadPerJob), inputs arrive on stdin as length-prefixed v8 frames, one job after
 * another, until stdin ends; a one-shot child gets one, a pooled child several. In a thread started
 * by serveThreads it runs exactly one job. `isRefusal` tells a deliberate refusal from a bug; any
 * other error ends the child with exit code 1 and nothing but "crash" reaches the parent (an error
 * text may quote the file, which may hold personal data), so a child that met a bug is never given
 * another job.
 *
 * In the main thread nothing of a job outlives it in JavaScript: its input, its parser's objects and
 * its result are locals of the job, and the heap is collected after each (the runner passes
 * --expose-gc) so that the runner's measure of memory growth between jobs sees what was really kept.
 * What a parser keeps outside JavaScript (a WebAssembly heap, caches, module state) does outlive it:
 * hence serveThreads for those.
 */
export function serveInChild<I, O, P = undefined>(
  job: (input: I, progress: (p: unknown) => void, prepared: P) => Promise<O>,
  isRefusal: (e: unknown) => e is Refusal,
  opts: ServeOptions<P> = {},
): void {
  const prepare = opts.prepare ?? (async () => undefined as P);
  if (!isMainThread) {
    const data = workerData as Record<string, unknown> | null;
    if (data?.[JOB] === true && data.sent instanceof Int32Array) oneJobInThread(job, isRefusal, prepare, data.sent);
    return;
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  serveFrames(async (input, progress) => {
    try {
      const value = await job(deserialize(input) as I, progress, await prepare());
      gc?.();
      return { t: 'done', value };
    } catch (e) {
      if (isRefusal(e)) return { t: 'refused', code: e.code, message: e.message };
      throw e;
    }
  });
}

/** Compiled WebAssembly modules a host holds for the life of the child (serveThreads). */
const keptModules: WebAssembly.Module[] = [];

/**
 * The main thread of a child that runs each job of `entry` (a bundle calling serveInChild) in a
 * fresh worker thread: a new V8 isolate with its own module instances, global object and
 * WebAssembly memory, ended before the job's answer is sent. For parsers written in C and compiled
 * to WebAssembly (mupdf, tesseract): their heap is not cleared when a document is freed, and they
 * keep caches (mupdf's store of fonts and images, tesseract's adaptive classifier) between calls,
 * so in a reused thread one handling's bytes would still lie in memory the next handling's parser
 * works in. This thread loads no parser at all (src/sandbox/host.ts): node stays warm, with the
 * parser's WebAssembly code compiled (`kept`, never instantiated), and a pooled child keeps one
 * thread started ahead that has loaded the entry and seen no job.
 */
export function serveThreads(entry: URL, kept: WebAssembly.Module[] = []): void {
  // Held for the life of the child: while a compiled module lives, a thread compiling the same bytes gets its code.
  keptModules.push(...kept);
  const heapMb = heapLimitMb();
  const pooled = process.argv.includes(POOLED_ARG);
  interface Thread {
    w: Worker;
    /** Progress frames written on to the parent; the thread waits when it is too far ahead (flow control). */
    sent: Int32Array;
    failure: unknown;
    exited: boolean;
  }
  const startThread = (): Thread => {
    const sent = new Int32Array(new SharedArrayBuffer(4));
    const w = new Worker(entry, {
      workerData: { [JOB]: true, sent },
      execArgv: [],
      // The child's heap limit holds for each job's thread (the runner's RSS watchdog sees the whole process).
      resourceLimits: heapMb ? { maxOldGenerationSizeMb: heapMb } : {},
      stdout: false,
      stderr: false,
    });
    const t: Thread = { w, sent, failure: null, exited: false };
    w.on('error', (e) => (t.failure ??= e));
    w.on('exit', () => (t.exited = true));
    return t;
  };
  // Started once a job has answered, not while it runs (it took CPU from the job: bench:pageview).
  let spare: Thread | null = null;
  serveFrames(
    (input, progress) => {
      const t = spare ?? startThread();
      spare = null;
      return new Promise((resolve, reject) => {
        let answer: Answer | null = null;
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
    },
    (more) => {
      if (pooled && more) spare = startThread();
    },
  );
}

/** The V8 heap limit this child was started with (`--max-old-space-size`), given to each job's thread too. */
function heapLimitMb(): number | undefined {
  for (const a of process.execArgv) {
    const m = /^--max-old-space-size=(\d+)$/.exec(a);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * The frame protocol of a child's main thread: inputs from stdin, one job at a time, progress and
 * answers on fd 3, each frame with its job's number. A job that throws ends the child (exit code 1).
 * `answered(more)` after each answer is sent; `more` is false once stdin has ended.
 */
function serveFrames(runOne: (input: Buffer, progress: (p: unknown, onSent?: () => void) => void) => Promise<Answer>, answered?: (more: boolean) => void): void {
  // The memory watchdog and the time limit live in the parent: if it is gone, stop at once.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(1);
  }, 500).unref();
  const out = new Socket({ fd: 3, readable: false, writable: true });
  out.on('error', () => process.exit(1));
  // Each frame carries its job's number, so the parent can drop anything a finished job still says.
  let jobNo = 0;
  const send = (f: ChildFrame, onSent?: () => void) => out.write(frame(f), onSent);

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
      const a = await runOne(input, (p, onSent) => {
        if (j === jobNo) send({ t: 'progress', j, p }, onSent);
      });
      send(a.t === 'done' ? { t: 'done', j, value: a.value } : { t: 'refused', j, code: String(a.code), message: String(a.message) });
    } catch (e) {
      // A job's thread that passed its heap limit ends alone; the child ends too (never given another job), saying why.
      if ((e as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') send({ t: 'died', j, cause: 'memory' });
      out.end(() => process.exit(1));
      return;
    }
    running = false;
    answered?.(!ended);
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

/**
 * A thread started by serveThreads: starts `prepare` at once, waits for its one job's input, runs it,
 * posts progress and how it ended. A bug is thrown, which ends the thread with an error.
 */
function oneJobInThread<I, O, P>(
  job: (input: I, progress: (p: unknown) => void, prepared: P) => Promise<O>,
  isRefusal: (e: unknown) => e is Refusal,
  prepare: () => Promise<P>,
  sent: Int32Array,
): void {
  // A failure to prepare is the job's: it crashes when its input comes.
  const prepared = prepare();
  prepared.catch(() => {});
  const post = (m: ThreadMessage) => parentPort!.postMessage(m);
  let posted = 0;
  /** Progress frames that may wait in the child unsent: more, and the job waits for the pipe (the parent counts them against the output cap). */
  const AHEAD = 4;
  const progress = (p: unknown) => {
    post({ t: 'progress', p });
    posted++;
    for (let s = Atomics.load(sent, 0); posted - s > AHEAD; s = Atomics.load(sent, 0)) Atomics.wait(sent, 0, s, 1000);
  };
  parentPort!.once('message', (input: Uint8Array) => {
    prepared
      .then((p) => job(deserialize(input) as I, progress, p))
      .then(
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
  });
}
