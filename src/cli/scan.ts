// `insyn scan`: finds personal data in files (human-readable or --json) or in JSON Lines on stdin (--jsonl).
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { prebuiltEntry } from '../ops/prebuilt.ts';
import type { BatchResult, Found } from './scan-jsonl.ts';
import type { FromWorker, ToWorker } from './scan-worker.ts';
import type { CliIO } from './io.ts';
import { USAGE_EXIT } from './io.ts';
import type { Finding } from '../detect/types.ts';

const USAGE = 'Användning:\n  insyn scan FIL... [--json]   visa personuppgifter i filerna\n  insyn scan --jsonl [--threads=N]   läs {"id","text"} per rad från standard in (N trådar, förval en per två kärnor)\n';

const plain = (f: Finding) => ({ type: f.type, start: f.start, end: f.end, score: Math.round(f.score * 100) / 100, explanation: f.explanation });

/** Line (1-based) and column of each offset, computed in one pass over the text. */
function lineOf(text: string, offsets: number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let pos = 0;
  for (const o of offsets) {
    for (; pos < o; pos++) if (text.charCodeAt(pos) === 10) line++;
    lines.push(line);
  }
  return lines;
}

/**
 * V8's budget of bytecode a function runs before it is considered for optimisation (its default is 67 584), set for the
 * `insyn scan` program by its entries (scanProgram). The detector is some 10 000 lines of rules: with the default budget
 * V8's optimising compiler compiled (and, as rare branches were met, recompiled) a large part of them within the first
 * megabyte, and that compiling was over half the CPU time of a scan of realistic size (the dev sets, 0.8 MB: 1.57 s, and
 * 0.73 s with no optimising at all). With eight times the budget only the functions that stay hot are compiled: the dev
 * sets 1.57 -> 0.82 s of CPU, 5 MB of generated letters 3.14 -> 2.8 s, 20 MB unchanged (measured, --threads=1). The
 * output is the same: this decides when code is compiled, never what it computes. Process-wide, so the pool's worker
 * threads share it.
 */
export const SCAN_INTERRUPT_BUDGET = 8 * 67_584;
/**
 * V8's baseline compiler (Sparkplug) compiles each function's bytecode to machine code on its first call instead of
 * after it has run a while in the interpreter: with the larger budget above most of the detectors' rules never reach
 * the optimising compiler, and what they run until then is the interpreter's. Sparkplug compiles in one quick pass
 * with no optimisation (no deoptimisation either), so the code computes the same; 2 MB of the dev and train sets,
 * --threads=1, CPU time in ten interleaved pairs of runs: lower in nine, one a tie (issue 15, round 19).
 */
export const SCAN_V8_FLAGS = [`--interrupt-budget=${SCAN_INTERRUPT_BUDGET}`, '--always-sparkplug'];
/** Sets the V8 flags of the `insyn scan` program; called by its entries before anything is scanned. */
export function scanProgram(): void {
  for (const flag of SCAN_V8_FLAGS) setFlagsFromString(flag);
}

/** Bytes of whole lines handed to a worker at a time: large enough that messaging is noise, small enough to share out. */
export const BATCH_BYTES = 256 * 1024;

/**
 * The threads `--jsonl` scans in when not told: one per two cores, at most 8. One scanning thread keeps more than one
 * core busy (V8's helper threads compile its code and collect its garbage beside it: 45 % of a single-thread run's
 * CPU time). The pool splits each batch by detector (startPool), so two threads take about 1.2x the CPU time of one
 * (5.4 s against 4.5 s for 10 MB, measured; split by document it was 1.45–1.55x): on two cores, where one thread's
 * helpers already use much of the second core, the pool finishes sooner only when other processes share the cores.
 */
export const defaultThreads = (cores = availableParallelism()): number => Math.max(1, Math.min(8, Math.floor(cores / 2)));

type Batch = (bytes: Uint8Array) => Promise<BatchResult>;

/**
 * Worker threads that scan batches (./scan-worker.ts), split by detector: every batch goes to a name thread (the name
 * pass, about half of the engine's time); its name findings come back here and go with the batch to an
 * other-detectors thread, which runs the rest, joins the two halves, resolves overlaps and writes the batch's output.
 * Threads alternate between the two roles (two threads: one of each). Split by document, as before, each thread
 * compiled and warmed all the detectors' code and word caches again: two threads took 1.5x the CPU time of one and
 * gained nothing on two cores. Each half goes to the thread of its role with the fewest batches waiting; answers come
 * back per thread in order, and the caller puts the batches back in input order.
 */
