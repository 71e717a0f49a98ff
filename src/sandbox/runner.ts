// Runs jobs in sandboxed child processes (own heap limit, RSS watchdog, time limit, output cap), streaming their progress.
//
// Why a process and not a worker thread: a worker's heap limit does not contain a fatal
// out-of-memory (typed arrays live outside the heap, and V8 may abort the whole process), so a
// 1.5 MB PDF that inflates to 1.5 GB took the server down. A child process dies alone.
//
// The child runs plain JavaScript bundled from a TypeScript entry with esbuild (npm packages stay
// external), never tsx: tsx's loader cost ~300 MB more per parse (README "Beslut"). The entry calls
// `serveInChild` (./child.ts). Protocol (./frames.ts): each job's input goes in on stdin as a
// length-prefixed v8 frame; everything the child says comes back on fd 3 as such frames, counted
// against the job's output cap as they arrive, so a child cannot make the parent buffer more than the cap.
//
// runInChild starts a child for one job. runInPooledChild reuses warm children for several jobs
// (see there for when a child is replaced): the file import, since starting node and loading pdfjs
// per file was a third of a 200-page PDF's import (bench:import), and the mupdf and tesseract work
// (page views, OCR, the released PDF), whose children run each job in a fresh thread
// (serveInChild's threadPerJob) so that no job's memory ever held another's.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import type { Readable } from 'node:stream';
import { buildSync } from 'esbuild';
import { prebuiltEntry } from '../ops/prebuilt.ts';
import { FrameReader, KEEP_COMPILED_ARG, POOLED_ARG, frame } from './frames.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ChildLimits {
  /** V8 old-generation limit of the child (`--max-old-space-size`) */
  heapMb: number;
  /** the whole child's resident memory (heap, typed arrays, native buffers); killed above it. Default 2 × heapMb + 64. */
  rssMb?: number;
  timeoutMs: number;
  /** bytes the child may send back in total (progress and result) */
  maxOutputBytes: number;
  onProgress?: (progress: unknown) => void;
}

export type ChildOutcome<T> =
  | { kind: 'done'; value: T; peakRssMb: number }
  /** the job ended cleanly with a refusal it chose (e.g. a file it will not read) */
  | { kind: 'refused'; code: string; message: string; peakRssMb: number }
  | { kind: 'timeout'; peakRssMb: number }
  /** the child died: over its memory limits, over the output cap, or crashed */
  | { kind: 'died'; cause: 'memory' | 'output' | 'crash'; peakRssMb: number };

/** Messages a child sends (see ./child.ts), each with the number of its job in that child. */
export type ChildFrame =
  | { t: 'progress'; j: number; p: unknown }
  | { t: 'done'; j: number; value: unknown }
  | { t: 'refused'; j: number; code: string; message: string }
  /** a job's thread passed its heap limit (threadPerJob); the child ends after saying so */
  | { t: 'died'; j: number; cause: 'memory' };

const bundles = new Map<string, string>();

/**
 * Bundles a TypeScript entry to one .mjs under node_modules/.cache (so npm packages resolve),
 * named by content so that concurrent processes agree on it and a changed entry gets a new file.
 */
