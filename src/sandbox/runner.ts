// Runs one job in a sandboxed child process (own heap limit, RSS watchdog, time limit, output cap), streaming its progress.
//
// Why a process and not a worker thread: a worker's heap limit does not contain a fatal
// out-of-memory (typed arrays live outside the heap, and V8 may abort the whole process), so a
// 1.5 MB PDF that inflates to 1.5 GB took the server down. A child process dies alone.
//
// The child runs plain JavaScript bundled from a TypeScript entry with esbuild (npm packages stay
// external), never tsx: tsx's loader cost ~300 MB more per parse (README "Beslut"). The entry calls
// `serveInChild` (./child.ts). Protocol: the input goes in on stdin (v8-serialised); everything
// the child says comes back on fd 3 as length-prefixed v8 frames, counted against the output cap
// as they arrive, so a child cannot make the parent buffer more than the cap.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Readable } from 'node:stream';
import { buildSync } from 'esbuild';
import { prebuiltEntry } from '../ops/prebuilt.ts';

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

/** Messages a child sends (see ./child.ts). */
export type ChildFrame = { t: 'progress'; p: unknown } | { t: 'done'; value: unknown } | { t: 'refused'; code: string; message: string };

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

/**
 * Runs `entry` (a TypeScript module calling serveInChild) in a fresh child process with `input`.
 * Never throws for what the child does: every ending is a ChildOutcome. One child per job, so
 * nothing a hostile file did can reach the next one.
 */
export function runInChild<T>(entry: URL, input: unknown, limits: ChildLimits): Promise<ChildOutcome<T>> {
  const file = bundledEntry(entry);
  const rssLimit = limits.rssMb ?? limits.heapMb * 2 + 64;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${limits.heapMb}`, file], {
      // Nothing of the server's environment (SMTP password, database path) reaches the parser;
      // NODE_OPTIONS is left out so that no loader (tsx) is injected.
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', TZ: process.env.TZ ?? 'Europe/Stockholm', LANG: 'C.UTF-8' },
      stdio: ['pipe', 'ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let peakRssMb = 0;
    let settled: ChildOutcome<T> | null = null;
    let killedFor: 'memory' | 'output' | 'timeout' | null = null;
    let stderrTail = '';
    const finish = (o: ChildOutcome<T>) => {
      if (!settled) settled = o;
    };
    const kill = (why: 'memory' | 'output' | 'timeout') => {
      if (!killedFor) killedFor = why;
      child.kill('SIGKILL');
    };

    const watchdog = setInterval(() => {
      if (child.pid === undefined) return;
      const mb = rssMbOf(child.pid);
      if (mb === null) return;
      peakRssMb = Math.max(peakRssMb, mb);
      if (mb > rssLimit) kill('memory');
    }, WATCH_MS);
    const timer = setTimeout(() => kill('timeout'), limits.timeoutMs);

    // Frames on fd 3: [u32 LE length][v8 payload]. Chunks are kept in a list and joined only when a
    // whole frame has arrived, so a large result is copied once.
    let chunks: Buffer[] = [];
    let have = 0;
    let received = 0;
    const out = child.stdio[3] as Readable;
    out.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received > limits.maxOutputBytes) {
        chunks = [];
        have = 0;
        kill('output');
        return;
      }
      chunks.push(chunk);
      have += chunk.length;
      for (;;) {
        if (have < 4) return;
        if (chunks[0]!.length < 4) chunks = [Buffer.concat(chunks)];
        const len = chunks[0]!.readUInt32LE(0);
        if (have < 4 + len) return;
        const all = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        const frame = deserialize(all.subarray(4, 4 + len)) as ChildFrame;
        const rest = all.subarray(4 + len);
        chunks = rest.length ? [rest] : [];
        have = rest.length;
        if (frame.t === 'progress') {
          try {
            limits.onProgress?.(frame.p);
          } catch (e) {
            console.error('sandbox: progress callback failed:', (e as Error).name);
          }
        } else if (frame.t === 'done') finish({ kind: 'done', value: frame.value as T, peakRssMb });
        else if (frame.t === 'refused') finish({ kind: 'refused', code: String(frame.code), message: String(frame.message), peakRssMb });
      }
    });
    out.on('error', () => {});
    // Only the tail, only to tell a heap out-of-memory from another crash; never logged (it may quote the file).
    child.stderr!.on('data', (d: Buffer) => {
      stderrTail = (stderrTail + d.toString('latin1')).slice(-2000);
    });
    child.stdin!.on('error', () => {});
    // The child could not be started (or killed): 'close' may never follow, so end here too.
    child.on('error', () => {
      clearInterval(watchdog);
      clearTimeout(timer);
      resolve({ kind: 'died', cause: 'crash', peakRssMb });
    });
    child.on('close', (code, signal) => {
      clearInterval(watchdog);
      clearTimeout(timer);
      if (killedFor === 'timeout') settled = { kind: 'timeout', peakRssMb };
      else if (killedFor) settled = { kind: 'died', cause: killedFor, peakRssMb };
      else if (!settled) {
        // A child that ended without an answer crashed; V8's own heap limit ends it with SIGTRAP/SIGABRT and this text.
        const heap = /out of memory|javascript OOM|heap limit|allocation failed/i.test(stderrTail) || signal === 'SIGABRT' || signal === 'SIGTRAP';
        settled = { kind: 'died', cause: heap ? 'memory' : 'crash', peakRssMb };
      }
      void code;
      resolve({ ...settled, peakRssMb } as ChildOutcome<T>);
    });

    child.stdin!.end(serialize(input));
  });
}