function startPool(threads: number): { run: Batch; close: () => Promise<void> } {
  const built = prebuiltEntry(new URL('./scan-worker.ts', import.meta.url));
  const entry = built ?? fileURLToPath(new URL('./scan-worker-boot.mjs', import.meta.url));
  let closing = false;
  let seq = 0;
  /** Set when a worker fails: every batch after it is refused at once, so nothing waits for a dead thread. */
  let failure: Error | undefined;
  type Waiter = { resolve: (m: FromWorker) => void; reject: (e: Error) => void };
  const all: Map<number, Waiter>[] = [];
  const fail = (e: Error): void => {
    failure ??= e;
    for (const waiting of all) {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    }
  };
  const workers = Array.from({ length: threads }, (_, i) => {
    const w = new Worker(entry);
    const waiting = new Map<number, Waiter>();
    all.push(waiting);
    w.on('message', (m: FromWorker) => {
      const p = waiting.get(m.seq);
      waiting.delete(m.seq);
      p?.resolve(m);
    });
    w.on('error', fail);
    w.on('exit', (code) => { if (!closing) fail(new Error(`en arbetstråd avslutades oväntat (kod ${code})`)); });
    return { w, waiting, names: i % 2 === 0 };
  });
  const least = (names: boolean) =>
    workers.filter((x) => x.names === names).reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
  const post = (w: Worker, m: ToWorker, move: ArrayBuffer[]): void => w.postMessage(m, move);
  return {
    run: (bytes) => {
      if (failure) return Promise.reject(failure);
      const namer = least(true);
      const id = seq++;
      return new Promise<BatchResult>((resolve, reject) => {
        // The other half is sent with the name findings, not before: an other thread that ran ahead of the name thread
        // held the parsed documents and findings of the batches it waited on (peak RSS 301 → 272 MB and 2 % less CPU
        // time for 10 MB, measured).
        namer.waiting.set(id, {
          resolve: (m) => {
            if (failure) return reject(failure);
            const { found } = m as { found: Found };
            const other = least(false);
            other.waiting.set(id, { resolve: (r) => resolve(r as BatchResult), reject });
            const move = [bytes.buffer, found.counts.buffer, found.nums.buffer] as ArrayBuffer[];
            post(other.w, { kind: 'others', seq: id, bytes, found }, move);
          },
          reject,
        });
        // Moved, not copied, in the end: each batch is a fresh buffer of its own (copy() below) that this thread no
        // longer reads; the name thread gets a copy.
        const first = bytes.slice();
        post(namer.w, { kind: 'names', seq: id, bytes: first }, [first.buffer as ArrayBuffer]);
      });
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((x) => x.w.terminate()));
    },
  };
}

/**
 * Streams JSON Lines from stdin to stdout: whole lines are cut into batches of about BATCH_BYTES, scanned in a pool of
 * worker threads, each batch by a name thread and an other-detectors thread (or in this thread when there is one
 * thread or the input is a single batch), and written in input order. At most three batches per thread are in flight
 * and a full stdout stops the reading, so memory stays bounded for any input size (one line is held whole: a document
 * is parsed as one JSON value).
 */
