// `npm run bench:scan`: `insyn scan --jsonl` on ~20 MB of realistic generated documents (./scan-corpus.ts: letters,
// minutes, e-mail threads, CSV tables, registers, flattened PDF tables, OCR'd letters, field reports), as the built
// CLI runs in production (dist/, bundled here into test/.tmp), in one thread and in its pool of worker threads, each
// against a plain one-regex pass with the same I/O (read JSON Lines, write JSON Lines; single thread), net of
// start-up; the engine and each detector in-process on the same documents; pathological inputs; peak memory.
// Medians of several runs, the processes interleaved, ratios in the same run (no figure here is a test assertion).
// The text is generated, never copied from the dev sets (issue 15).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDetectors, scan, scanMany } from '../../src/detect/engine.ts';
import { numberView } from '../../src/detect/number-view.ts';
// @ts-expect-error plain JavaScript build script without types
import { buildAll } from '../../src/scripts/build.mjs';
import { corpusDocs } from './scan-corpus.ts';
import { defaultThreads } from '../../src/cli/scan.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/**
 * The in-process figures' time: CPU time of this process (all its threads: V8's compiler and collector included), not
 * wall time. On the shared two-core machine the load average often stands at 6–10 and wall time there measures the
 * other processes (round 9: the in-process figures read 0.7 MB/s on a run whose CPU figures gave 5.7).
 */
function timeMs(fn: () => void): number {
  const a = process.cpuUsage();
  fn();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
}
const RUNS = 3;

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');
console.log(`load average at start: ${load()} (${availableParallelism()} cores)`);
const kinds = corpusDocs(Number(process.env.BENCH_SCAN_MB ?? 20) * 1e6);
const docs = kinds.map((d) => d.text);
const dir = mkdtempSync(join(tmpdir(), 'insyn-bench-scan-'));
const jsonl = join(dir, 'docs.jsonl');
writeFileSync(jsonl, docs.map((text, i) => JSON.stringify({ id: i, text })).join('\n') + '\n');
const one = join(dir, 'one.jsonl');
writeFileSync(one, JSON.stringify({ id: 0, text: 'Hej.' }) + '\n');
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d), 0);
const mbps = (ms: number): number => bytes / 1e6 / (ms / 1000);

// The baseline: the same reading and writing of JSON Lines around one plain personnummer regex, in one thread.
const baseline = join(dir, 'baseline.mjs');
writeFileSync(baseline, `import { createInterface } from 'node:readline';
const re = /\\b\\d{6}[-+]?\\d{4}\\b/g;
for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  const findings = [];
  for (const m of d.text.matchAll(re)) findings.push({ type: 'personnummer', start: m.index, end: m.index + m[0].length });
  process.stdout.write(JSON.stringify({ id: d.id, findings }) + '\\n');
}
`);
// The CLI as production runs it: the bundle of `npm run build` (no TypeScript loader, the scan worker prebuilt).
const dist = fileURLToPath(new URL('../.tmp/bench-scan-dist', import.meta.url));
mkdirSync(dist, { recursive: true });
await buildAll(dist);
const cliJs = join(dist, 'cli-scan.js');