export function bundledEntry(entry: URL): string {
  const key = entry.href;
  const cached = bundles.get(key);
  if (cached) return cached;
  // The built server (dist/, `npm run build`) never bundles at run time: a read-only install has nowhere to write.
  const prebuilt = prebuiltEntry(entry);
  if (prebuilt) return prebuilt;
  const out = buildSync({
    entryPoints: [fileURLToPath(entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]!.contents;
  const dir = join(ROOT, 'node_modules', '.cache', 'insyn');
  mkdirSync(dir, { recursive: true });
  const name = fileURLToPath(entry).replace(/^.*[\\/]/, '').replace(/\.ts$/, '');
  const file = join(dir, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  if (!existsSync(file)) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  }
  bundles.set(key, file);
  return file;
}

const PAGE_SIZE = 4096;
/** Resident memory of a process in MB from /proc (Linux); null where there is no /proc. */
function rssMbOf(pid: number): number | null {
  try {
    const statm = readFileSync(`/proc/${pid}/statm`, 'latin1').split(' ');
    return (Number(statm[1]) * PAGE_SIZE) / 1024 / 1024;
  } catch {
    return null;
  }
}

/** How often the watchdog looks at the child's memory. Inflating zeros runs at ~1 GB/s, so 20 ms is ~20 MB of overshoot. */
const WATCH_MS = 20;

/** What is known of a job while it runs in a child. */
interface Running {
  limits: ChildLimits;
  rssLimit: number;
  received: number;
  peakRssMb: number;
  killedFor: 'memory' | 'output' | 'timeout' | null;
  watchdog: Awaited<ReturnType<typeof setInterval>>;
  timer: Awaited<ReturnType<typeof setTimeout>>;
  resolve: (o: ChildOutcome<unknown>) => void;
}

/**
 * One child process running jobs one at a time. Every limit is per job: the RSS watchdog, the time
 * limit and the output count start afresh with each job, and any job that passes one ends the whole
 * child (SIGKILL), so a child that hit a cap or crashed is never given another job.
 */
class SandboxChild {
  private readonly proc: ChildProcess;
  private readonly frames = new FrameReader();
  private stderrTail = '';
  private current: Running | null = null;
  private jobNo = 0;
  alive = true;
  /** resident memory after the first job: the child with its parser loaded, the base for growth */
  baseRssMb: number | null = null;

  /** `args`: the entry's bundle, or the host's and the entry's (a thread per job), and POOLED_ARG for a pooled child */
  constructor(args: string[], heapMb: number) {
    // --expose-gc: the child collects after each job, so the growth measured between jobs is what was kept.
    this.proc = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--expose-gc', ...args], {
      // Nothing of the server's environment (SMTP password, database path) reaches the parser;
      // NODE_OPTIONS is left out so that no loader (tsx) is injected.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: process.env.TZ ?? 'Europe/Stockholm', LANG: 'C.UTF-8' },
      stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const out = this.proc.stdio[3] as Readable;
    out.on('data', (chunk: Buffer) => this.onData(chunk));
    out.on('error', () => {});
    // Only the tail, only to tell a heap out-of-memory from another crash; never logged (it may quote the file).
    this.proc.stderr!.on('data', (d: Buffer) => {
      this.stderrTail = (this.stderrTail + d.toString('latin1')).slice(-2000);
    });
    this.proc.stdin!.on('error', () => {});
    // The child could not be started (or killed): 'close' may never follow, so end here too.
    this.proc.on('error', () => this.ended(null));
    this.proc.on('close', (_code, signal) => this.ended(signal));
  }

  get jobs(): number {
    return this.jobNo;
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  rssMb(): number | null {
    return this.proc.pid === undefined ? null : rssMbOf(this.proc.pid);
  }

  /** Runs one job. `last`: no job follows, so the child's input is closed and it exits when done. */
  run<T>(input: unknown, limits: ChildLimits, last: boolean): Promise<ChildOutcome<T>> {
    if (!this.alive || this.current) return Promise.resolve({ kind: 'died', cause: 'crash', peakRssMb: 0 });
    this.jobNo++;
    this.frames.clear();
    this.stderrTail = '';
    this.ref(true);
    return new Promise((resolve) => {
      const job: Running = {
        limits,
        rssLimit: limits.rssMb ?? limits.heapMb * 2 + 64,
        received: 0,
        peakRssMb: 0,
        killedFor: null,
        watchdog: setInterval(() => {
          const mb = this.rssMb();
          if (mb === null) return;
          job.peakRssMb = Math.max(job.peakRssMb, mb);
          if (mb > job.rssLimit) this.kill('memory');
        }, WATCH_MS),
        timer: setTimeout(() => this.kill('timeout'), limits.timeoutMs),
        resolve: resolve as (o: ChildOutcome<unknown>) => void,
      };
      this.current = job;
      this.proc.stdin!.write(frame(input));
      if (last) this.proc.stdin!.end();
    });
  }

  /** Ends the child at once; a job still running ends as the cause says. */
  kill(why: 'memory' | 'output' | 'timeout' | null = null): void {
    if (why && this.current && !this.current.killedFor) this.current.killedFor = why;
    this.alive = false;
    this.proc.kill('SIGKILL');
  }

  /** An idle child does not keep the server (or a test) running; a busy one does. */
  ref(on: boolean): void {
    for (const h of [this.proc, this.proc.stdin, this.proc.stdio[3], this.proc.stderr] as Array<{ ref?: () => void; unref?: () => void } | null>) {
      if (on) h?.ref?.();
      else h?.unref?.();
    }
  }

  private settle(o: ChildOutcome<unknown>): void {
    const job = this.current;
    if (!job) return;
    this.current = null;
    clearInterval(job.watchdog);
    clearTimeout(job.timer);
    job.resolve(o);
  }

  private onData(chunk: Buffer): void {
    const job = this.current;
    if (!job) return;
    job.received += chunk.length;
    if (job.received > job.limits.maxOutputBytes) {
      this.frames.clear();
      this.kill('output');
      return;
    }
    for (const payload of this.frames.push(chunk)) {
      const f = deserialize(payload) as ChildFrame;
      // A frame of an earlier job (nothing should send one) is dropped.
      if (f.j !== this.jobNo || this.current !== job) continue;
      if (f.t === 'died') {
        this.kill('memory');
        return;
      }
      if (f.t === 'progress') {
        try {
          job.limits.onProgress?.(f.p);
        } catch (e) {
          console.error('sandbox: progress callback failed:', (e as Error).name);
        }
      } else {
        const mb = this.rssMb();
        if (mb !== null) job.peakRssMb = Math.max(job.peakRssMb, mb);
        this.baseRssMb ??= mb;
        if (f.t === 'done') this.settle({ kind: 'done', value: f.value, peakRssMb: job.peakRssMb });
        else this.settle({ kind: 'refused', code: String(f.code), message: String(f.message), peakRssMb: job.peakRssMb });
      }
    }
  }

  private ended(signal: NodeJS.Signals | null): void {
    this.alive = false;
    const job = this.current;
    if (!job) return;
    if (job.killedFor === 'timeout') this.settle({ kind: 'timeout', peakRssMb: job.peakRssMb });
    else if (job.killedFor) this.settle({ kind: 'died', cause: job.killedFor, peakRssMb: job.peakRssMb });
    else {
      // A child that ended without an answer crashed; V8's own heap limit ends it with SIGTRAP/SIGABRT and this text.
      const heap = /out of memory|javascript OOM|heap limit|allocation failed/i.test(this.stderrTail) || signal === 'SIGABRT' || signal === 'SIGTRAP';
      this.settle({ kind: 'died', cause: heap ? 'memory' : 'crash', peakRssMb: job.peakRssMb });
    }
  }
}

/**
 * Runs `entry` (a TypeScript module calling serveInChild) in a fresh child process with `input`.
 * Never throws for what the child does: every ending is a ChildOutcome. One child for this job only,
 * so nothing a hostile file did can reach another one.
 */
export async function runInChild<T>(entry: URL, input: unknown, limits: ChildLimits): Promise<ChildOutcome<T>> {
  const child = new SandboxChild([bundledEntry(entry)], limits.heapMb);
  const outcome = await child.run<T>(input, limits, true);
  // It has answered and its input is closed, so it is exiting by itself; make sure.
  if (child.alive) child.kill();
  return outcome;
}

export interface PoolOptions {
  /** jobs a child runs before it is replaced */
  maxJobs: number;
  /** MB its resident memory may grow beyond what it held after its first job before it is replaced */
  maxGrowthMb: number;
  /** children kept waiting between jobs */
  idle: number;
  /** ms an idle child waits for a job before it is ended (its parser holds ~100 MB) */
  idleMs: number;
  /** MB of resident memory above which a child is not kept after its job, however little it grew (bounds what an idle child holds) */
  maxIdleRssMb?: number;
  /**
   * Run each job in a fresh thread of the warm child (child.ts serveThreads: a new V8 isolate and
   * WebAssembly memory per job, the child's main thread loading no parser); for parsers in C
   * compiled to WebAssembly, whose memory and caches outlive a document.
   */
  threadPerJob?: boolean;
  /**
   * With threadPerJob: WebAssembly files (absolute paths) the child's main thread compiles once and
   * keeps, never instantiates (code, no memory, no data). V8 shares a compiled module between the
   * isolates of a process, its optimised code included, so each job's thread instantiates it warm
   * instead of compiling it anew (bench:pageview: a thread per job cost 2× without this).
   */
  keepCompiled?: string[];
  /**
   * Whose file the jobs read and whom their answer reaches (e.g. 'original': a hostile file, for
   * staff; 'released': the authority's own redacted file, for a requester). Children are pooled per
   * entry (the kind of job), heap limit and trust: a child never serves jobs of another.
   */
  trust?: string;
}

export const DEFAULT_POOL: PoolOptions = { maxJobs: 20, maxGrowthMb: 128, idle: 1, idleMs: 60_000 };

interface Pool {
  idle: Array<{ child: SandboxChild; timer: Awaited<ReturnType<typeof setTimeout>> }>;
  /** children ever started for this pool (for tests and bench:import) */
  started: number;
}
const pools = new Map<string, Pool>();
const HOST = new URL('./host.ts', import.meta.url);
/** A child serves one entry (the kind of job), one heap limit, one way of running jobs and one trust. */
const poolKey = (file: string, heapMb: number, opts: Pick<PoolOptions, 'threadPerJob' | 'trust'>) => `${file}\0${heapMb}\0${opts.threadPerJob ? 'thread' : 'main'}\0${opts.trust ?? ''}`;

/**
 * Like runInChild, but the child is taken from a small pool of warm ones and returned to it after a
 * clean result, so a run of files (an e-mail's attachments, an upload of several) pays for starting
 * node and loading the parsers once. Every limit still holds per job. A child goes back to the pool
 * only after a 'done': a refusal (the job may have hit the decoded-bytes cap), a timeout, a memory or
 * output kill or a crash end it. It is also replaced after `maxJobs` jobs, or when its memory has
 * grown `maxGrowthMb` beyond what it held after its first job.
 */
export async function runInPooledChild<T>(entry: URL, input: unknown, limits: ChildLimits, opts: PoolOptions = DEFAULT_POOL): Promise<ChildOutcome<T>> {
  const file = bundledEntry(entry);
  const key = poolKey(file, limits.heapMb, opts);
  let pool = pools.get(key);
  if (!pool) pools.set(key, (pool = { idle: [], started: 0 }));
  let child: SandboxChild | null = null;
  while (!child && pool.idle.length) {
    const w = pool.idle.pop()!;
    clearTimeout(w.timer);
    if (w.child.alive) child = w.child;
  }
  if (!child) {
    const host = [bundledEntry(HOST), file, POOLED_ARG, ...(opts.keepCompiled ?? []).map((w) => `${KEEP_COMPILED_ARG}${w}`)];
    child = new SandboxChild(opts.threadPerJob ? host : [file, POOLED_ARG], limits.heapMb);
    pool.started++;
  }
  const outcome = await child.run<T>(input, limits, false);
  const rss = child.rssMb();
  const reusable =
    outcome.kind === 'done' &&
    child.alive &&
    child.jobs < opts.maxJobs &&
    (rss === null || child.baseRssMb === null || rss - child.baseRssMb <= opts.maxGrowthMb) &&
    (rss === null || opts.maxIdleRssMb === undefined || rss <= opts.maxIdleRssMb) &&
    pool.idle.length < opts.idle;
  if (!reusable) {
    if (child.alive) child.kill();
    return outcome;
  }
  child.ref(false);
  const kept = child;
  const timer = setTimeout(() => {
    pool.idle = pool.idle.filter((w) => w.child !== kept);
    kept.kill();
  }, opts.idleMs);
  timer.unref();
  pool.idle.push({ child: kept, timer });
  return outcome;
}

/** How many children a pool has started, how many wait, and the resident memory (MB) of each waiting one; for tests and benchmarks. */
export function poolStats(entry: URL, heapMb: number, opts: Pick<PoolOptions, 'threadPerJob' | 'trust'> = {}): { started: number; idle: number; idleRssMb: number[]; pids: number[] } {
  const pool = pools.get(poolKey(bundledEntry(entry), heapMb, opts));
  const idle = pool?.idle.filter((w) => w.child.alive) ?? [];
  return { started: pool?.started ?? 0, idle: idle.length, idleRssMb: idle.map((w) => w.child.rssMb() ?? 0), pids: idle.map((w) => w.child.pid ?? 0) };
}

/** Ends every waiting child (tests; a server's children end with it anyway). */
export function drainPools(): void {
  for (const pool of pools.values()) {
    for (const w of pool.idle.splice(0)) {
      clearTimeout(w.timer);
      w.child.kill();
    }
  }
}