export async function scanJsonl(io: CliIO, threads: number, batchBytes = BATCH_BYTES): Promise<number> {
  let pool: Awaited<ReturnType<typeof startPool>> | undefined;
  let inline: Batch | undefined;
  const inThisThread = async (): Promise<Batch> => {
    if (!inline) {
      const { scanBatch } = await import('./scan-jsonl.ts');
      inline = async (bytes) => scanBatch(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'));
    }
    return inline;
  };
  const queue: Promise<BatchResult>[] = [];
  let lineBase = 0;
  let bad = 0;
  const flushOne = async (): Promise<void> => {
    const r = await queue.shift()!;
    for (const [n, why] of r.bad) {
      io.stderr.write(why === 'json'
        ? `insyn scan: rad ${lineBase + n} är inte giltig JSON och hoppades över\n`
        : `insyn scan: rad ${lineBase + n} saknar fältet "text" (sträng) och hoppades över\n`);
    }
    bad += r.bad.length;
    lineBase += r.lines;
    if (r.out.length > 0 && !io.stdout.write(r.out)) await new Promise<void>((resolve) => io.stdout.once('drain', () => resolve()));
  };
  const dispatch = async (bytes: Uint8Array, last: boolean): Promise<void> => {
    if (!pool && threads > 1 && !last) pool = startPool(threads);
    const result = pool ? pool.run(bytes) : (await inThisThread())(bytes);
    // Awaited in order by flushOne; a failure before then must not count as an unhandled rejection.
    result.catch(() => undefined);
    queue.push(result);
    while (queue.length >= 3 * threads) await flushOne();
  };
  /** A fresh copy (a message must not carry a slice of Node's shared buffer pool). */
  const copy = (parts: Uint8Array[], size: number): Uint8Array => {
    const out = new Uint8Array(size);
    let at = 0;
    for (const p of parts) { out.set(p, at); at += p.length; }
    return out;
  };

  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  try {
    for await (const raw of io.stdin as AsyncIterable<Buffer | string>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
      let from = 0;
      // Cut after the first line break at or beyond the batch size; every byte is searched once.
      for (;;) {
        const need = Math.max(1, batchBytes - pendingBytes);
        if (chunk.length - from < need) break;
        const nl = chunk.indexOf(10, from + need - 1);
        if (nl < 0) break;
        const batch = copy([...pending, chunk.subarray(from, nl + 1)], pendingBytes + nl + 1 - from);
        pending = [];
        pendingBytes = 0;
        from = nl + 1;
        await dispatch(batch, false);
      }
      if (from < chunk.length) {
        pending.push(chunk.subarray(from));
        pendingBytes += chunk.length - from;
      }
    }
    if (pendingBytes > 0) await dispatch(copy(pending, pendingBytes), true);
    while (queue.length > 0) await flushOne();
  } finally {
    await pool?.close();
  }
  return bad > 0 ? 1 : 0;
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const threadArg = args.find((a) => a.startsWith('--threads='));
  const threads = threadArg === undefined ? defaultThreads() : /^--threads=[1-9]\d?$/.test(threadArg) ? Number(threadArg.slice(10)) : NaN;
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--jsonl' && a !== threadArg);
  const files = args.filter((a) => !a.startsWith('--'));
  if (unknown.length > 0 || Number.isNaN(threads) || (threadArg && !jsonl) || (jsonl && (files.length > 0 || json)) || (!jsonl && files.length === 0)) {
    io.stderr.write(USAGE);
    return USAGE_EXIT;
  }
  if (jsonl) {
    try {
      return await scanJsonl(io, threads);
    } catch (e) {
      // One line, no stack and no message text (it could quote a document): what failed and that output stopped.
      io.stderr.write(`insyn scan: skanningen avbröts (${e instanceof Error ? e.name : 'fel'}); utdata är ofullständig\n`);
      return 1;
    }
  }

  let failed = false;
  const results: { file: string; findings: (Awaited<ReturnType<typeof plain>> & { line: number; text: string })[] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'filen finns inte' : code === 'EISDIR' ? 'det är en katalog' : code === 'EACCES' ? 'behörighet saknas' : 'filen kunde inte läsas';
      io.stderr.write(`insyn scan: ${file}: ${why}\n`);
      failed = true;
      continue;
    }
    const { scan } = await import('../detect/engine.ts');
    const findings = scan(text);
    const lines = lineOf(text, findings.map((f) => f.start));
    results.push({ file, findings: findings.map((f, i) => ({ ...plain(f), line: lines[i]!, text: text.slice(f.start, f.end) })) });
  }
  if (json) {
    io.stdout.write(JSON.stringify(files.length === 1 && results.length === 1 ? results[0] : results, null, 2) + '\n');
  } else {
    for (const r of results) {
      for (const f of r.findings) {
        io.stdout.write(`${r.file}:${f.line}\t${f.type}\t${JSON.stringify(f.text)}\t${f.explanation}\n`);
      }
      if (r.findings.length === 0) io.stdout.write(`${r.file}: inga personuppgifter hittades\n`);
    }
  }
  return failed ? 1 : 0;
}