/** Wall time (ms), CPU time (ms) and peak RSS (MB) of one process reading the file on stdin; its output goes to /dev/null. */
function runProcess(args: string[], input: string): { ms: number; cpuMs: number; rssMb: number } {
  const cmd = `/usr/bin/time -f '%U %S %M' ${[process.execPath, ...args].map((a) => JSON.stringify(a)).join(' ')} < ${JSON.stringify(input)} > /dev/null`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed: ${r.stderr.slice(0, 500)}`);
  const [user, sys, rss] = r.stderr.trim().split('\n').pop()!.split(' ').map(Number) as [number, number, number];
  return { ms, cpuMs: (user + sys) * 1000, rssMb: rss / 1024 };
}
// The command as run when not told (one thread per two cores: one on two cores), and a pool of two threads too when
// that is not the default.
const threads = defaultThreads();
const contenders: [string, string[]][] = [
  ['one-regex baseline (1 thread)', [baseline]],
  ['insyn scan --jsonl --threads=1', [cliJs, 'scan', '--jsonl', '--threads=1']],
  [`insyn scan --jsonl (default, ${threads} thread${threads > 1 ? 's' : ''})`, [cliJs, 'scan', '--jsonl']],
  ...(threads === 2 ? [] : [['insyn scan --jsonl --threads=2 (pool)', [cliJs, 'scan', '--jsonl', '--threads=2']] as [string, string[]]]),
];
// Interleaved, so a change in the machine's load falls on every contender alike.
const starts = contenders.map(() => [] as number[]);
const full = contenders.map(() => [] as { ms: number; cpuMs: number; rssMb: number }[]);
for (let r = 0; r < RUNS; r++) {
  contenders.forEach(([, args], i) => {
    starts[i]!.push(runProcess(args, one).ms);
    full[i]!.push(runProcess(args, jsonl));
  });
}
const net = contenders.map((_, i) => {
  const startMs = median(starts[i]!);
  return { ms: median(full[i]!.map((r) => r.ms)) - startMs, startMs, cpuMs: median(full[i]!.map((r) => r.cpuMs)), rssMb: Math.max(...full[i]!.map((r) => r.rssMb)) };
});

const perKind = new Map<string, number>();
for (const d of kinds) perKind.set(d.kind, (perKind.get(d.kind) ?? 0) + 1);
let words = 0;
let capitalised = 0;
for (const d of docs) for (const w of d.match(/\p{L}+/gu) ?? []) { words++; if (/^\p{Lu}/u.test(w)) capitalised++; }
console.log(`corpus: ${(bytes / 1e6).toFixed(1)} MB in ${docs.length} documents (${[...perKind].map(([k, n]) => `${n} ${k}`).join(', ')}), generated; ` +
  `${((100 * capitalised) / words).toFixed(0)}% of words capitalised`);
const base = net[0]!;
for (const [i, [label]] of contenders.entries()) {
  const r = net[i]!;
  console.log(`${label.padEnd(40)} ${mbps(r.ms).toFixed(1).padStart(6)} MB/s net of start-up (${(r.ms / 1000).toFixed(2)} s + start-up ${(r.startMs / 1000).toFixed(2)} s), ` +
    `CPU ${(r.cpuMs / 1000).toFixed(1)} s, peak RSS ${r.rssMb.toFixed(0)} MB${i > 0 ? `, ${(r.ms / base.ms).toFixed(1)}x the baseline's time` : ''}`);
}
// CPU time net of start-up's CPU time: on a loaded machine wall time says more about the other processes than about
// this code, CPU time much less (it still rises when the cores are shared).
const startCpu = contenders.map((_, i) => median(Array.from({ length: RUNS }, () => runProcess(contenders[i]![1], one).cpuMs)));
const cpuNet = net.map((r, i) => Math.max(1, r.cpuMs - startCpu[i]!));
const short = (label: string): string => label.replace(/ \(.*|insyn scan --jsonl ?/g, '') || 'default';
console.log(`by CPU time net of start-up: ${contenders.map(([label], i) => `${short(label)} ${(bytes / 1e6 / (cpuNet[i]! / 1000)).toFixed(1)} MB per CPU-second`).join('; ')}; ` +
  contenders.slice(1).map(([label], i) => `${short(label)} ${(cpuNet[i + 1]! / cpuNet[0]!).toFixed(1)}x the baseline's CPU time`).join(', '));
// The pool against one thread in the same run: on two cores one thread already keeps more than one core busy (V8's
// helper threads, below), so the pool's gain there is bounded by its extra CPU time.
const poolAt = contenders.findIndex(([, args]) => args.includes('--threads=2') || (threads === 2 && args.length === 3));
if (poolAt > 0) {
  console.log(`pool of 2 against --threads=1: ${(net[1]!.ms / net[poolAt]!.ms).toFixed(2)}x the speed (wall), ` +
    `${(cpuNet[poolAt]! / cpuNet[1]!).toFixed(2)}x the CPU time, peak RSS ${net[poolAt]!.rssMb.toFixed(0)} against ${net[1]!.rssMb.toFixed(0)} MB`);
}
console.log(`targets: ≥ 20 MB/s net of start-up and ≤ 5x the one-regex baseline's time (the baseline uses one thread)`);
// Where a CLI process's CPU time goes, by thread: one more single-thread run with a preload that reads each thread's
// CPU time from /proc at exit (Linux only). V8's helper threads run the optimising compiler and parts of the garbage
// collector beside the main thread; when they take a large share, one thread of the CLI already keeps more than one
// core busy, and a pool on a machine with few cores has that much less to gain.
if (process.platform === 'linux') {
  const probe = join(dir, 'threads.cjs');
  writeFileSync(probe, `const fs = require('fs');
process.on('exit', () => {
  let main = 0, other = 0;
  for (const t of fs.readdirSync('/proc/self/task')) {
    const s = fs.readFileSync('/proc/self/task/' + t + '/stat', 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(f[11]) + Number(f[12]);
    if (Number(t) === process.pid) main += ticks; else other += ticks;
  }
  fs.writeSync(2, 'threads ' + main + ' ' + other + '\\n');
});
`);
  const r = spawnSync(process.execPath, ['--require', probe, cliJs, 'scan', '--jsonl', '--threads=1'], { input: readFileSync(jsonl), encoding: 'utf8', maxBuffer: 1 << 30 });
  const m = /threads (\d+) (\d+)/.exec(r.stderr);
  if (m) {
    const [main, other] = [Number(m[1]), Number(m[2])];
    console.log(`CLI --threads=1 by thread: main thread ${(main / 100).toFixed(1)} s CPU, V8's helper threads (optimising compiler, GC) ` +
      `${(other / 100).toFixed(1)} s (${((100 * other) / (main + other)).toFixed(0)}% of the process's CPU time, ` +
      `${((main + other) / main).toFixed(1)}x the main thread's): a pool thread brings as much again, so on two cores the pool has little to gain`);
  }
}

// In-process: the engine alone on the same documents (text by text, and in the CLI's batches of about 256 kB with
// scanMany), then the number view and each detector alone (where the time goes).
// The first pass over new words is the costly one (the name pass classifies each spelling once and caches it), as
// in a CLI process, which reads each text once; later passes over the same words are what in-process figures show.
const coldMs = timeMs(() => { for (let i = 0; i < docs.length; i += 200) scanMany(docs.slice(i, i + 200)); });
console.log(`engine in-process:   ${mbps(coldMs).toFixed(1)} MB per CPU-second first pass (cold: code and word caches), batched, 1 thread`);
let findings = 0;
const engineMs = median(Array.from({ length: RUNS }, () => timeMs(() => { findings = 0; for (const d of docs) findings += scan(d).length; })));
console.log(`engine in-process:   ${mbps(engineMs).toFixed(1)} MB per CPU-second text by text, 1 thread (median of ${RUNS} runs; ${findings} findings, ${(findings / (bytes / 1e6)).toFixed(0)} per MB)`);
const batches: string[][] = [[]];
let batchBytes = 0;
for (const d of docs) {
  batches[batches.length - 1]!.push(d);
  if ((batchBytes += d.length) >= 256 * 1024) { batches.push([]); batchBytes = 0; }
}
const batchedMs = median(Array.from({ length: RUNS }, () => timeMs(() => { for (const b of batches) scanMany(b); })));
console.log(`engine in-process:   ${mbps(batchedMs).toFixed(1)} MB per CPU-second in batches of 256 kB (scanMany, as the CLI runs it), 1 thread`);
const numberless = defaultDetectors.filter((d) => d.name !== 'name');
const withoutNameMs = median(Array.from({ length: RUNS }, () => timeMs(() => { for (const b of batches) scanMany(b, numberless); })));
console.log(`engine in-process:   ${mbps(withoutNameMs).toFixed(1)} MB per CPU-second without the name pass, in batches of 256 kB, 1 thread`);
// Each detector alone, as the engine runs it: a number detector on the text's number view, made just before and
// outside its timing (the shared digit pass keeps its last result, so each number detector reads it for free).
const viewMs = median(Array.from({ length: RUNS }, () => timeMs(() => { for (const doc of docs) numberView(doc); })));
console.log(`  number view            ${mbps(viewMs).toFixed(0).padStart(6)} MB per CPU-second  (the number detectors' shared digit pass, once per text)`);
// Each detector's CPU time document by document, the timer's own cost (a system call) subtracted.
const cpuUs = (): number => { const u = process.cpuUsage(); return u.user + u.system; };
let timerUs = 0;
for (let i = 0; i < 20000; i++) { const t0 = cpuUs(); timerUs += cpuUs() - t0; }
timerUs /= 20000;
let detectorsMs = viewMs;
const shares: [string, number][] = [['number view', viewMs]];
for (const d of defaultDetectors) {
  const ms = median(Array.from({ length: RUNS }, () => {
    let us = 0;
    for (const doc of docs) {
      const input = d.readsNumbers ? numberView(doc) : doc;
      const t0 = cpuUs();
      d.detect(input);
      us += cpuUs() - t0 - timerUs;
    }
    return Math.max(1, us) / 1000;
  }));
  detectorsMs += ms;
  shares.push([d.name, ms]);
  console.log(`  detector ${d.name.padEnd(14)} ${mbps(ms).toFixed(0).padStart(6)} MB per CPU-second`);
}
console.log(`  share of the detectors' time: ${shares.sort((a, b) => b[1] - a[1]).map(([n, ms]) => `${n} ${((100 * ms) / detectorsMs).toFixed(0)}%`).join(', ')}`);
// The engine's own work measured directly: the same batches through scanMany with detectors that hand back findings
// made beforehand, so only joining, sorting and resolving overlaps is timed. The rest of the gap between the batched
// engine and the detectors' sum is not engine code: each detector alone over every document keeps its code and tables
// in the processor's caches, which the engine, running them in turn over a batch, cannot quite.
const made = batches.map((b) => defaultDetectors.map((d) => b.map((doc) => d.detect(d.readsNumbers ? numberView(doc) : doc))));
const ownMs = median(Array.from({ length: RUNS }, () => timeMs(() => {
  batches.forEach((b, bi) => scanMany(b, defaultDetectors.map((d, di) => {
    let k = 0;
    return { name: d.name, detect: () => made[bi]![di]![k++]! };
  })));
})));
console.log(`  the engine's own work (joining, sorting, resolving overlaps): ${((100 * ownMs) / batchedMs).toFixed(0)}% of the batched engine's time; ` +
  `the detectors alone, each over every document, sum to ${((100 * detectorsMs) / batchedMs).toFixed(0)}% (the rest: running them in turn over a batch)`);

// Each input at 1 MB and at 2 MB: linear time means twice the time (the ratio printed), whatever the input. CPU time
// of this process, the fastest of three runs each: on a shared machine wall time says more about the other processes.
const cpuTimeMs = (fn: () => void): number => {
  const a = process.cpuUsage();
  fn();
  const b = process.cpuUsage(a);
  return (b.user + b.system) / 1000;
};
const MB = 1_000_000;
const prose = docs.join(' ').replace(/\n/g, ' ');
const pathological: [string, (mb: number) => string][] = [
  ['digits', (m) => '7'.repeat(m * MB)],
  ['one letter', (m) => 'a'.repeat(m * MB)],
  ['capitals', (m) => 'A'.repeat(m * MB)],
  ['punctuation', (m) => '.-:,;()/@+'.repeat((m * MB) / 10)],
  ['digits and spaces', (m) => '12 '.repeat((m * MB) / 3)],
  ['digits and line breaks', (m) => '1\n'.repeat((m * MB) / 2)],
  ['numbers wrapped after a dash', (m) => '1-\n2-\n'.repeat((m * MB) / 6)],
  ['O0 (OCR-like)', (m) => 'O0'.repeat((m * MB) / 2)],
  ['"Anna " (one long line)', (m) => 'Anna '.repeat((m * MB) / 5)],
  ['capitalised word pairs', (m) => 'Aa Bb 1 '.repeat((m * MB) / 8)],
  ['closings', (m) => 'Hälsningar\nPer\n'.repeat((m * MB) / 16)],
  ['semicolons and names', (m) => 'Berg;Anna;'.repeat((m * MB) / 10)],
  ['e-mail-like text', (m) => 'a.b@'.repeat((m * MB) / 4)],
  ['one line of prose', (m) => prose.slice(0, m * MB)],
];
for (const [label, make] of pathological) {
  let n = 0;
  const one = make(1);
  const two = make(2);
  const ms1 = Math.min(...Array.from({ length: 3 }, () => cpuTimeMs(() => { n = scan(one).length; })));
  const ms2 = Math.min(...Array.from({ length: 3 }, () => cpuTimeMs(() => { scan(two); })));
  console.log(`pathological: ${label.padEnd(30)} 1 MB ${ms1.toFixed(0).padStart(6)} ms, 2 MB ${ms2.toFixed(0).padStart(6)} ms CPU (${(ms2 / ms1).toFixed(1)}x; ${n} findings in 1 MB)`);
}
console.log(`peak memory (this process): maxRSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
const pooled = net[2]!;
if (mbps(pooled.ms) < 20) console.log('WARNING: below the 20 MB/s target');
if (pooled.ms / base.ms > 5) console.log('WARNING: more than 5x the one-regex baseline');
console.log(`load average at end: ${load()}`);
if (Math.max(...loadavg()) > availableParallelism()) {
  console.log(`NOTE: the load average exceeded the ${availableParallelism()} cores: the wall-clock figures above mostly measure the other ` +
    'processes; the CPU-time figures and ratios measured in one run (test/bench/scan-same.ts) say more');
}
